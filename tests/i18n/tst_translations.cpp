// Each translation loads from the resources and says what it should: a menu title, a lede-cli
// error, a plural. The .ts sources are complete and keep every placeholder and accelerator, and
// lede-cli follows the locale.
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace lede;
using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    return messages;
}

// %1…%99 and %n, as a sorted list (repeats count).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The accelerator's position count: single '&' not part of "&&".
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        ++count;
    }
    return count;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(LEDE_TRANSLATIONS_DIR "/lede_%1.ts").arg(language);
}

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

// lede-cli under a locale; with a language, LANGUAGE names it as well (and outranks the locale).
CliRun runCli(const QString &locale, const QStringList &args, const QString &language = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEDE_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("noCommand");
        QTest::addColumn<QString>("oneArticle");
        QTest::addColumn<QString>("twoArticles");
        QTest::addColumn<QString>("noArticles");
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"no se indicó ninguna orden (véase lede-cli --help)"_s
                            << u"1 artículo"_s << u"2 artículos"_s << u"0 artículos"_s;
        // French counts 0 as singular.
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"aucune commande indiquée (voir lede-cli --help)"_s
                            << u"1 article"_s << u"2 articles"_s << u"0 article"_s;
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"kein Befehl angegeben (siehe lede-cli --help)"_s
                            << u"1 Artikel"_s << u"2 Artikel"_s << u"0 Artikel"_s;
        QTest::newRow("en") << u"en"_s << u"&File"_s << u"no command given (see lede-cli --help)"_s << u"1 article"_s
                            << u"2 articles"_s << u"0 articles"_s;
    }

    void knownStrings()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lede_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTEST(QCoreApplication::translate("lede::MainWindow", "&File"), "fileMenu");
        QTEST(QCoreApplication::translate("lede-cli", "no command given (see lede-cli --help)"), "noCommand");
        QTEST(QCoreApplication::translate("lede::MainWindow", "%n article(s)", nullptr, 1), "oneArticle");
        QTEST(QCoreApplication::translate("lede::MainWindow", "%n article(s)", nullptr, 2), "twoArticles");
        QTEST(QCoreApplication::translate("lede::MainWindow", "%n article(s)", nullptr, 0), "noArticles");
        // Exported documents declare the language they are written in.
        QCOMPARE(QCoreApplication::translate("lede::Export", "en", "language code"), language);
        QCoreApplication::removeTranslator(&translator);
    }

    void sourcesAreCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : TranslationLoader::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void sourcesAreCompleteAndConsistent()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 400, qPrintable(tsPath(language)));
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(m.type, where)));
            QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: %1 -> %2").arg(where, form)));
                QVERIFY2(accelerators(form) == accelerators(m.source),
                         qPrintable(QStringLiteral("accelerators differ: %1 -> %2").arg(where, form)));
                // Rich text stays rich text: the same tags, in the same number.
                QCOMPARE(form.count(QLatin1Char('<')), m.source.count(QLatin1Char('<')));
            }
        }
    }

    // lede_en.ts only gives the English plural forms; every one of them is there.
    void englishPluralsAreComplete()
    {
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")));
        int plurals = 0;
        for (const TsMessage &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.forms.size(), 2);
            QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")) && !m.forms.at(1).contains(QLatin1String("(s)")),
                     qPrintable(m.source));
        }
        QVERIFY(plurals > 20);

        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/lede_en.qm")));
        QCOMPARE(english.translate("lede::MainWindow", "Merged %n entity(ies) into %1", nullptr, 1),
                 QStringLiteral("Merged %n entity into %1"));
        QCOMPARE(english.translate("lede::MainWindow", "Merged %n entity(ies) into %1", nullptr, 3),
                 QStringLiteral("Merged %n entities into %1"));
    }

    void languageFollowsChoiceThenLocale_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german locale") << QString() << QStringList {u"de-DE"_s, u"de"_s} << u"de"_s;
        QTest::newRow("posix name") << QString() << QStringList {u"fr_CA.UTF-8"_s} << u"fr"_s;
        QTest::newRow("english before german") << QString() << QStringList {u"en-GB"_s, u"de-DE"_s} << u"en"_s;
        QTest::newRow("untranslated first") << QString() << QStringList {u"pt-BR"_s, u"es-MX"_s} << u"es"_s;
        QTest::newRow("C locale") << QString() << QStringList {u"C"_s} << u"en"_s;
        QTest::newRow("nothing known") << QString() << QStringList {u"ja-JP"_s} << u"en"_s;
        QTest::newRow("choice wins") << u"fr"_s << QStringList {u"de-DE"_s} << u"fr"_s;
        QTest::newRow("english chosen") << u"en"_s << QStringList {u"es-ES"_s} << u"en"_s;
        QTest::newRow("unknown choice") << u"xx"_s << QStringList {u"de-DE"_s} << u"en"_s;
    }

    void languageFollowsChoiceThenLocale()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QTEST(TranslationLoader::pickLanguage(choice, uiLanguages), "expected");
    }

    void cliFollowsTheLocale()
    {
        const CliRun german = runCli(QStringLiteral("de_DE.UTF-8"), {});
        QCOMPARE(german.status, 2);
        QCOMPARE(german.err.trimmed(), QStringLiteral("lede-cli: kein Befehl angegeben (siehe lede-cli --help)"));

        const CliRun english = runCli(QStringLiteral("C.UTF-8"), {});
        QCOMPARE(english.err.trimmed(), QStringLiteral("lede-cli: no command given (see lede-cli --help)"));

        // A storage error from the core library, and the summary's plurals, in French.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = dir.filePath(QStringLiteral("l.lede"));
        const CliRun missing =
            runCli(QStringLiteral("fr_FR.UTF-8"), {QStringLiteral("--library"), library, QStringLiteral("list")});
        QCOMPARE(missing.status, 2);
        QCOMPARE(missing.err.trimmed(), QStringLiteral("lede-cli: %1: bibliothèque introuvable").arg(library));
        const QString nowhere = dir.filePath(QStringLiteral("nowhere.txt"));
        const CliRun imported = runCli(QStringLiteral("fr_FR.UTF-8"),
                                       {QStringLiteral("--library"), library, QStringLiteral("import"), nowhere});
        QCOMPARE(imported.status, 1);
        QCOMPARE(imported.err.trimmed(), QStringLiteral("lede-cli: %1: fichier ou dossier introuvable").arg(nowhere));
        QCOMPARE(imported.out.trimmed(), QStringLiteral("0 importé, 0 ignoré, 1 en échec"));

        // Help text: lede-cli's own and Qt's, where the system has Qt's translations.
        const CliRun help = runCli(QStringLiteral("es_ES.UTF-8"), {QStringLiteral("search"), QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Uso: lede-cli [--library PATH] search")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Como máximo N resultados (por defecto 50).")), qPrintable(help.out));
    }

    void cliFeedErrorsFollowLanguage()
    {
        // LANGUAGE=de under an English locale: lede-cli feed's errors come out in German.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = dir.filePath(QStringLiteral("feeds.lede"));
        const QString ftp = QStringLiteral("ftp://example.org/feed.xml");
        const CliRun notHttp =
            runCli(QStringLiteral("en_US.UTF-8"),
                   {QStringLiteral("--library"), library, QStringLiteral("feed"), QStringLiteral("add"), ftp},
                   QStringLiteral("de"));
        QCOMPARE(notHttp.status, 2);
        QCOMPARE(notHttp.err.trimmed(), QStringLiteral("lede-cli: %1: keine http- oder https-URL").arg(ftp));

        const CliRun unknown = runCli(QStringLiteral("en_US.UTF-8"),
                                      {QStringLiteral("--library"), library, QStringLiteral("feed"),
                                       QStringLiteral("remove"), QStringLiteral("999")},
                                      QStringLiteral("de"));
        QCOMPARE(unknown.status, 1);
        QCOMPARE(unknown.err.trimmed(),
                 QStringLiteral("lede-cli: feed remove: kein Feed-Abonnement 999 (siehe lede-cli feed list)"));

        const CliRun english =
            runCli(QStringLiteral("C.UTF-8"),
                   {QStringLiteral("--library"), library, QStringLiteral("feed"), QStringLiteral("add"), ftp});
        QCOMPARE(english.err.trimmed(), QStringLiteral("lede-cli: %1: not an http or https URL").arg(ftp));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
