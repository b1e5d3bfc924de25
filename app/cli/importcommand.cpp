#include "clicontext.h"
#include "commands.h"

#include "analysis/analyzer.h"
#include "import/feeds/feedimporter.h"
#include "import/feeds/feedparser.h"

#include "import/importer.h"
#include "network/httpfetcher.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lede::cli {
namespace {

bool isUrl(const QString &arg)
{
    return arg.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || arg.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// A file named on the command line that is an RSS, RDF or Atom feed.
bool isFeedFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return FeedParser::looksLikeFeed(file.read(8192));
}

// The whole feed file, parsed before anything of it is imported.
QList<ImportOutcome> importFeedFile(FeedImporter &feeds, const QString &path)
{
    QFile file(path);
    if (file.size() > FeedParser::kMaxFeedBytes || !file.open(QIODevice::ReadOnly))
        return {{ImportOutcome::Status::Failed,
                 path,
                 0,
                 {},
                 file.size() > FeedParser::kMaxFeedBytes
                     ? QCoreApplication::translate("lede-cli", "the feed is too large")
                     : QCoreApplication::translate("lede-cli", "cannot be read (%1)").arg(file.errorString())}};
    QString error;
    const std::optional<Feed> feed = FeedParser::parse(file.readAll(), &error);
    if (!feed)
        return {{ImportOutcome::Status::Failed, path, 0, {}, error}};
    return feeds.importFeed(*feed, path);
}

} // namespace

FetchLimits fetchLimitsFrom(CliContext &ctx, const QString &command, const QString &timeout, bool *ok)
{
    FetchLimits limits;
    *ok = true;
    if (timeout.isEmpty())
        return limits;
    bool number = false;
    const double seconds = timeout.toDouble(&number);
    if (!number || seconds <= 0 || seconds > 3600) {
        ctx.error(
            command,
            QCoreApplication::translate("lede-cli", "--timeout must be a number of seconds from 0 to 3600, not \"%1\"")
                .arg(timeout));
        *ok = false;
        return limits;
    }
    limits.idleTimeoutMs = int(seconds * 1000);
    limits.totalTimeoutMs = std::max(limits.totalTimeoutMs, 4 * limits.idleTimeoutMs);
    return limits;
}

int runImport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), "
        "RSS, RDF and Atom feeds, or folders of them; web pages and feeds by http(s) URL. For each feed item the "
        "linked page is fetched, or the feed's own text taken when the page fails. Duplicates (same text, or same "
        "URL) are skipped and reported."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("lede-cli", "Print a JSON report."));
    const QCommandLineOption noFetch(
        QStringLiteral("no-fetch"),
        QCoreApplication::translate("lede-cli", "Take feed items from the feed's own text; fetch no linked pages."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("lede-cli", "Give up on a server silent for this long (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption apostrophes(
        QStringLiteral("apostrophe-quotes"),
        QCoreApplication::translate("lede-cli",
                                    "Read two apostrophes ('') as a quotation mark, as news archives write it."));
    parser.addOptions({json, noFetch, timeout, apostrophes});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("lede-cli", "Files, folders or http(s) URLs to import."),
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
    bool limitsOk = false;
    const FetchLimits limits = fetchLimitsFrom(ctx, QStringLiteral("import"), parser.value(timeout), &limitsOk);
    if (!limitsOk)
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(false);
    if (!library)
        return UsageOrLibrary;

    QStringList local, feedFiles, urls;
    QList<ImportOutcome> outcomes;
    for (const QString &p : paths) {
        if (isUrl(p))
            urls << p;
        else if (isFeedFile(p))
            feedFiles << p;
        else
            local << p;
    }
    Analyzer::setApostropheQuotesByDefault(parser.isSet(apostrophes));
    Importer importer(*library);
    HttpFetcher fetcher(limits);
    FeedImporter feeds(*library, importer, &fetcher);
    feeds.setFetchLinkedPages(!parser.isSet(noFetch));
    const bool asJson = parser.isSet(json);
    auto printProgress = [&](const ImportOutcome &o) {
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
    };
    importer.setProgressHandler([&](int, int, const ImportOutcome &o) { printProgress(o); });
    feeds.setProgressHandler(printProgress);
    try {
        outcomes << importer.importPaths(local);
        for (const QString &f : std::as_const(feedFiles))
            outcomes << importFeedFile(feeds, f);
        for (const QString &u : std::as_const(urls))
            outcomes << feeds.importUrl(QUrl(u));
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }

    OutcomeTally tally;
    tally.keepJson = asJson;
    for (const ImportOutcome &o : std::as_const(outcomes))
        tally.add(ctx, o);
    if (asJson) {
        const QJsonObject report {{QStringLiteral("imported"), tally.importedJson},
                                  {QStringLiteral("skipped"), tally.skippedJson},
                                  {QStringLiteral("failed"), tally.failedJson}};
        ctx.printJson(report);
    } else {
        ctx.out() << tally.counts() << '\n';
    }
    ctx.out().flush();
    return tally.failed > 0 ? InputFailed : Ok;
}

void OutcomeTally::add(CliContext &ctx, const ImportOutcome &o)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        ++imported;
        if (keepJson)
            importedJson.append(outcomeJson(o));
        break;
    case ImportOutcome::Status::Skipped:
        ++skipped;
        if (keepJson)
            skippedJson.append(outcomeJson(o));
        break;
    case ImportOutcome::Status::Failed:
        ++failed;
        if (keepJson)
            failedJson.append(outcomeJson(o));
        ctx.error(o.origin, o.message);
        break;
    }
}

QString OutcomeTally::counts() const
{
    // Three plurals, one sentence: each count agrees with its own word.
    return QCoreApplication::translate("lede-cli", "%1, %2, %3")
        .arg(QCoreApplication::translate("lede-cli", "%n imported", nullptr, imported),
             QCoreApplication::translate("lede-cli", "%n skipped", nullptr, skipped),
             QCoreApplication::translate("lede-cli", "%n failed", nullptr, failed));
}

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

} // namespace lede::cli
