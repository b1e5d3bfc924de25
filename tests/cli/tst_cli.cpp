// lede-cli driven as a real process: DESIGN.md's contract, exit codes and one-line errors.
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using lede::test::CliRun;
using lede::test::readFile;
using lede::test::runCli;
using lede::test::writeFile;

namespace {

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One line on stderr that names the subject.
bool isOneLineErrorAbout(const CliRun &run, const QString &subject)
{
    const QString err = run.err.trimmed();
    return !err.isEmpty() && !err.contains(QLatin1Char('\n')) && err.startsWith(QStringLiteral("lede-cli: "))
        && err.contains(subject);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seed;
    int m_n = 0;

    QString newLibrary() { return m_dir.filePath(QStringLiteral("lib%1.lede").arg(++m_n)); }
    QString importedSeedLibrary()
    {
        const QString lib = newLibrary();
        const CliRun run = runCli({QStringLiteral("--library"), lib, QStringLiteral("import"), m_seed});
        if (run.exitCode != 0)
            qFatal("seed import failed: %s", qPrintable(run.err));
        return lib;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed = writeFile(m_dir, QStringLiteral("santa-monica-sanctuary-policy.txt"), lede::test::seedArticle());
    }

    void versionAndHelp()
    {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("lede-cli ")));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"analyze", "import", "list", "show", "search", "note", "claim", "export"}) {
            QVERIFY(help.out.contains(QLatin1String(command)));
            const CliRun own = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(own.out.contains(QStringLiteral("Usage: lede-cli [--library PATH] ") + QLatin1String(command)),
                     qPrintable(own.out));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("list"), QStringLiteral("--frob")};
        QTest::newRow("analyze without file") << QStringList {QStringLiteral("analyze"), QStringLiteral("--json")};
        QTest::newRow("show without id") << QStringList {QStringLiteral("show")};
        QTest::newRow("show bad id") << QStringList {QStringLiteral("show"), QStringLiteral("twelve")};
        QTest::newRow("note missing text")
            << QStringList {QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("5")};
        QTest::newRow("claim without verdict")
            << QStringList {QStringLiteral("claim"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("5")};
        QTest::newRow("export without format")
            << QStringList {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x.md")};
        QTest::newRow("export unknown format")
            << QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                            QStringLiteral("-o"), QStringLiteral("x.docx")};
        QTest::newRow("export without output")
            << QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCli(QStringList {QStringLiteral("--library"), newLibrary()} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLineErrorAbout(run, QString()), qPrintable(run.err));
    }

    void analyzeSeed()
    {
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), m_seed});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = jsonObject(run.out);
        QCOMPARE(o.value(QStringLiteral("byline")).toString(), QStringLiteral("Jorge Casuso"));
        QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2025-02-18"));
        QVERIFY(o.value(QStringLiteral("url")).isNull());
        const QString body = o.value(QStringLiteral("body")).toString();
        QVERIFY(body.startsWith(QStringLiteral("Mayor Lana Negrete")));
        const QJsonArray quotes = o.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        for (const QJsonValue &v : quotes) {
            const QJsonObject q = v.toObject();
            const int start = q.value(QStringLiteral("start")).toInt(), end = q.value(QStringLiteral("end")).toInt();
            QCOMPARE(body.mid(start, end - start), q.value(QStringLiteral("text")).toString());
            QVERIFY(q.contains(QStringLiteral("kind")) && q.contains(QStringLiteral("speaker")));
        }
        QVERIFY(o.value(QStringLiteral("entities")).isArray());
    }

    void analyzeRawOffsetsMatchTheFileInCodePoints()
    {
        // An emoji before the quote: offsets count code points, not UTF-16 units or bytes.
        const QByteArray text = "Fans 😀 cheered.\r\n\"We won,\" she said.\r\n";
        const QString file = writeFile(m_dir, QStringLiteral("raw.txt"), text);
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--raw"), QStringLiteral("--json"), file});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = jsonObject(run.out);
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QString::fromUtf8(text));
        QVERIFY(o.value(QStringLiteral("title")).isNull());
        const QJsonArray quotes = o.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        const QJsonObject q = quotes.first().toObject();
        const QList<uint> codePoints = QString::fromUtf8(text).toUcs4();
        const int start = q.value(QStringLiteral("start")).toInt(), end = q.value(QStringLiteral("end")).toInt();
        const QString inner =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
        QCOMPARE(inner, QStringLiteral("We won,"));
    }

    void apostropheQuotesOnlyWhenAsked()
    {
        // News archives write a quotation mark as two apostrophes; read so only on request.
        const QByteArray text = "Plans.\n\n''We will vote against it,'' Ann Lee said on Tuesday.\n";
        const QString file = writeFile(m_dir, QStringLiteral("archive.txt"), text);
        const QStringList args {QStringLiteral("analyze"), QStringLiteral("--raw"), QStringLiteral("--json"), file};
        const CliRun plain = runCli(args);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(jsonObject(plain.out).value(QStringLiteral("quotes")).toArray().isEmpty());
        const CliRun asked = runCli(args + QStringList {QStringLiteral("--apostrophe-quotes")});
        QCOMPARE(asked.exitCode, 0);
        const QJsonObject o = jsonObject(asked.out);
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QString::fromUtf8(text)); // the text as it was
        const QJsonArray quotes = o.value(QStringLiteral("quotes")).toArray();
        QCOMPARE(quotes.size(), 1);
        const QJsonObject q = quotes.first().toObject();
        QCOMPARE(q.value(QStringLiteral("text")).toString(), QStringLiteral("We will vote against it,"));
        QCOMPARE(q.value(QStringLiteral("speaker")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(q.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));
    }

    void analyzeSeveralFilesPrintsJsonLines()
    {
        const QString empty = writeFile(m_dir, QStringLiteral("empty.txt"), {});
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), m_seed, empty});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(jsonObject(lines.at(0)).value(QStringLiteral("file")).toString(), m_seed);
        QCOMPARE(jsonObject(lines.at(1)).value(QStringLiteral("error")).toString(), QStringLiteral("empty file"));
        QVERIFY(isOneLineErrorAbout(run, empty));
    }

    void importTwiceListShowSearch()
    {
        const QString lib = newLibrary();
        const CliRun first = runCli({QStringLiteral("--library"), lib, QStringLiteral("import"), m_seed});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(QStringLiteral("1 imported")));
        const CliRun second =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("import"), QStringLiteral("--json"), m_seed});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject report = jsonObject(second.out);
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 0);

        const CliRun list =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const int id = rows.first().toObject().value(QStringLiteral("id")).toInt();

        const CliRun show = runCli(
            {QStringLiteral("--library"), lib, QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject a = jsonObject(show.out);
        QCOMPARE(a.value(QStringLiteral("id")).toInt(), id);
        QCOMPARE(a.value(QStringLiteral("byline")).toString(), QStringLiteral("Jorge Casuso"));
        QCOMPARE(a.value(QStringLiteral("published")).toString(), QStringLiteral("2025-02-18"));
        QVERIFY(a.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Mayor Lana Negrete")));
        for (const char *member : {"quotes", "entities", "notes", "claims", "tags"})
            QVERIFY2(a.value(QLatin1String(member)).isArray(), member);

        const CliRun search = runCli({QStringLiteral("--library"), lib, QStringLiteral("search"),
                                      QStringLiteral("sanctuary"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first()
                    .toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QStringLiteral("<b>sanctuary</b>")));
        const CliRun none =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("search"), QStringLiteral("zeppelin")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QStringLiteral("0 articles found")));
        const CliRun syntax =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("search"), QStringLiteral("sanctuary AND (")});
        QCOMPARE(syntax.exitCode, 2);
        QVERIFY(isOneLineErrorAbout(syntax, QStringLiteral("invalid search query")));
    }

    void noteAndClaim()
    {
        const QString lib = importedSeedLibrary();
        const CliRun note = runCli({QStringLiteral("--library"), lib, QStringLiteral("note"), QStringLiteral("1"),
                                    QStringLiteral("0"), QStringLiteral("18"), QStringLiteral("Who is the mayor?")});
        QCOMPARE(note.exitCode, 0);
        const CliRun claim = runCli({QStringLiteral("--library"), lib, QStringLiteral("claim"), QStringLiteral("1"),
                                     QStringLiteral("19"), QStringLiteral("60"), QStringLiteral("--verdict"),
                                     QStringLiteral("mostly true"), QStringLiteral("--summary"),
                                     QStringLiteral("Negrete reaffirmed the policy"), QStringLiteral("--explanation"),
                                     QStringLiteral("City minutes")});
        QCOMPARE(claim.exitCode, 0);
        const QJsonObject a = jsonObject(runCli({QStringLiteral("--library"), lib, QStringLiteral("show"),
                                                 QStringLiteral("1"), QStringLiteral("--json")})
                                             .out);
        const QJsonObject n = a.value(QStringLiteral("notes")).toArray().first().toObject();
        QCOMPARE(n.value(QStringLiteral("text")).toString(), QStringLiteral("Who is the mayor?"));
        QCOMPARE(n.value(QStringLiteral("passage")).toString(), QStringLiteral("Mayor Lana Negrete"));
        const QJsonObject c = a.value(QStringLiteral("claims")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("verdict")).toString(), QStringLiteral("Mostly true"));
        QCOMPARE(c.value(QStringLiteral("summary")).toString(), QStringLiteral("Negrete reaffirmed the policy"));
        QCOMPARE(c.value(QStringLiteral("explanation")).toString(), QStringLiteral("City minutes"));

        // Input that names something that is not there: exit 1, one line, nothing written.
        const CliRun outside = runCli({QStringLiteral("--library"), lib, QStringLiteral("note"), QStringLiteral("1"),
                                       QStringLiteral("0"), QStringLiteral("999999"), QStringLiteral("x")});
        QCOMPARE(outside.exitCode, 1);
        QVERIFY(isOneLineErrorAbout(outside, QStringLiteral("is not inside article 1")));
        const CliRun noArticle = runCli({QStringLiteral("--library"), lib, QStringLiteral("note"), QStringLiteral("42"),
                                         QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("x")});
        QCOMPARE(noArticle.exitCode, 1);
        QVERIFY(isOneLineErrorAbout(noArticle, QStringLiteral("no article 42")));
        const CliRun badVerdict =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("claim"), QStringLiteral("1"), QStringLiteral("0"),
                    QStringLiteral("5"), QStringLiteral("--verdict"), QStringLiteral("Sort of")});
        QCOMPARE(badVerdict.exitCode, 1);
        QVERIFY(isOneLineErrorAbout(badVerdict, QStringLiteral("unknown verdict")));
        const QJsonObject after = jsonObject(runCli({QStringLiteral("--library"), lib, QStringLiteral("show"),
                                                     QStringLiteral("1"), QStringLiteral("--json")})
                                                 .out);
        QCOMPARE(after.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(after.value(QStringLiteral("claims")).toArray().size(), 1);
    }

    void badInputFilesAreReportedOneLineEach()
    {
        const QString lib = importedSeedLibrary();
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("good.txt"), "By Jane Roe\nMarch 3, 2024 -- A good story.\n");
        const QString empty = writeFile(folder, QStringLiteral("empty.txt"), {});
        const QString binary =
            writeFile(folder, QStringLiteral("binary.txt"), QByteArray("\x00\x01\x02garbage\x00", 11));
        const QString noArticle = writeFile(folder, QStringLiteral("header.txt"), "By Jane Roe\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const CliRun run = runCli({QStringLiteral("--library"), lib, QStringLiteral("import"), folder.path(), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("1 imported, 0 skipped, 4 failed")));
        const QStringList errors = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(errors.size(), 4);
        for (const QString &file : {empty, binary, noArticle, missing})
            QVERIFY2(run.err.contains(file + QStringLiteral(": ")), qPrintable(file));
        QVERIFY(run.err.contains(QStringLiteral("empty file")));
        QVERIFY(run.err.contains(QStringLiteral("binary data")));
        QVERIFY(run.err.contains(QStringLiteral("no such file")));
        // The library kept what it had and gained the good file.
        const QJsonArray rows = QJsonDocument::fromJson(runCli({QStringLiteral("--library"), lib,
                                                                QStringLiteral("list"), QStringLiteral("--json")})
                                                            .out.toUtf8())
                                    .array();
        QCOMPARE(rows.size(), 2);
    }

    void libraryThatIsNotSqliteIsRefusedWithTwo()
    {
        const QByteArray notes("my notes\n");
        const QString bogus = writeFile(m_dir, QStringLiteral("notes.lede"), notes);
        for (const QStringList &cmd :
             {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("import"), m_seed}}) {
            const CliRun run = runCli(QStringList {QStringLiteral("--library"), bogus} + cmd);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(isOneLineErrorAbout(run, bogus));
            QVERIFY(run.err.contains(QStringLiteral("not a Lede library")));
        }
        QCOMPARE(readFile(bogus), notes);
        const CliRun missing =
            runCli({QStringLiteral("--library"), m_dir.filePath(QStringLiteral("none.lede")), QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no such library")));
    }

    void lockedLibraryIsReportedWithTwoAndKeepsItsArticles()
    {
        const QString lib = importedSeedLibrary();
        const QString other = writeFile(m_dir, QStringLiteral("other.txt"), "Another story entirely.\n");
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(lib);
        QVERIFY(writer.open());
        {
            QSqlQuery hold(writer);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const CliRun run = runCli({QStringLiteral("--library"), lib, QStringLiteral("import"), other});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(isOneLineErrorAbout(run, QStringLiteral("locked")), qPrintable(run.err));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        }
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        const QJsonArray rows = QJsonDocument::fromJson(runCli({QStringLiteral("--library"), lib,
                                                                QStringLiteral("list"), QStringLiteral("--json")})
                                                            .out.toUtf8())
                                    .array();
        QCOMPARE(rows.size(), 1);
    }

    void exportChecksItsArguments()
    {
        const QString lib = importedSeedLibrary();
        const CliRun noArticle =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("md"), QStringLiteral("--article"), QStringLiteral("77"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("out.md"))});
        QCOMPARE(noArticle.exitCode, 1);
        QVERIFY(isOneLineErrorAbout(noArticle, QStringLiteral("no article 77")));
        const CliRun noFolder =
            runCli({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("nowhere/out.csv"))});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY(isOneLineErrorAbout(noFolder, QStringLiteral("does not exist")));
    }

    void backupWritesACopyThatOpensAsALibrary()
    {
        const QString lib = importedSeedLibrary();
        const QString copy = m_dir.filePath(QStringLiteral("copy of the desk.lede"));
        const CliRun run = runCli({QStringLiteral("--library"), lib, QStringLiteral("backup"), copy});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("backed up %1 to %2 (").arg(lib, copy)), qPrintable(run.out));
        const auto listed = [](const QString &library) {
            return runCli({QStringLiteral("--library"), library, QStringLiteral("list"), QStringLiteral("--json")}).out;
        };
        QCOMPARE(listed(copy), listed(lib));

        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere/copy.lede"));
        const CliRun noFolder = runCli({QStringLiteral("--library"), lib, QStringLiteral("backup"), nowhere});
        QCOMPARE(noFolder.exitCode, 2);
        QCOMPARE(noFolder.err, QStringLiteral("lede-cli: %1: the folder does not exist\n").arg(nowhere));
        QVERIFY(!QFileInfo::exists(nowhere));
        const CliRun itself = runCli({QStringLiteral("--library"), lib, QStringLiteral("backup"), lib});
        QCOMPARE(itself.exitCode, 2);
        QVERIFY(isOneLineErrorAbout(itself, QStringLiteral("cannot replace the library itself")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
