// Each text format read back by a parser: Markdown and HTML (links and escaping), CSV (RFC 4180,
// BOM, formula injection), Web Annotation (selectors in code points with emoji and right-to-left
// text) and ClaimReview (rating from the verdict scale, claim author, refusal without a verdict).
#include "csvtestreader.h"
#include "exportfixture.h"

#include "export/claimreviewwriter.h"
#include "export/csvwriter.h"
#include "export/exportselection.h"
#include "export/htmlwriter.h"
#include "export/markdownwriter.h"
#include "export/webannotationwriter.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace lede;

class TestExportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("formats.lede")));
        m_seedId = ExportFixture::importSeed(*m_library);
        ExportFixture::annotateSeed(*m_library, m_seedId);
        const QString body = ExportFixture::mixedScriptBody();
        m_mixedId = ExportFixture::addArticle(*m_library, QStringLiteral("Mixed <scripts> & signs"), body,
                                              QStringLiteral("https://example.org/mixed?a=1&b=2"));
        m_library->addNote(m_mixedId, ExportFixture::spanOf(body, QStringLiteral("שלום לכולם")),
                           QStringLiteral("-1 greeting 👋"));
        m_library->addNote(m_mixedId, ExportFixture::spanOf(body, QStringLiteral("مرحبا بالعالم")),
                           QStringLiteral("@arabic"));
        m_library->addClaim(m_mixedId, ExportFixture::spanOf(body, QStringLiteral("🏛️ hall")),
                            QStringLiteral("True"), QStringLiteral("+the hall exists"), QString());
        m_options.author = QStringLiteral("Fact Desk");
        m_options.url = QStringLiteral("https://factdesk.example/checks/1");
        m_options.exported = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    }

    void markdownLinksEachItemToItsPassage()
    {
        QString error;
        const QString md =
            QString::fromUtf8(MarkdownWriter(m_options).write(ExportSelection::load(*m_library, {m_seedId}), &error));
        const Article a = *m_library->articles().find(m_seedId);
        const Note note = m_library->notes().ofArticle(m_seedId).first();
        QVERIFY(md.contains(QStringLiteral("## ") + MarkdownWriter::escape(a.title)));
        QVERIFY(md.contains(QStringLiteral("#### Lana Negrete")));
        QVERIFY(md.contains(QStringLiteral("(<lede://article/%1?start=%2&end=%3>)")
                                .arg(m_seedId)
                                .arg(note.span.start)
                                .arg(note.span.end)));
        QVERIFY(md.contains(QStringLiteral("https://news.example/sanctuary#:~:text=reaffirmed%20last%20December")));
        QVERIFY(md.contains(QStringLiteral("**Mostly true:**")));
        QVERIFY(md.contains(QStringLiteral("Santa Monica Lookout · By Jorge Casuso · 2025-02-18")));
    }

    void reportIsTitledAfterWhatItCovers()
    {
        // One article: its headline, so that a published report says what it annotates; several:
        // how many. The author, when given, follows.
        QString error;
        const Article a = *m_library->articles().find(m_seedId);
        const QString one =
            QString::fromUtf8(MarkdownWriter(m_options).write(ExportSelection::load(*m_library, {m_seedId}), &error));
        QVERIFY(one.startsWith(QStringLiteral("# Annotations on “%1”\n").arg(MarkdownWriter::escape(a.title))));
        QVERIFY(one.contains(QStringLiteral("\nFact Desk · exported 2025-03-01")));
        const QString both = QString::fromUtf8(HtmlWriter(m_options).write(ExportSelection::load(*m_library), &error));
        QVERIFY(both.contains(QStringLiteral("<h1>Annotations on 2 article")));
        QVERIFY(both.contains(QStringLiteral(" — Fact Desk</h1>")));
        QVERIFY(!both.contains(QStringLiteral("Lede export")));
    }

    void htmlIsEscapedAndWellFormed()
    {
        QString error;
        const QString html = QString::fromUtf8(HtmlWriter(m_options).write(ExportSelection::load(*m_library), &error));
        QVERIFY(html.contains(QStringLiteral("Mixed &lt;scripts&gt; &amp; signs")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/mixed?a=1&amp;b=2\"")));
        // Apart from the void elements, the page is well-formed XML: tags nest and close.
        QString xml = html;
        xml.remove(QStringLiteral("<!DOCTYPE html>"));
        xml.replace(QStringLiteral("<meta charset=\"utf-8\">"), QString());
        xml.replace(QStringLiteral("<br>"), QStringLiteral("<br/>"));
        QXmlStreamReader reader(xml);
        int links = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("a")
                && reader.attributes().value(QLatin1String("href")).startsWith(QLatin1String("lede://article/")))
                ++links;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(links >= 6);
    }

    void csvRoundTripsThroughAnRfc4180Reader()
    {
        ExportOptions options = m_options;
        options.byteOrderMark = true;
        QString error;
        const QByteArray bytes = CsvWriter(options).write(ExportSelection::load(*m_library), &error);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> rows = CsvTestReader::parse(QString::fromUtf8(bytes.mid(3)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.first(), CsvWriter::header());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), CsvWriter::header().size());
        const int type = 0, start = 5, end = 6, passage = 7, speaker = 8, text = 9, verdict = 10;
        QStringList seen;
        for (const QStringList &row : rows.mid(1)) {
            seen << row.at(type);
            if (row.at(type) == QLatin1String("note") && row.at(passage) == QLatin1String("reaffirmed last December")) {
                // Formula neutralised; quotes, comma and line break kept.
                QCOMPARE(row.at(text), QStringLiteral("'=HYPERLINK(\"http://evil\") check, the \"date\"\nsecond line"));
            }
            if (row.at(type) == QLatin1String("note") && row.at(passage) == QStringLiteral("שלום לכולם")) {
                QCOMPARE(row.at(text), QStringLiteral("'-1 greeting 👋"));
                QCOMPARE(ExportFixture::codePointSlice(ExportFixture::mixedScriptBody(), row.at(start).toInt(),
                                                       row.at(end).toInt()),
                         QStringLiteral("שלום לכולם"));
            }
            if (row.at(type) == QLatin1String("note") && row.at(passage) == QStringLiteral("مرحبا بالعالم"))
                QCOMPARE(row.at(text), QStringLiteral("'@arabic"));
            if (row.at(type) == QLatin1String("claim") && row.at(verdict) == QLatin1String("True"))
                QCOMPARE(row.at(text), QStringLiteral("'+the hall exists"));
            if (row.at(type) == QLatin1String("quote") && row.at(speaker) == QLatin1String("Lana Negrete"))
                QVERIFY(row.at(text).contains(QStringLiteral("confirmed")));
        }
        QVERIFY(seen.contains(QStringLiteral("quote")));
        QVERIFY(seen.contains(QStringLiteral("entity")));
        QCOMPARE(seen.count(QStringLiteral("note")), 3);
        QCOMPARE(seen.count(QStringLiteral("claim")), 2);

        const QByteArray plain = CsvWriter(m_options).write(ExportSelection::load(*m_library), &error);
        QVERIFY(plain.startsWith("type,"));
    }

    void webAnnotationSelectorsCountCodePoints()
    {
        QString error;
        const QJsonObject collection =
            QJsonDocument::fromJson(
                WebAnnotationWriter(m_options).write(ExportSelection::load(*m_library, {m_mixedId}), &error))
                .object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        const QJsonArray items =
            collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), int(items.size()));
        const QString body = ExportFixture::mixedScriptBody();
        QStringList motivations;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            motivations << a.value(QStringLiteral("motivation")).toString();
            QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QCOMPARE(a.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("Fact Desk"));
            QVERIFY(QDateTime::fromString(a.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
            QVERIFY(QDateTime::fromString(a.value(QStringLiteral("modified")).toString(), Qt::ISODate).isValid());
            const QJsonObject target = a.value(QStringLiteral("target")).toObject();
            QCOMPARE(target.value(QStringLiteral("source")).toString(),
                     QStringLiteral("https://example.org/mixed?a=1&b=2"));
            QJsonObject quote, position;
            for (const QJsonValue &s : target.value(QStringLiteral("selector")).toArray()) {
                if (s.toObject().value(QStringLiteral("type")) == QStringLiteral("TextQuoteSelector"))
                    quote = s.toObject();
                else if (s.toObject().value(QStringLiteral("type")) == QStringLiteral("TextPositionSelector"))
                    position = s.toObject();
            }
            const int start = position.value(QStringLiteral("start")).toInt(),
                      end = position.value(QStringLiteral("end")).toInt();
            const QString exact = quote.value(QStringLiteral("exact")).toString();
            QCOMPARE(ExportFixture::codePointSlice(body, start, end), exact);
            const QString prefix = quote.value(QStringLiteral("prefix")).toString();
            const QString suffix = quote.value(QStringLiteral("suffix")).toString();
            QVERIFY(body.contains(prefix + exact + suffix));
            QVERIFY(prefix.isEmpty() || !prefix.at(0).isLowSurrogate());
            QVERIFY(suffix.isEmpty() || !suffix.back().isHighSurrogate());
            QVERIFY(!a.value(QStringLiteral("body")).isUndefined());
        }
        QVERIFY(motivations.contains(QStringLiteral("commenting")));
        QVERIFY(motivations.contains(QStringLiteral("assessing")));
        // The Hebrew note: code points 41..51 even though emoji come before it.
        const TextSpan hebrew = ExportFixture::spanOf(body, QStringLiteral("שלום לכולם"));
        QCOMPARE(hebrew.start, int(body.indexOf(QStringLiteral("שלום"))) - 2);
    }

    void claimReviewRatesOnTheVerdictScale()
    {
        QString error;
        const QJsonObject doc = QJsonDocument::fromJson(ClaimReviewWriter(m_options).write(
                                                            ExportSelection::load(*m_library, {m_seedId}), &error))
                                    .object();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        const QJsonArray graph = doc.value(QStringLiteral("@graph")).toArray();
        QCOMPARE(graph.size(), 1);
        const QJsonObject review = graph.first().toObject();
        QCOMPARE(review.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QCOMPARE(review.value(QStringLiteral("claimReviewed")).toString(),
                 QStringLiteral("The city does not use its resources for immigration enforcement"));
        QCOMPARE(review.value(QStringLiteral("url")).toString(), m_options.url);
        QCOMPARE(review.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2025-03-01"));
        QCOMPARE(review.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Fact Desk"));
        const QJsonObject rating = review.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(), QStringLiteral("Mostly true"));
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 6);
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);
        const QJsonObject claim = review.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(claim.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        QCOMPARE(claim.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Lana Negrete"));
        QCOMPARE(claim.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2025-02-18"));
        const QJsonObject appearance = claim.value(QStringLiteral("appearance")).toObject();
        QCOMPARE(appearance.value(QStringLiteral("url")).toString(), QStringLiteral("https://news.example/sanctuary"));
        QCOMPARE(appearance.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Santa Monica Lookout"));
        QVERIFY(!appearance.value(QStringLiteral("headline")).toString().isEmpty());
    }

    void claimWithoutVerdictIsRefused()
    {
        const Claim open =
            m_library->addClaim(m_mixedId, {0, 6}, QString(), QStringLiteral("Crowds cheered"), QString());
        QString error;
        const QByteArray bytes =
            ClaimReviewWriter(m_options).write(ExportSelection::load(*m_library, {m_mixedId}), &error);
        QVERIFY(bytes.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("claim %1").arg(open.id))
                     && error.contains(QStringLiteral("no verdict")),
                 qPrintable(error));
        m_library->claims().remove(open.id);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ExportOptions m_options;
    qint64 m_seedId = 0;
    qint64 m_mixedId = 0;
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
