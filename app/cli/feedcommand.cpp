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

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace lede::cli {
namespace {

const char kFeedUsage[] = QT_TRANSLATE_NOOP(
    "lede-cli",
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
    "SUBCOMMAND --help shows a subcommand's options.\n");

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

// A subscription named by its id or its URL; reports and returns nothing when there is none.
std::optional<Subscription> findSubscription(CliContext &ctx, const QString &command, SubscriptionRepository &repo,
                                             const QString &which)
{
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    // As "feed add" stored it.
    std::optional<Subscription> s = isId ? repo.find(id) : repo.findByUrl(QUrl::fromUserInput(which).toString());
    if (!s)
        ctx.error(
            command,
            QCoreApplication::translate("lede-cli", "no feed subscription %1 (see lede-cli feed list)").arg(which));
    return s;
}

int runAdd(CliContext &ctx, Library &library, QCommandLineParser &parser, const QCommandLineOption &interval,
           const QCommandLineOption &title)
{
    SubscriptionRepository repo(library.connection());
    const QString command = QStringLiteral("feed add");
    if (parser.positionalArguments().size() != 1) {
        ctx.error(command, QCoreApplication::translate("lede-cli", "give one feed URL (see lede-cli feed add --help)"));
        return UsageOrLibrary;
    }
    const QString text = parser.positionalArguments().first();
    const QUrl url = QUrl::fromUserInput(text);
    if (!isWebUrl(url) || !text.contains(QLatin1String("://"))) {
        ctx.error(text, QCoreApplication::translate("lede-cli", "not an http or https URL"));
        return UsageOrLibrary;
    }
    int minutes = SubscriptionRepository::kDefaultRefreshMinutes;
    if (parser.isSet(interval)) {
        qint64 value = 0;
        if (!ctx.parseNumber(command, QStringLiteral("--interval"), parser.value(interval), &value))
            return UsageOrLibrary;
        if (value < 1 || value > SubscriptionRepository::kMaxRefreshMinutes) {
            ctx.error(command,
                      QCoreApplication::translate("lede-cli", "--interval must be 1 to %1 minutes, not %2")
                          .arg(SubscriptionRepository::kMaxRefreshMinutes)
                          .arg(value));
            return UsageOrLibrary;
        }
        minutes = int(value);
    }
    try {
        const Subscription s = repo.add(url.toString(), parser.value(title), minutes);
        ctx.out() << QCoreApplication::translate("lede-cli", "subscribed %1: %2 (every %3 min)")
                         .arg(QString::number(s.id), s.url, QString::number(s.refreshMinutes))
                  << '\n';
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
        ctx.out() << s.id << '\t' << (s.title.isEmpty() ? s.url : s.title) << '\t' << s.url << '\t'
                  << QCoreApplication::translate("lede-cli", "%n unread", nullptr, s.unread) << '\t'
                  << QCoreApplication::translate("lede-cli", "every %1 min").arg(s.refreshMinutes) << '\t'
                  << (s.lastChecked.isValid()
                          ? QCoreApplication::translate("lede-cli", "checked %1").arg(lastCheckedText(s))
                          : QCoreApplication::translate("lede-cli", "never checked"));
        if (!s.lastError.isEmpty())
            ctx.out() << '\t' << QCoreApplication::translate("lede-cli", "error: %1").arg(s.lastError);
        ctx.out() << '\n';
    }
    if (all.isEmpty())
        ctx.out() << QCoreApplication::translate("lede-cli",
                                                 "no feed subscriptions (add one with lede-cli feed add URL)")
                  << '\n';
    return Ok;
}

int runRemove(CliContext &ctx, Library &library, const QStringList &which)
{
    SubscriptionRepository repo(library.connection());
    const QString command = QStringLiteral("feed remove");
    if (which.isEmpty()) {
        ctx.error(
            command,
            QCoreApplication::translate("lede-cli", "give the ID or URL of a subscription (see lede-cli feed list)"));
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
        ctx.out() << QCoreApplication::translate("lede-cli", "unsubscribed %1: %2").arg(QString::number(s->id), s->url)
                  << '\n';
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
        OutcomeTally tally;
        for (const ImportOutcome &o : r.outcomes) {
            tally.add(ctx, o);
            if (o.status == ImportOutcome::Status::Imported && !asJson)
                ctx.out() << QCoreApplication::translate("lede-cli", "imported %1: %2 (%3)")
                                 .arg(QString::number(o.articleId), o.origin, o.title)
                          << '\n';
        }
        if (!r.error.isEmpty() || tally.failed > 0)
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
                           {QStringLiteral("imported"), tally.importedJson},
                           {QStringLiteral("skipped"), tally.skippedJson},
                           {QStringLiteral("failed"), tally.failedJson}};
            if (!r.error.isEmpty())
                j.insert(QStringLiteral("error"), r.error);
            report.append(j);
        } else if (r.error.isEmpty()) {
            const QString id = QString::number(s.id);
            if (r.notModified) {
                ctx.out() << QCoreApplication::translate("lede-cli", "feed %1 %2: not modified").arg(id, s.url) << '\n';
            } else {
                // The counts as import prints them.
                const QString newItems = QCoreApplication::translate("lede-cli", "%n new", nullptr, r.newItems);
                const QString counts = tally.counts();
                ctx.out() << (r.deferred
                                  ? QCoreApplication::translate("lede-cli", "feed %1 %2: %3: %4, %5")
                                        .arg(id, s.url, newItems, counts,
                                             QCoreApplication::translate("lede-cli", "%n left for the next refresh",
                                                                         nullptr, r.deferred))
                                  : QCoreApplication::translate("lede-cli", "feed %1 %2: %3: %4")
                                        .arg(id, s.url, newItems, counts))
                          << '\n';
            }
        }
    }
    if (asJson)
        ctx.printJson(QJsonObject {{QStringLiteral("feeds"), report}});
    else if (targets.isEmpty() && which.isEmpty())
        ctx.out() << (dueOnly ? QCoreApplication::translate("lede-cli", "no feed is due")
                              : QCoreApplication::translate("lede-cli", "no feed subscriptions"))
                  << '\n';
    return status;
}

int runOpmlImport(CliContext &ctx, Library &library, const QStringList &files)
{
    SubscriptionRepository repo(library.connection());
    if (files.size() != 1) {
        ctx.error(QStringLiteral("feed opml-import"), QCoreApplication::translate("lede-cli", "give one OPML file"));
        return UsageOrLibrary;
    }
    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(path, QCoreApplication::translate("lede-cli", "cannot be read (%1)").arg(file.errorString()));
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
                ctx.out() << QCoreApplication::translate("lede-cli", "already subscribed: %1").arg(f.url) << '\n';
                continue;
            }
            const Subscription s = repo.add(f.url, f.title, SubscriptionRepository::kDefaultRefreshMinutes, f.siteUrl);
            ctx.out() << QCoreApplication::translate("lede-cli", "subscribed %1: %2").arg(QString::number(s.id), s.url)
                      << '\n';
            ++added;
        }
        tx.commit();
    }
    ctx.out() << QCoreApplication::translate("lede-cli", "%1, %2")
                     .arg(QCoreApplication::translate("lede-cli", "%n added", nullptr, added),
                          QCoreApplication::translate("lede-cli", "%n already subscribed", nullptr, known))
              << '\n';
    return Ok;
}

int runOpmlExport(CliContext &ctx, Library &library, const QString &out)
{
    SubscriptionRepository repo(library.connection());
    if (out.isEmpty()) {
        ctx.error(QStringLiteral("feed opml-export"),
                  QCoreApplication::translate("lede-cli", "give the output file with -o FILE"));
        return UsageOrLibrary;
    }
    QList<OpmlFeed> feeds;
    for (const Subscription &s : repo.all())
        feeds.append({s.url, s.title, s.siteUrl});
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(Opml::write(feeds, QStringLiteral("Lede subscriptions"))) < 0
        || !file.commit()) {
        ctx.error(out, QCoreApplication::translate("lede-cli", "cannot be written (%1)").arg(file.errorString()));
        return InputFailed;
    }
    ctx.out() << QCoreApplication::translate("lede-cli", "%n subscription(s) written to %1", nullptr, int(feeds.size()))
                     .arg(out)
              << '\n';
    return Ok;
}

} // namespace

int runFeed(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        if (args.isEmpty()) {
            ctx.error(QStringLiteral("feed"),
                      QCoreApplication::translate("lede-cli", "no subcommand given (see lede-cli feed --help)"));
            return UsageOrLibrary;
        }
        ctx.out() << QCoreApplication::translate("lede-cli", kFeedUsage);
        ctx.out().flush();
        return Ok;
    }
    const QString sub = args.first();
    const QString command = QStringLiteral("feed ") + sub;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("lede-cli", "Print JSON."));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("lede-cli", "Refresh interval in minutes (default 60)."), QStringLiteral("MIN"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("lede-cli", "The name to show for the feed."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption due(
        QStringLiteral("due"),
        QCoreApplication::translate("lede-cli", "Only the feeds whose refresh interval has passed."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("lede-cli", "Give up on a server silent for this long (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("lede-cli", "The OPML file to write."),
                                    QStringLiteral("FILE"));
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(QCoreApplication::translate("lede-cli", "Subscribes the library to a feed."));
        parser.addOptions({interval, title});
        parser.addPositionalArgument(QStringLiteral("URL"),
                                     QCoreApplication::translate("lede-cli", "The feed's http(s) URL."));
    } else if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "lede-cli",
            "Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error."));
        parser.addOption(json);
    } else if (sub == QLatin1String("remove")) {
        parser.setApplicationDescription(
            QCoreApplication::translate("lede-cli", "Unsubscribes; the articles the feed brought stay."));
        parser.addPositionalArgument(QStringLiteral("FEED"),
                                     QCoreApplication::translate("lede-cli", "Subscription IDs or URLs."),
                                     QStringLiteral("ID|URL..."));
    } else if (sub == QLatin1String("refresh")) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "lede-cli",
            "Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all "
            "subscriptions (with --due, those whose interval has passed)."));
        parser.addOptions({json, due, timeout});
        parser.addPositionalArgument(QStringLiteral("FEED"),
                                     QCoreApplication::translate("lede-cli", "Subscription IDs or URLs."),
                                     QStringLiteral("[ID|URL...]"));
    } else if (sub == QLatin1String("opml-import")) {
        parser.setApplicationDescription(
            QCoreApplication::translate("lede-cli", "Subscribes to every feed an OPML file lists."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("lede-cli", "The OPML file."));
    } else if (sub == QLatin1String("opml-export")) {
        parser.setApplicationDescription(
            QCoreApplication::translate("lede-cli", "Writes the subscriptions as an OPML file."));
        parser.addOption(output);
    } else {
        ctx.error(
            QStringLiteral("feed"),
            QCoreApplication::translate("lede-cli", "unknown subcommand \"%1\" (see lede-cli feed --help)").arg(sub));
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
