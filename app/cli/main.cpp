// lede-cli: DESIGN.md's command-line contract. Global options come before the command;
// each command parses the rest itself and has its own --help.
#include "clicontext.h"
#include "commands.h"

#include "export/headlessgui.h"
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace lede::cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

constexpr Command kCommands[] = {
    {"analyze",
     QT_TRANSLATE_NOOP("lede-cli",
                       "Print an article's metadata, body, quotes and entities as JSON (no library needed)"),
     runAnalyze},
    {"import",
     QT_TRANSLATE_NOOP("lede-cli", "Import text, HTML, JSON Lines or feed files, folders and URLs into the library"),
     runImport},
    {"feed", QT_TRANSLATE_NOOP("lede-cli", "Feed subscriptions: add, list, remove, refresh, OPML import and export"),
     runFeed},
    {"list", QT_TRANSLATE_NOOP("lede-cli", "List the library's articles"), runList},
    {"show", QT_TRANSLATE_NOOP("lede-cli", "Show an article with its annotations"), runShow},
    {"search", QT_TRANSLATE_NOOP("lede-cli", "Full-text search over titles, bylines and text"), runSearch},
    {"note", QT_TRANSLATE_NOOP("lede-cli", "Add a note on a span of an article"), runNote},
    {"claim", QT_TRANSLATE_NOOP("lede-cli", "Record a claim with a verdict on a span of an article"), runClaim},
    {"export", QT_TRANSLATE_NOOP("lede-cli", "Export articles and annotations"), runExport},
    {"backup", QT_TRANSLATE_NOOP("lede-cli", "Write a copy of the library, even while it is open"), runBackup},
};

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("lede-cli",
                                       "Usage: lede-cli [--library PATH] COMMAND [ARGS...]\n"
                                       "       lede-cli --version\n\n"
                                       "Browse and annotate news coverage from the command line.\n\n"
                                       "Options:\n"
                                       "  --library PATH  The library file (default: %1)\n"
                                       "  --version       Print the version\n"
                                       "  -h, --help      Show this help; COMMAND --help shows a command's\n\n"
                                       "Commands:")
               .arg(CliContext::defaultLibraryPath())
        << '\n';
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(9)
            << QCoreApplication::translate("lede-cli", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("lede-cli",
                                       "Exit status: 0 success, 1 some input failed (the rest was done), 2 usage error "
                                       "or unreadable library.")
        << '\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (exportNeedsGui(argc, argv)) {
        lede::HeadlessGui::prepare();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("lede"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));
    lede::TranslationLoader::install(app.get());

    CliContext ctx;
    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            ctx.out() << "lede-cli " << LEDE_VERSION << '\n';
            return Ok;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printUsage(ctx.out());
            return Ok;
        }
        if (option == QLatin1String("--library")) {
            if (args.isEmpty()) {
                ctx.error(QString(), QCoreApplication::translate("lede-cli", "--library needs a PATH"));
                return UsageOrLibrary;
            }
            ctx.setLibraryPath(args.takeFirst());
        } else if (option.startsWith(QLatin1String("--library="))) {
            ctx.setLibraryPath(option.mid(10));
        } else {
            ctx.error(QString(),
                      QCoreApplication::translate("lede-cli", "unknown option %1 (see lede-cli --help)").arg(option));
            return UsageOrLibrary;
        }
    }
    if (args.isEmpty()) {
        ctx.error(QString(), QCoreApplication::translate("lede-cli", "no command given (see lede-cli --help)"));
        return UsageOrLibrary;
    }
    QString name = args.takeFirst();
    if (name == QLatin1String("help")) {
        if (args.isEmpty()) {
            printUsage(ctx.out());
            return Ok;
        }
        name = args.takeFirst();
        args = QStringList {QStringLiteral("--help")};
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(ctx, args);
    }
    ctx.error(QString(),
              QCoreApplication::translate("lede-cli", "unknown command \"%1\" (see lede-cli --help)").arg(name));
    return UsageOrLibrary;
}
