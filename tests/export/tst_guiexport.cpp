// The PDF and ODT exports read back: the PDF's text through pdftotext (poppler-utils), the ODT's
// content.xml through unzip, both as separate programs so the check does not share Qt's code.
#include "exportfixture.h"

#include "export/exportselection.h"
#include "export/odtwriter.h"
#include "export/pdfwriter.h"
#include "export/reportpages.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace lede;

class TestGuiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("gui.lede")));
        m_seedId = ExportFixture::importSeed(*m_library);
        ExportFixture::annotateSeed(*m_library, m_seedId);
        m_options.author = QStringLiteral("Fact Desk");
    }

    void pdfHasTextHeadersAndPageNumbers()
    {
        QString error;
        const QByteArray pdf = PdfWriter(m_options).write(ExportSelection::load(*m_library), &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext not found: install poppler-utils to check the PDF's text");
        const QString file = m_dir.filePath(QStringLiteral("out.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        // NFKC folds the ligatures (ﬃ) that the PDF's fonts draw back into letters.
        const QString text =
            QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        // The report's title: the one article's headline, then the author.
        const QString headline = m_library->articles().find(m_seedId)->title;
        QVERIFY(text.contains(QStringLiteral("Annotations on “%1” — Fact Desk")
                                  .arg(headline)
                                  .normalized(QString::NormalizationForm_KC)
                                  .simplified()));
        QVERIFY(text.contains(QStringLiteral("Lana Negrete")));
        QVERIFY(text.contains(QStringLiteral("reaffirmed last December")));
        QVERIFY(text.contains(QStringLiteral("Mostly true:")));
        QVERIFY(text.contains(QStringLiteral("Council resolutions of 2016 and 2024 say so.")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(pdf.contains("/FontFile2") || pdf.contains("/FontFile"));
    }

    void odtContentXmlHoldsTheReport()
    {
        QString error;
        const QByteArray odt = OdtWriter(m_options).write(ExportSelection::load(*m_library), &error);
        QVERIFY2(odt.startsWith("PK"), qPrintable(error));
        QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip not found: install unzip to read the ODT's content.xml");
        const QString file = m_dir.filePath(QStringLiteral("out.odt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(odt);
        out.close();
        QProcess p;
        p.start(unzip, {QStringLiteral("-p"), file, QStringLiteral("content.xml")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QXmlStreamReader xml(p.readAllStandardOutput());
        QString text;
        QStringList links;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::Characters)
                text += xml.text();
            else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("a"))
                links << xml.attributes()
                             .value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"))
                             .toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(text.contains(QStringLiteral("Lana Negrete")));
        QVERIFY(text.contains(QStringLiteral("reaffirmed last December")));
        QVERIFY(text.contains(QStringLiteral("The city does not use its resources for immigration enforcement")));
        const Note note = m_library->notes().ofArticle(m_seedId).first();
        QVERIFY(links.contains(
            QStringLiteral("lede://article/%1?start=%2&end=%3").arg(m_seedId).arg(note.span.start).arg(note.span.end)));
    }

    // Printing a long selection reports each page and stops when asked (File ▸ Print's Cancel).
    void pagesReportProgressAndStopWhenAsked()
    {
        QTextDocument document;
        QStringList lines;
        for (int i = 0; i < 400; ++i)
            lines << QStringLiteral("Line %1 of a report too long for one page.").arg(i);
        document.setPlainText(lines.join(u'\n'));

        const auto paint = [&](const ReportPages::PageProgress &progress, QString *error) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            bool painted = false;
            {
                QPdfWriter pdf(&buffer);
                pdf.setPageSize(QPageSize(QPageSize::A4));
                painted =
                    ReportPages::paint(pdf, document, QStringLiteral("Long"), QStringLiteral("today"), error, progress);
            }
            return std::make_pair(painted, buffer.data());
        };
        QList<std::pair<int, int>> calls;
        QString error;
        const auto [all, whole] = paint(
            [&](int page, int pages) {
                calls.append({page, pages});
                return true;
            },
            &error);
        QVERIFY2(all, qPrintable(error));
        const int pages = pdfPages(whole);
        QVERIFY(pages >= 3);
        QCOMPARE(calls.size(), pages);
        for (int page = 0; page < pages; ++page)
            QCOMPARE(calls.at(page), std::make_pair(page, pages));

        const auto [stopped, part] = paint([](int page, int) { return page < 2; }, &error);
        QVERIFY(!stopped);
        QVERIFY(error.isEmpty());
        QCOMPARE(pdfPages(part), 2);
    }

private:
    // The page count pdfinfo (poppler-utils) reads from the file.
    int pdfPages(const QByteArray &pdf)
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            qFatal("pdfinfo not found: install poppler-utils");
        const QString file = m_dir.filePath(QStringLiteral("pages.pdf"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(file));
        out.write(pdf);
        out.close();
        QProcess p;
        p.start(pdfinfo, {file});
        p.waitForFinished(60000);
        static const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                  QRegularExpression::MultilineOption);
        return pagesLine.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ExportOptions m_options;
    qint64 m_seedId = 0;
};

QTEST_MAIN(TestGuiExport)
#include "tst_guiexport.moc"
