#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "import/importer.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lede::cli {
namespace {

QJsonObject outcomeJson(const ImportOutcome &o)
{
    QJsonObject j {{QStringLiteral("file"), o.origin}};
    if (o.articleId)
        j.insert(QStringLiteral("id"), o.articleId);
    if (!o.title.isEmpty())
        j.insert(QStringLiteral("title"), o.title);
    if (!o.message.isEmpty())
        j.insert(o.status == ImportOutcome::Status::Failed ? QStringLiteral("error") : QStringLiteral("reason"),
                 o.message);
    return j;
}

bool isUrl(const QString &arg)
{
    return arg.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || arg.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace

int runImport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), "
        "or folders of them. Duplicates (same text, or same URL) are skipped and reported."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("lede-cli", "Print a JSON report."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("lede-cli", "Files or folders to import."),
                                 QStringLiteral("FILE|DIR|URL..."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("import"), args, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        ctx.error(QStringLiteral("import"),
                  QCoreApplication::translate("lede-cli", "nothing to import: give files, folders or URLs"));
        return UsageOrLibrary;
    }
    std::unique_ptr<Library> library = ctx.openLibrary(false);
    if (!library)
        return UsageOrLibrary;

    QStringList local;
    QList<ImportOutcome> outcomes;
    for (const QString &p : paths) {
        if (isUrl(p))
            outcomes.append({ImportOutcome::Status::Failed,
                             p,
                             0,
                             {},
                             QCoreApplication::translate("lede-cli", "importing from URLs is not supported yet")});
        else
            local << p;
    }
    Importer importer(*library);
    const bool asJson = parser.isSet(json);
    importer.setProgressHandler([&](int, int, const ImportOutcome &o) {
        if (asJson)
            return;
        switch (o.status) {
        case ImportOutcome::Status::Imported:
            ctx.out() << QCoreApplication::translate("lede-cli", "imported %1: %2 (%3)")
                             .arg(QString::number(o.articleId), o.origin, o.title)
                      << '\n';
            break;
        case ImportOutcome::Status::Skipped:
            ctx.out() << QCoreApplication::translate("lede-cli", "skipped: %1: %2").arg(o.origin, o.message) << '\n';
            break;
        case ImportOutcome::Status::Failed:
            break; // reported on stderr below, once
        }
    });
    try {
        outcomes << importer.importPaths(local);
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }

    int imported = 0, skipped = 0, failed = 0;
    QJsonArray importedJson, skippedJson, failedJson;
    for (const ImportOutcome &o : std::as_const(outcomes)) {
        switch (o.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            importedJson.append(outcomeJson(o));
            break;
        case ImportOutcome::Status::Skipped:
            ++skipped;
            skippedJson.append(outcomeJson(o));
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            failedJson.append(outcomeJson(o));
            ctx.error(o.origin, o.message);
            break;
        }
    }
    if (asJson) {
        const QJsonObject report {{QStringLiteral("imported"), importedJson},
                                  {QStringLiteral("skipped"), skippedJson},
                                  {QStringLiteral("failed"), failedJson}};
        ctx.printJson(report);
    } else {
        // Three plurals, one sentence: each count agrees with its own word.
        ctx.out() << QCoreApplication::translate("lede-cli", "%1, %2, %3")
                         .arg(QCoreApplication::translate("lede-cli", "%n imported", nullptr, imported),
                              QCoreApplication::translate("lede-cli", "%n skipped", nullptr, skipped),
                              QCoreApplication::translate("lede-cli", "%n failed", nullptr, failed))
                  << '\n';
    }
    ctx.out().flush();
    return failed > 0 ? InputFailed : Ok;
}

} // namespace lede::cli
