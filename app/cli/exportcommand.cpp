#include "clicontext.h"
#include "commands.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QFileInfo>

namespace lede::cli {

int runExport(CliContext &ctx, const QStringList &args)
{
    static const QStringList formats{QStringLiteral("md"),  QStringLiteral("html"), QStringLiteral("pdf"),
                                     QStringLiteral("odt"), QStringLiteral("csv"),  QStringLiteral("json"),
                                     QStringLiteral("webannotation"), QStringLiteral("claimreview")};
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Exports articles with their annotations."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("One of: %1.").arg(formats.join(QStringLiteral(", "))),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption article(QStringLiteral("article"), QStringLiteral("Export this article (repeatable; default: all)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("The organisation or person publishing."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Where the export will be published."), QStringLiteral("URL"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT"));
    for (const QCommandLineOption &o : {format, article, author, url, output})
        parser.addOption(o);
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("export"), args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(QStringLiteral("export"), QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return UsageOrLibrary;
    }
    const QString chosen = parser.value(format).toLower();
    if (!parser.isSet(format) || !formats.contains(chosen)) {
        ctx.error(QStringLiteral("export"), parser.isSet(format)
                      ? QStringLiteral("unknown format \"%1\"; choose one of: %2").arg(parser.value(format), formats.join(QStringLiteral(", ")))
                      : QStringLiteral("--format is required; choose one of: %1").arg(formats.join(QStringLiteral(", "))));
        return UsageOrLibrary;
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        ctx.error(QStringLiteral("export"), QStringLiteral("-o OUT is required"));
        return UsageOrLibrary;
    }
    const QFileInfo out(parser.value(output));
    if (!QFileInfo(out.absolutePath()).isDir()) {
        ctx.error(out.filePath(), QStringLiteral("the folder %1 does not exist").arg(out.absolutePath()));
        return UsageOrLibrary;
    }
    QList<qint64> ids;
    for (const QString &text : parser.values(article)) {
        qint64 id = 0;
        if (!ctx.parseNumber(QStringLiteral("export"), QStringLiteral("--article"), text, &id))
            return UsageOrLibrary;
        ids << id;
    }
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    try {
        for (qint64 id : std::as_const(ids)) {
            if (!library->articles().find(id)) {
                ctx.error(library->path(), QStringLiteral("no article %1").arg(id));
                return InputFailed;
            }
        }
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }
    ctx.error(out.filePath(), QStringLiteral("the %1 export is not available in this version of Lede yet").arg(chosen));
    return InputFailed;
}

} // namespace lede::cli
