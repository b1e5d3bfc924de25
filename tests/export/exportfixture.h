#pragma once

#include "domain/textoffsets.h"
#include "import/importer.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QFile>
#include <QTest>

// Builds the libraries the export tests write out: the seed article with a confirmed speaker,
// entity, note, claim and tag, and an article mixing emoji and right-to-left text.
class ExportFixture
{
public:
    static QString dataPath(const QString &name) { return QStringLiteral(LEDE_TEST_DATA "/export/") + name; }

    // The seed article as the text importer reads it, with a URL so that source links appear.
    static qint64 importSeed(lede::Library &library,
                             const QString &url = QStringLiteral("https://news.example/sanctuary"))
    {
        lede::SourceDocument doc = lede::SourceReader::readFile(dataPath(QStringLiteral("seed-article.txt")));
        if (doc.articles.isEmpty())
            return 0;
        lede::SourceArticle source = doc.articles.first();
        source.article.url = url;
        source.article.site = QStringLiteral("Santa Monica Lookout");
        // The fixture's annotations are the ones annotateSeed() writes, whatever the analyzer finds.
        source.givenAnalysis = lede::AnalysisResult {};
        lede::Importer importer(library);
        return importer.importArticle(source).articleId;
    }

    static lede::TextSpan spanOf(const QString &body, const QString &words, int from = 0)
    {
        const lede::TextOffsets offsets(body);
        const qsizetype at = body.indexOf(words, from);
        return offsets.toCodePoints(int(at), int(at + words.size()));
    }

    // Confirmed quote by Lana Negrete (with her mention), a note, a claim with a verdict, a tag.
    static void annotateSeed(lede::Library &library, qint64 articleId)
    {
        const lede::Article article = *library.articles().find(articleId);
        const QString &body = article.body;
        {
            lede::Transaction tx(library.connection());
            const qint64 negrete = library.entities().ensure(QStringLiteral("Lana Negrete"), lede::EntityKind::Person);
            library.entities().addAlias(negrete, QStringLiteral("Negrete"));
            library.entities().addAlias(negrete, QStringLiteral("Mayor Lana Negrete"));
            library.entities().setStatus(negrete, lede::ReviewStatus::Confirmed);
            lede::Mention mention;
            mention.articleId = articleId;
            mention.versionId = article.versionId;
            mention.span = spanOf(body, QStringLiteral("Mayor Lana Negrete"));
            mention.entityId = negrete;
            mention.status = lede::ReviewStatus::Confirmed;
            library.entities().insertMention(mention);
            lede::Quote quote;
            quote.articleId = articleId;
            quote.versionId = article.versionId;
            quote.span = spanOf(body, QStringLiteral("We do not use City resources"));
            quote.span.end = spanOf(body, QStringLiteral("without legal status,")).end;
            quote.speakerEntityId = negrete;
            quote.speakerSpan = spanOf(body, QStringLiteral("Negrete wrote"));
            quote.speakerSpan->end = quote.speakerSpan->start + 7;
            quote.cue = QStringLiteral("wrote");
            quote.status = lede::ReviewStatus::Confirmed;
            // The editor confirms the analysis's suggestion when there is one, as in the reader.
            bool confirmed = false;
            for (const lede::Quote &q : library.quotes().ofArticle(articleId)) {
                if (q.span == quote.span) {
                    library.quotes().setStatus(q.id, lede::ReviewStatus::Confirmed);
                    library.quotes().setSpeaker(q.id, negrete, quote.speakerSpan);
                    confirmed = true;
                }
            }
            if (!confirmed)
                library.quotes().insert(quote);
            library.tags().tag(articleId, library.tags().ensure(QStringLiteral("immigration")));
            tx.commit();
        }
        library.addNote(articleId, spanOf(body, QStringLiteral("reaffirmed last December")),
                        QStringLiteral("=HYPERLINK(\"http://evil\") check, the \"date\"\nsecond line"));
        library.addClaim(articleId, spanOf(body, QStringLiteral("We do not use City resources to investigate")),
                         QStringLiteral("mostly true"),
                         QStringLiteral("The city does not use its resources for immigration enforcement"),
                         QStringLiteral("Council resolutions of 2016 and 2024 say so."));
    }

    static QString mixedScriptBody()
    {
        return QStringLiteral(
            "Crowds 🎉🎉 cheered the plan. The mayor said “שלום לכולם” to everyone 👋 before leaving.\n\n"
            "A sign read مرحبا بالعالم near the 🏛️ hall.");
    }

    static qint64 addArticle(lede::Library &library, const QString &title, const QString &body, const QString &url)
    {
        lede::Transaction tx(library.connection());
        lede::Article a;
        a.title = title;
        a.body = body;
        a.url = url;
        a.site = QStringLiteral("Example Daily");
        a.published = QStringLiteral("2025-02-18");
        a.language = QStringLiteral("en");
        library.articles().insert(a);
        tx.commit();
        return a.id;
    }

    // A code-point slice, computed independently of TextOffsets.
    static QString codePointSlice(const QString &text, int start, int end)
    {
        const QList<uint> ucs4 = text.toUcs4();
        const QList<uint> part = ucs4.mid(start, end - start);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
    }
};
