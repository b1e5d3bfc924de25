#pragma once

#include "domain/textspan.h"
#include "import/bundle/annotationpayload.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace lede {

// One Hypothesis annotation as its export carries it.
struct HypothesisAnnotation
{
    QString id;
    QString text;
    QStringList tags;
    QString user; // display name, or acct:name@hypothes.is
    QString exact;
    QString prefix;
    QString suffix;
    std::optional<TextSpan> position; // in the page's text, a hint only: the page is not our body
    QDateTime created;
    QDateTime updated;
};

// Hypothesis annotations on one URL, stored as notes on the library's article with that URL.
// Passages are found by their quoted words (TextQuoteSelector); the note keeps the annotator's
// text, tags and name.
class HypothesisAnnotations : public AnnotationPayload
{
public:
    explicit HypothesisAnnotations(QList<HypothesisAnnotation> annotations);

    QString apply(Library &library, const Article &article) const override;
    bool attachesOnly() const override { return true; }

    static QString noteText(const HypothesisAnnotation &annotation);

private:
    QList<HypothesisAnnotation> m_annotations;
};

} // namespace lede
