#include "import/bundle/hypothesisannotations.h"

#include "import/bundle/passageanchor.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {

HypothesisAnnotations::HypothesisAnnotations(QList<HypothesisAnnotation> annotations)
    : m_annotations(std::move(annotations))
{ }

QString HypothesisAnnotations::noteText(const HypothesisAnnotation &a)
{
    QString text = a.text.trimmed();
    if (text.isEmpty())
        text = QStringLiteral("(highlight)");
    if (!a.tags.isEmpty())
        text += QStringLiteral("\n\nTags: ") + a.tags.join(QStringLiteral(", "));
    if (!a.user.isEmpty())
        text += QStringLiteral("\n\n— %1 on Hypothesis").arg(a.user);
    return text;
}

QString HypothesisAnnotations::apply(Library &library, const Article &article) const
{
    const QList<Note> existing = library.notes().ofArticle(article.id);
    int added = 0, unplaced = 0;
    for (const HypothesisAnnotation &a : m_annotations) {
        const std::optional<TextSpan> span =
            PassageAnchor::locate(article.body, a.exact, a.prefix, a.suffix, a.position);
        if (!span || span->length() == 0) {
            ++unplaced;
            continue;
        }
        const QString text = noteText(a);
        if (std::any_of(existing.cbegin(), existing.cend(),
                        [&](const Note &n) { return n.span == *span && n.text == text; }))
            continue;
        Note note;
        note.articleId = article.id;
        note.versionId = article.versionId;
        note.span = *span;
        note.text = text;
        library.notes().insert(note);
        library.notes().restoreTimes(note.id, a.created, a.updated);
        ++added;
    }
    QString summary = QCoreApplication::translate("lede::Import", "%n Hypothesis note(s) added", nullptr, added);
    if (unplaced)
        summary += QCoreApplication::translate("lede::Import", ", %n not placed (passage not found in the article)",
                                               nullptr, unplaced);
    return summary;
}

} // namespace lede
