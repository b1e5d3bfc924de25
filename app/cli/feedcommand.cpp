// lede-cli feed: subscriptions to RSS, RDF and Atom feeds, their refresh and OPML exchange.
#include "clicontext.h"
#include "commands.h"

#include "import/feeds/feedimporter.h"
#include "import/feeds/opml.h"
#include "network/httpfetcher.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace lede::cli {
namespace {

const char kFeedUsage[] =
    "Usage: lede-cli [--library PATH] feed SUBCOMMAND [ARGS...]\n\n"
    "Follows RSS, RDF and Atom feeds. A refresh asks each feed only for what changed (ETag,\n"
    "Last-Modified) and imports the items it has not delivered before: the linked page of each,\n"
    "or the feed's own text when the page fails.\n\n"
    "Subcommands:\n"
    "  add URL [--interval MIN] [--title TEXT]  Subscribe (refresh interval in minutes, default 60)\n"
    "  list [--json]                            Subscriptions with unread counts and last errors\n"
    "  remove ID|URL                            Unsubscribe; the imported articles stay\n"
    "  refresh [ID|URL...] [--due] [--json]     Check feeds (all, or the due ones) and import new items\n"
    "  opml-import FILE                         Subscribe to the feeds an OPML file lists\n"
    "  opml-export -o FILE                      Write the subscriptions as OPML\n\n"
    "SUBCOMMAND --help shows a subcommand's options.\n";

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString lastCheckedText(const Subscription &s)
{
    return s.lastChecked.isValid() ? s.lastChecked.toString(Qt::ISODate) : QString();
}

QJsonObject subscriptionJson(const Subscription &s)
{
    QJsonObject j {{QStringLiteral("id"), s.id},         {QStringLiteral("url"), s.url},
                   {QStringLiteral("title"), s.title},   {QStringLiteral("interval"), s.refreshMinutes},
                   {QStringLiteral("unread"), s.unread}, {QStringLiteral("articles"), s.articles}};
    j.insert(QStringLiteral("site_url"), s.siteUrl.isEmpty() ? QJsonValue() : QJsonValue(s.siteUrl));
    j.insert(QStringLiteral("last_checked"), s.lastChecked.isValid() ? QJsonValue(lastCheckedText(s)) : QJsonValue());
    j.insert(QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError));
    return j;
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

// A subscription named by its id or its URL; reports and returns nothing when there is none.
std::optional<Subscription> findSubscription(CliContext &ctx, const QString &command, SubscriptionRepository &repo,
                                             const QString &which)
{
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    // As "feed add" stored it.
    std::optional<Subscription> s = isId ? repo.find(id) : repo.findByUrl(QUrl::fromUserInput(which).toString());
    if (!s)
        ctx.error(command, QStringLiteral("no feed subscription %1 (see lede-cli feed list)").arg(which));
    return s;
}

int runAdd(CliContext &ctx, Library &library, QCommandLineParser &parser, const QCommandLineOption &interval,
           const QCommandLineOption &title)
{
    SubscriptionRepository repo(library.connection());
    const QString command = QStringLiteral("feed add");
    if (parser.positionalArguments().size() != 1) {
        ctx.error(command, QStringLiteral("give one feed URL (see lede-cli feed add --help)"));
        return UsageOrLibrary;
    }
    const QString text = parser.positionalArguments().first();
    const QUrl url = QUrl::fromUserInput(text);
    if (!isWebUrl(url) || !text.contains(QLatin1String("://"))) {
        ctx.error(text, QStringLiteral("not an http or https URL"));
        return UsageOrLibrary;
    }
    int minutes = SubscriptionRepository::kDefaultRefreshMinutes;
    if (parser.isSet(interval)) {
        qint64 value = 0;
        if (!ctx.parseNumber(command, QStringLiteral("--interval"), parser.value(interval), &value))
            return UsageOrLibrary;
        if (value < 1 || value > SubscriptionRepository::kMaxRefreshMinutes) {
            ctx.error(command,
                      QStringLiteral("--interval must be 1 to %1 minutes, not %2")
                          .arg(SubscriptionRepository::kMaxRefreshMinutes)
                          .arg(value));
            return UsageOrLibrary;
        }
        minutes = int(value);
    }
    try {
        const Subscription s = repo.add(url.toString(), parser.value(title), minutes);
        ctx.out() << "subscribed " << s.id << ": " << s.url << " (every " << s.refreshMinutes << " min)\n";
    } catch (const StorageError &e) {
        ctx.error(text, e.message());
        return e.kind() == StorageError::Kind::InvalidInput ? InputFailed : UsageOrLibrary;
    }
    return Ok;
}

int runListFeeds(CliContext &ctx, Library &library, bool asJson)
{
    SubscriptionRepository repo(library.connection());
    const QList<Subscription> all = repo.all();
    if (asJson) {
        QJsonArray rows;
        for (const Subscription &s : all)
            rows.append(subscriptionJson(s));
        ctx.printJson(rows);
        return Ok;
    }
    for (const Subscription &s : all) {
        ctx.out() << s.id << '\t' << (s.title.isEmpty() ? s.url : s.title) << '\t' << s.url << '\t' << s.unread
                  << " unread\tevery " << s.refreshMinutes << " min\t"
                  << (s.lastChecked.isValid() ? QStringLiteral("checked ") + lastCheckedText(s)
                                              : QStringLiteral("never checked"));
        if (!s.lastError.isEmpty())
            ctx.out() << "\terror: " << s.lastError;
        ctx.out() << '\n';
    }
    if (all.isEmpty())
        ctx.out() << "no feed subscriptions (add one with lede-cli feed add URL)\n";
    return Ok;
}

int runRemove(CliContext &ctx, Library &library, const QStringList &which)
{
    SubscriptionRepository repo(library.connection());
    const QString command = QStringLiteral("feed remove");
    if (which.isEmpty()) {
        ctx.error(command, QStringLiteral("give the ID or URL of a subscription (see lede-cli feed list)"));
        return UsageOrLibrary;
    }
    int status = Ok;
    for (const QString &w : which) {
        const std::optional<Subscription> s = findSubscription(ctx, command, repo, w);
        if (!s) {
            status = InputFailed;
            continue;
        }
        repo.remove(s->id);
        ctx.out() << "unsubscribed " << s->id << ": " << s->url << '\n';
    }
    return status;
}

int runRefresh(CliContext &ctx, Library &library, const QStringList &which, bool dueOnly, bool asJson,
               const FetchLimits &limits)
{
    const QString command = QStringLiteral("feed refresh");
    SubscriptionRepository repo(library.connection());
    QList<Subscription> targets;
    int status = Ok;
    for (const QString &w : which) {
        if (const std::optional<Subscription> s = findSubscription(ctx, command, repo, w))
            targets << *s;
        else
            status = InputFailed;
    }
    if (which.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Subscription &s : repo.all()) {
            if (!dueOnly || s.isDue(now))
                targets << s;
        }
    }
    Importer importer(library);
    HttpFetcher fetcher(limits);
    FeedImporter feeds(library, importer, &fetcher);
    QJsonArray report;
    for (const Subscription &s : std::as_const(targets)) {
        const FeedRefreshResult r = feeds.refresh(s);
        int imported = 0, skipped = 0, failed = 0;
        QJsonArray importedJson, skippedJson, failedJson;
        for (const ImportOutcome &o : r.outcomes) {
            switch (o.status) {
            case ImportOutcome::Status::Imported:
                ++imported;
                importedJson.append(outcomeJson(o));
                if (!asJson)
                    ctx.out() << "imported " << o.articleId << ": " << o.origin << " (" << o.title << ")\n";
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
        if (!r.error.isEmpty() || failed > 0)
            status = InputFailed;
        if (!r.error.isEmpty())
            ctx.error(s.url, r.error);
        const QString state = !r.error.isEmpty() ? QStringLiteral("failed")
            : r.notModified                      ? QStringLiteral("not_modified")
                                                 : QStringLiteral("updated");
        if (asJson) {
            QJsonObject j {{QStringLiteral("id"), s.id},
                           {QStringLiteral("url"), s.url},
                           {QStringLiteral("status"), state},
                           {QStringLiteral("new"), r.newItems},
                           {QStringLiteral("deferred"), r.deferred},
                           {QStringLiteral("imported"), importedJson},
                           {QStringLiteral("skipped"), skippedJson},
                           {QStringLiteral("failed"), failedJson}};
            if (!r.error.isEmpty())
                j.insert(QStringLiteral("error"), r.error);
            report.append(j);
        } else if (r.error.isEmpty()) {
            ctx.out() << "feed " << s.id << ' ' << s.url << ": ";
            if (r.notModified)
                ctx.out() << "not modified\n";
            else
                ctx.out() << r.newItems << " new: " << imported << " imported, " << skipped << " skipped, " << failed
                          << " failed"
                          << (r.deferred ? QStringLiteral(", %1 left for the next refresh").arg(r.deferred) : QString())
                          << '\n';
        }
    }
    if (asJson)
        ctx.printJson(QJsonObject {{QStringLiteral("feeds"), report}});
    else if (targets.isEmpty() && which.isEmpty())
        ctx.out() << (dueOnly ? "no feed is due\n" : "no feed subscriptions\n");
    return status;
}

int runOpmlImport(CliContext &ctx, Library &library, const QStringList &files)
{
    SubscriptionRepository repo(library.connection());
    if (files.size() != 1) {
        ctx.error(QStringLiteral("feed opml-import"), QStringLiteral("give one OPML file"));
        return UsageOrLibrary;
    }
    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
        return InputFailed;
    }
    QString error;
    const std::optional<QList<OpmlFeed>> feeds = Opml::read(file.read(Opml::kMaxBytes + 1), &error);
    if (!feeds) {
        ctx.error(path, error);
        return InputFailed;
    }
    int added = 0, known = 0;
    {
        // All the list or none of it.
        Transaction tx(library.connection());
        for (const OpmlFeed &f : *feeds) {
            if (repo.findByUrl(f.url)) {
                ++known;
                ctx.out() << "already subscribed: " << f.url << '\n';
                continue;
            }
            const Subscription s = repo.add(f.url, f.title, SubscriptionRepository::kDefaultRefreshMinutes, f.siteUrl);
            ctx.out() << "subscribed " << s.id << ": " << s.url << '\n';
            ++added;
        }
        tx.commit();
    }
    ctx.out() << added << " added, " << known << " already subscribed\n";
    return Ok;
}

int runOpmlExport(CliContext &ctx, Library &library, const QString &out)
{
    SubscriptionRepository repo(library.connection());
    if (out.isEmpty()) {
        ctx.error(QStringLiteral("feed opml-export"), QStringLiteral("give the output file with -o FILE"));
        return UsageOrLibrary;
    }
    QList<OpmlFeed> feeds;
    for (const Subscription &s : repo.all())
        feeds.append({s.url, s.title, s.siteUrl});
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(Opml::write(feeds, QStringLiteral("Lede subscriptions"))) < 0
        || !file.commit()) {
        ctx.error(out, QStringLiteral("cannot be written (%1)").arg(file.errorString()));
        return InputFailed;
    }
    ctx.out() << feeds.size() << " subscriptions written to " << out << '\n';
    return Ok;
}

} // namespace

int runFeed(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        if (args.isEmpty()) {
            ctx.error(QStringLiteral("feed"), QStringLiteral("no subcommand given (see lede-cli feed --help)"));
            return UsageOrLibrary;
        }
        ctx.out() << kFeedUsage;
        ctx.out().flush();
        return Ok;
    }
    const QString sub = args.first();
    const QString command = QStringLiteral("feed ") + sub;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption interval(
        QStringLiteral("interval"), QStringLiteral("Refresh interval in minutes (default 60)."), QStringLiteral("MIN"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The name to show for the feed."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("due"),
                                 QStringLiteral("Only the feeds whose refresh interval has passed."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up on a server silent for this long (default 30)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The OPML file to write."), QStringLiteral("FILE"));
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(QStringLiteral("Subscribes the library to a feed."));
        parser.addOptions({interval, title});
        parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The feed's http(s) URL."));
    } else if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(QStringLiteral(
            "Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error."));
        parser.addOption(json);
    } else if (sub == QLatin1String("remove")) {
        parser.setApplicationDescription(QStringLiteral("Unsubscribes; the articles the feed brought stay."));
        parser.addPositionalArgument(QStringLiteral("FEED"), QStringLiteral("Subscription IDs or URLs."),
                                     QStringLiteral("ID|URL..."));
    } else if (sub == QLatin1String("refresh")) {
        parser.setApplicationDescription(QStringLiteral(
            "Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all "
            "subscriptions (with --due, those whose interval has passed)."));
        parser.addOptions({json, due, timeout});
        parser.addPositionalArgument(QStringLiteral("FEED"), QStringLiteral("Subscription IDs or URLs."),
                                     QStringLiteral("[ID|URL...]"));
    } else if (sub == QLatin1String("opml-import")) {
        parser.setApplicationDescription(QStringLiteral("Subscribes to every feed an OPML file lists."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The OPML file."));
    } else if (sub == QLatin1String("opml-export")) {
        parser.setApplicationDescription(QStringLiteral("Writes the subscriptions as an OPML file."));
        parser.addOption(output);
    } else {
        ctx.error(QStringLiteral("feed"),
                  QStringLiteral("unknown subcommand \"%1\" (see lede-cli feed --help)").arg(sub));
        return UsageOrLibrary;
    }
    int exitCode = Ok;
    if (!ctx.parse(parser, command, args.mid(1), &exitCode))
        return exitCode;
    bool limitsOk = false;
    const FetchLimits limits =
        fetchLimitsFrom(ctx, command, sub == QLatin1String("refresh") ? parser.value(timeout) : QString(), &limitsOk);
    if (!limitsOk)
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(false);
    if (!library)
        return UsageOrLibrary;
    const QStringList positional = parser.positionalArguments();
    try {
        if (sub == QLatin1String("add"))
            return runAdd(ctx, *library, parser, interval, title);
        if (sub == QLatin1String("list"))
            return runListFeeds(ctx, *library, parser.isSet(json));
        if (sub == QLatin1String("remove"))
            return runRemove(ctx, *library, positional);
        if (sub == QLatin1String("refresh"))
            return runRefresh(ctx, *library, positional, parser.isSet(due), parser.isSet(json), limits);
        if (sub == QLatin1String("opml-import"))
            return runOpmlImport(ctx, *library, positional);
        return runOpmlExport(ctx, *library, parser.value(output));
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }
}

} // namespace lede::cli
