#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lede::cli {

int runList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli", "Lists the library's articles (not those in the trash), oldest import first."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("lede-cli", "Print a JSON array."));
    parser.addOption(json);
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("list"), args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(QStringLiteral("list"),
                  QCoreApplication::translate("lede-cli", "unexpected argument \"%1\"")
                      .arg(parser.positionalArguments().first()));
        return UsageOrLibrary;
    }
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    try {
        QJsonArray rows;
        // Keyset paging keeps memory flat on large libraries.
        qint64 after = 0;
        for (;;) {
            const QList<ArticleSummary> page = library->articles().list(after, 1000);
            if (page.isEmpty())
                break;
            for (const ArticleSummary &a : page) {
                if (parser.isSet(json)) {
                    rows.append(QJsonObject {
                        {QStringLiteral("id"), a.id},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("byline"), a.byline.isEmpty() ? QJsonValue() : QJsonValue(a.byline)},
                        {QStringLiteral("site"), a.site.isEmpty() ? QJsonValue() : QJsonValue(a.site)},
                        {QStringLiteral("published"), a.published.isEmpty() ? QJsonValue() : QJsonValue(a.published)},
                        {QStringLiteral("url"), a.url.isEmpty() ? QJsonValue() : QJsonValue(a.url)}});
                } else {
                    ctx.out() << a.id << '\t' << (a.published.isEmpty() ? QStringLiteral("-") : a.published.left(10))
                              << '\t' << a.title;
                    if (!a.byline.isEmpty())
                        ctx.out() << " — " << a.byline;
                    ctx.out() << '\n';
                }
            }
            after = page.last().id;
        }
        if (parser.isSet(json))
            ctx.printJson(rows);
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
