// `lede-cli export` as a user runs it: a real process, without a display, on a library holding the
// seed article with one note and one claim; every format written and parsed, exit statuses, and
// the bundle imported into a new library by `lede-cli import`.
#include "csvtestreader.h"
#include "exportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lede;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("cli.lede"));
        const QString seed = m_dir.filePath(QStringLiteral("seed.txt"));
        QVERIFY(QFile::copy(ExportFixture::dataPath(QStringLiteral("seed-article.txt")), seed));
        QCOMPARE(cli({QStringLiteral("import"), seed}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("60"),
                      QStringLiteral("@check the date")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("100"),
                      QStringLiteral("--verdict"), QStringLiteral("false"), QStringLiteral("--explanation"),
                      QStringLiteral("No record of it.")})
                     .exitCode,
                 0);
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"md", "html", "pdf", "odt", "csv", "json", "webannotation", "claimreview"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void writesEveryFormat()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("export.") + format);
        const Run run =
            cli({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--article"),
                 QStringLiteral("1"), QStringLiteral("--author"), QStringLiteral("Fact Desk"), QStringLiteral("--url"),
                 QStringLiteral("https://factdesk.example/c/1"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == QLatin1String("md")) {
            QVERIFY(bytes.contains("### Notes") && bytes.contains("@check the date")
                    && bytes.contains("lede://article/1?start=10&end=60"));
        } else if (format == QLatin1String("html")) {
            QVERIFY(bytes.contains("<h3>Claims</h3>")
                    && bytes.contains("href=\"lede://article/1?start=0&amp;end=100\""));
        } else if (format == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            if (pdftotext.isEmpty())
                QSKIP("pdftotext not found: install poppler-utils to check the PDF's text");
            QProcess p;
            p.start(pdftotext, {out, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY(text.contains(QStringLiteral("@check the date")) && text.contains(QStringLiteral("Page 1 of")));
        } else if (format == QLatin1String("odt")) {
            QVERIFY(bytes.startsWith("PK") && bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        } else if (format == QLatin1String("csv")) {
            bool ok = false;
            const QList<QStringList> rows = CsvTestReader::parse(QString::fromUtf8(bytes), &ok);
            QVERIFY(ok);
            int notes = 0, claims = 0;
            for (const QStringList &row : rows) {
                notes += row.first() == QLatin1String("note") && row.at(9) == QLatin1String("'@check the date");
                claims += row.first() == QLatin1String("claim") && row.at(10) == QLatin1String("False");
            }
            QCOMPARE(notes, 1);
            QCOMPARE(claims, 1);
        } else {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            if (format == QLatin1String("json"))
                QCOMPARE(o.value(QStringLiteral("lede_bundle")).toInt(), 1);
            else if (format == QLatin1String("webannotation"))
                QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
            else
                QCOMPARE(o.value(QStringLiteral("@graph"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("reviewRating"))
                             .toObject()
                             .value(QStringLiteral("ratingValue"))
                             .toInt(),
                         2);
        }
    }

    void bundleImportsIntoAnotherLibrary()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("roundtrip.json"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("-o"), bundle})
                     .exitCode,
                 0);
        const QString other = m_dir.filePath(QStringLiteral("other.lede"));
        const Run imported = cli({QStringLiteral("--library"), other, QStringLiteral("import"), bundle}, false);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject original = showJson(m_library);
        const QJsonObject copy = showJson(other);
        for (const char *key : {"body", "title", "notes", "claims", "quotes", "tags"}) {
            QJsonArray a = original.value(QLatin1String(key)).toArray(), b = copy.value(QLatin1String(key)).toArray();
            if (original.value(QLatin1String(key)).isArray()) {
                QCOMPARE(stripIds(b), stripIds(a));
            } else {
                QCOMPARE(copy.value(QLatin1String(key)), original.value(QLatin1String(key)));
            }
        }
        QCOMPARE(copy.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(copy.value(QStringLiteral("claims")).toArray().size(), 1);
    }

    void exitStatuses()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.out"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                      QStringLiteral("-o"), out})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")}).exitCode, 2);
        const Run missing = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("--article"), QStringLiteral("42"), QStringLiteral("-o"), out});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no article 42")));
        QCOMPARE(
            cli({QStringLiteral("--library"), m_dir.filePath(QStringLiteral("absent.lede")), QStringLiteral("export"),
                 QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), out},
                false)
                .exitCode,
            2);

        {
            Library library(m_library, Database::OpenMode::MustExist);
            library.addClaim(1, {200, 220}, QString(), QStringLiteral("unrated"), QString());
        }
        const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("claimreview"),
                                 QStringLiteral("-o"), out});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith(QStringLiteral("lede-cli: ") + out + QStringLiteral(": claim ")));
        QVERIFY(refused.err.contains(QStringLiteral("no verdict")));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
    }

private:
    // Runs lede-cli with no display at all: the PDF and ODT exports must find their own way.
    Run cli(QStringList args, bool withLibrary = true)
    {
        if (withLibrary)
            args = QStringList {QStringLiteral("--library"), m_library} + args;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LEDE_CLI_PATH), args);
        Run run;
        if (!p.waitForFinished(120000))
            return run;
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        // Qt's own start-up warnings (XDG_RUNTIME_DIR) are not lede-cli's error lines.
        QStringList lines = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); });
        run.err = lines.join(QLatin1Char('\n'));
        return run;
    }

    QJsonObject showJson(const QString &library)
    {
        const Run run = cli({QStringLiteral("--library"), library, QStringLiteral("show"), QStringLiteral("1"),
                             QStringLiteral("--json")},
                            false);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QJsonArray stripIds(QJsonArray items)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                continue;
            QJsonObject o = items.at(i).toObject();
            o.remove(QStringLiteral("id"));
            o.remove(QStringLiteral("entity_id"));
            items.replace(i, o);
        }
        return items;
    }

    QTemporaryDir m_dir;
    QString m_library;
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
