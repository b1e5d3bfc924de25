#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lede::cli {

int runSearch(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Searches titles, bylines and text, best match first. Plain words match words in any form (sanctuary finds "
        "sanctuaries); FTS5 syntax also works: \"exact phrase\", AND, OR, NOT, NEAR(a b), prefix*, title:word."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("lede-cli", "Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("lede-cli", "At most N results (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("lede-cli", "What to look for."),
                                 QStringLiteral("QUERY..."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("search"), args, &exitCode))
        return exitCode;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        ctx.error(QStringLiteral("search"), QCoreApplication::translate("lede-cli", "no query given"));
        return UsageOrLibrary;
    }
    qint64 max = 0;
    if (!ctx.parseNumber(QStringLiteral("search"), QStringLiteral("--limit"), parser.value(limit), &max))
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    QList<SearchHit> hits;
    try {
        hits = parser.isSet(json)
            ? library->search().search(query, int(max), QStringLiteral("<b>"), QStringLiteral("</b>"))
            : library->search().search(query, int(max));
    } catch (const StorageError &e) {
        ctx.error(QStringLiteral("search"), e.message());
        return UsageOrLibrary;
    }
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const SearchHit &h : hits) {
            rows.append(QJsonObject {
                {QStringLiteral("id"), h.id},
                {QStringLiteral("title"), h.title},
                {QStringLiteral("byline"), h.byline.isEmpty() ? QJsonValue() : QJsonValue(h.byline)},
                {QStringLiteral("site"), h.site.isEmpty() ? QJsonValue() : QJsonValue(h.site)},
                {QStringLiteral("published"), h.published.isEmpty() ? QJsonValue() : QJsonValue(h.published)},
                {QStringLiteral("snippet"), h.snippet},
                {QStringLiteral("score"), -h.rank}});
        }
        ctx.printJson(rows);
    } else {
        for (const SearchHit &h : hits)
            ctx.out() << h.id << '\t' << h.title << "\n\t" << h.snippet << '\n';
        ctx.out() << QCoreApplication::translate("lede-cli", "%n article(s) found", nullptr, int(hits.size())) << '\n';
    }
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
