#include "import/bundle/bundleannotations.h"

#include "domain/textoffsets.h"
#include "import/bundle/passageanchor.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace lede {
namespace {

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

TextSpan spanOf(const QJsonObject &o)
{
    return {o.value(QStringLiteral("start")).toInt(-1), o.value(QStringLiteral("end")).toInt(-1)};
}

// Places the bundle's passages in the library's copy of the article.
class Placer
{
public:
    Placer(const QString &bundleBody, const Article &article)
        : m_same(bundleBody == article.body)
        , m_body(article.body)
        , m_bundleBody(bundleBody)
        , m_offsets(article.body)
        , m_bundleOffsets(bundleBody)
    { }

    std::optional<TextSpan> place(const TextSpan &span) const
    {
        if (m_same)
            return m_offsets.isValidSpan(span) ? std::optional<TextSpan>(span) : std::nullopt;
        if (!m_bundleOffsets.isValidSpan(span) || span.length() == 0)
            return std::nullopt;
        const int from = std::max(0, span.start - 32);
        const int to = std::min(m_bundleOffsets.codePointLength(), span.end + 32);
        return PassageAnchor::locate(m_body, m_bundleOffsets.slice(m_bundleBody, span),
                                     m_bundleOffsets.slice(m_bundleBody, {from, span.start}),
                                     m_bundleOffsets.slice(m_bundleBody, {span.end, to}), span);
    }
    // The library's words at a placed span.
    QString text(const TextSpan &span) const { return m_offsets.slice(m_body, span); }

private:
    bool m_same;
    const QString &m_body;
    const QString &m_bundleBody;
    TextOffsets m_offsets;
    TextOffsets m_bundleOffsets;
};

} // namespace

BundleAnnotations::BundleAnnotations(std::shared_ptr<const BundleContext> context, QJsonObject article)
    : m_context(std::move(context))
    , m_article(std::move(article))
{ }

QString BundleAnnotations::apply(Library &library, const Article &article) const
{
    const QString bundleBody = m_article.value(QStringLiteral("body")).toString();
    const Placer placer(bundleBody, article);
    int quotesAdded = 0, mentionsAdded = 0, notesAdded = 0, claimsAdded = 0, lost = 0;

    QHash<qint64, qint64> localEntity;
    auto entityFor = [&](qint64 bundleId) -> qint64 {
        if (bundleId <= 0)
            return 0;
        if (const auto known = localEntity.constFind(bundleId); known != localEntity.constEnd())
            return *known;
        const auto it = m_context->entities.constFind(bundleId);
        if (it == m_context->entities.constEnd() || it->name.isEmpty())
            return 0;
        const qint64 id = library.entities().ensure(it->name, it->kind);
        for (const QString &alias : it->aliases)
            library.entities().addAlias(id, alias);
        if (it->status != ReviewStatus::Suggested && library.entities().find(id)->status == ReviewStatus::Suggested)
            library.entities().setStatus(id, it->status);
        localEntity.insert(bundleId, id);
        return id;
    };

    for (const QJsonValue &t : m_article.value(QStringLiteral("tags")).toArray()) {
        if (!t.toString().trimmed().isEmpty())
            library.tags().tag(article.id, library.tags().ensure(t.toString()));
    }

    const QList<Quote> existingQuotes = library.quotes().ofArticle(article.id);
    for (const QJsonValue &v : m_article.value(QStringLiteral("quotes")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<TextSpan> span = placer.place(spanOf(o));
        if (!span) {
            ++lost;
            continue;
        }
        Quote q;
        q.articleId = article.id;
        q.versionId = article.versionId;
        q.span = *span;
        q.speakerEntityId = entityFor(o.value(QStringLiteral("speaker_entity")).toInteger());
        if (o.value(QStringLiteral("speaker_start")).isDouble()) {
            const TextSpan original {o.value(QStringLiteral("speaker_start")).toInt(),
                                     o.value(QStringLiteral("speaker_end")).toInt()};
            q.speakerSpan = placer.place(original);
        }
        // A speaker that is no entity keeps the name the bundle gives where its mention's words are
        // not that name ("The groups" for "They").
        const QString speaker = o.value(QStringLiteral("speaker")).toString();
        q.speakerLabel = speakerLabelFor(
            q, speaker, q.speakerSpan ? std::optional<QStringView>(placer.text(*q.speakerSpan)) : std::nullopt);
        q.cue = o.value(QStringLiteral("cue")).toString();
        q.kind = quoteKindFromString(o.value(QStringLiteral("kind")).toString()).value_or(QuoteKind::Direct);
        q.status = reviewStatusFromString(o.value(QStringLiteral("status")).toString());
        const auto same = std::find_if(existingQuotes.cbegin(), existingQuotes.cend(),
                                       [&](const Quote &e) { return e.span == q.span; });
        if (same != existingQuotes.cend()) {
            // An editor's decision in the bundle settles a suggestion here; a decision here stays.
            if (same->status == ReviewStatus::Suggested && q.status != ReviewStatus::Suggested) {
                library.quotes().setStatus(same->id, q.status);
                library.quotes().setSpeaker(same->id, q.speakerEntityId, q.speakerSpan, q.speakerLabel);
            }
            continue;
        }
        library.quotes().insert(q);
        library.quotes().restoreTimes(q.id, timeOf(o, "created"), timeOf(o, "modified"));
        ++quotesAdded;
    }

    const QList<Mention> existingMentions = library.entities().mentionsOf(article.id);
    for (const QJsonValue &v : m_article.value(QStringLiteral("mentions")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<TextSpan> span = placer.place(spanOf(o));
        const qint64 entityId = entityFor(o.value(QStringLiteral("entity")).toInteger());
        if (!span || entityId == 0) {
            ++lost;
            continue;
        }
        if (std::any_of(existingMentions.cbegin(), existingMentions.cend(),
                        [&](const Mention &e) { return e.span == *span && e.entityId == entityId; }))
            continue;
        Mention m;
        m.articleId = article.id;
        m.versionId = article.versionId;
        m.span = *span;
        m.entityId = entityId;
        m.status = reviewStatusFromString(o.value(QStringLiteral("status")).toString());
        library.entities().insertMention(m);
        ++mentionsAdded;
    }

    const QList<Note> existingNotes = library.notes().ofArticle(article.id);
    for (const QJsonValue &v : m_article.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<TextSpan> span = placer.place(spanOf(o));
        const QString text = o.value(QStringLiteral("text")).toString();
        if (!span || text.trimmed().isEmpty()) {
            ++lost;
            continue;
        }
        if (std::any_of(existingNotes.cbegin(), existingNotes.cend(),
                        [&](const Note &e) { return e.span == *span && e.text == text; }))
            continue;
        Note n;
        n.articleId = article.id;
        n.versionId = article.versionId;
        n.span = *span;
        n.text = text;
        library.notes().insert(n);
        library.notes().restoreTimes(n.id, timeOf(o, "created"), timeOf(o, "modified"));
        ++notesAdded;
    }

    const QList<Claim> existingClaims = library.claims().ofArticle(article.id);
    VerdictScale scale = library.claims().verdictScale();
    for (const QJsonValue &v : m_article.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<TextSpan> span = placer.place(spanOf(o));
        if (!span) {
            ++lost;
            continue;
        }
        Claim c;
        c.articleId = article.id;
        c.versionId = article.versionId;
        c.span = *span;
        c.summary = o.value(QStringLiteral("summary")).toString();
        c.explanation = o.value(QStringLiteral("explanation")).toString();
        c.status = claimStatusFromString(o.value(QStringLiteral("status")).toString()).value_or(ClaimStatus::ToCheck);
        const QString label = o.value(QStringLiteral("verdict")).toString();
        if (!label.isEmpty()) {
            std::optional<Verdict> local = scale.find(label);
            if (!local) {
                // A verdict this library does not know yet joins its scale, with the bundle's value.
                const std::optional<Verdict> theirs = m_context->verdictScale.find(label);
                Verdict added {label, theirs ? theirs->value : o.value(QStringLiteral("verdict_value")).toInt()};
                QList<Verdict> verdicts = scale.verdicts();
                verdicts.append(added);
                scale = VerdictScale(verdicts);
                library.claims().setVerdictScale(scale);
                local = added;
            }
            c.verdictLabel = local->label;
            c.verdictValue = local->value;
        }
        if (std::any_of(existingClaims.cbegin(), existingClaims.cend(), [&](const Claim &e) {
                return e.span == c.span && e.summary == c.summary && e.verdictLabel == c.verdictLabel;
            }))
            continue;
        library.claims().insert(c);
        library.claims().restoreTimes(c.id, timeOf(o, "created"), timeOf(o, "modified"));
        ++claimsAdded;
    }

    QStringList added;
    if (quotesAdded)
        added << QCoreApplication::translate("lede::Import", "%n quote(s)", nullptr, quotesAdded);
    if (mentionsAdded)
        added << QCoreApplication::translate("lede::Import", "%n mention(s)", nullptr, mentionsAdded);
    if (notesAdded)
        added << QCoreApplication::translate("lede::Import", "%n note(s)", nullptr, notesAdded);
    if (claimsAdded)
        added << QCoreApplication::translate("lede::Import", "%n claim(s)", nullptr, claimsAdded);
    QString summary = added.isEmpty()
        ? QCoreApplication::translate("lede::Import", "no new annotations")
        : QCoreApplication::translate("lede::Import", "%1 added").arg(added.join(QStringLiteral(", ")));
    if (lost)
        summary += QCoreApplication::translate("lede::Import", ", %n not placed (passage not found in this copy)",
                                               nullptr, lost);
    return summary;
}

} // namespace lede
