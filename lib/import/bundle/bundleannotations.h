#pragma once

#include "domain/entity.h"
#include "domain/verdictscale.h"
#include "import/bundle/annotationpayload.h"

#include <QHash>
#include <QJsonObject>
#include <memory>

namespace lede {

// What all the articles of one bundle share: its entities by their id in the bundle, and the
// verdict scale its claims were rated on.
struct BundleContext
{
    QHash<qint64, Entity> entities;
    VerdictScale verdictScale;
};

// One article's annotations from a JSON bundle: quotes, mentions, notes, claims and tags.
// Entities are merged by name and kind (aliases added; an editor's confirmation carried over onto
// a suggestion); verdicts missing from the library's scale are added to it. On a copy of the
// article whose text differs (same URL, edited since), passages are found again by their words.
class BundleAnnotations : public AnnotationPayload
{
public:
    BundleAnnotations(std::shared_ptr<const BundleContext> context, QJsonObject article);

    QString apply(Library &library, const Article &article) const override;

private:
    std::shared_ptr<const BundleContext> m_context;
    QJsonObject m_article;
};

} // namespace lede
