#include "clicontext.h"
#include "commands.h"

#include "export/exportformats.h"

#include "export/exportselection.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include <QCoreApplication>

#include <QFileInfo>
#include <QGuiApplication>

namespace lede::cli {
bool exportNeedsGui(int argc, char **argv)
{
    bool exporting = false;
    QString format;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!exporting) {
            if (arg == QLatin1String("--library"))
                ++i; // its PATH may be any word, "export" too
            else if (arg == QLatin1String("export"))
                exporting = true;
            continue;
        }
        if (arg == QLatin1String("--format") && i + 1 < argc)
            format = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QLatin1String("--format=")))
            format = arg.mid(9);
    }
    return exporting && ExportFormats::needsGui(format);
}

int runExport(CliContext &ctx, const QStringList &args)
{
    static const QStringList formats = ExportFormats::names();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("lede-cli", "Exports articles with their annotations."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("lede-cli", "One of: %1.").arg(formats.join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption article(
        QStringLiteral("article"),
        QCoreApplication::translate("lede-cli", "Export this article (repeatable; default: all)."),
        QStringLiteral("ID"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    QCoreApplication::translate("lede-cli", "The organisation or person publishing."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QCoreApplication::translate("lede-cli", "Where the export will be published."),
                                 QStringLiteral("URL"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("lede-cli", "The file to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        QCoreApplication::translate("lede-cli", "CSV: start with a UTF-8 byte order mark, for spreadsheets."));
    for (const QCommandLineOption &o : {format, article, author, url, output, bom})
        parser.addOption(o);
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("export"), args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(QStringLiteral("export"),
                  QCoreApplication::translate("lede-cli", "unexpected argument \"%1\"")
                      .arg(parser.positionalArguments().first()));
        return UsageOrLibrary;
    }
    const QString chosen = parser.value(format).toLower();
    if (!parser.isSet(format) || !formats.contains(chosen)) {
        ctx.error(QStringLiteral("export"),
                  parser.isSet(format)
                      ? QCoreApplication::translate("lede-cli", "unknown format \"%1\"; choose one of: %2")
                            .arg(parser.value(format), formats.join(QStringLiteral(", ")))
                      : QCoreApplication::translate("lede-cli", "--format is required; choose one of: %1")
                            .arg(formats.join(QStringLiteral(", "))));
        return UsageOrLibrary;
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        ctx.error(QStringLiteral("export"), QCoreApplication::translate("lede-cli", "-o OUT is required"));
        return UsageOrLibrary;
    }
    const QFileInfo out(parser.value(output));
    if (!QFileInfo(out.absolutePath()).isDir()) {
        ctx.error(out.filePath(),
                  QCoreApplication::translate("lede-cli", "the folder %1 does not exist").arg(out.absolutePath()));
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
    ExportOptions options;
    options.author = parser.value(author).trimmed();
    options.url = parser.value(url).trimmed();
    options.byteOrderMark = parser.isSet(bom);
    const std::unique_ptr<ExportWriter> writer = ExportFormats::makeWriter(chosen, options);
    if (ExportFormats::needsGui(chosen) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        ctx.error(out.filePath(),
                  QCoreApplication::translate("lede-cli", "the %1 export needs Qt's GUI module, which could not start")
                      .arg(chosen));
        return InputFailed;
    }
    ExportSelection selection;
    try {
        for (qint64 id : std::as_const(ids)) {
            if (!library->articles().find(id)) {
                ctx.error(library->path(), QCoreApplication::translate("lede-cli", "no article %1").arg(id));
                return InputFailed;
            }
        }
        selection = ExportSelection::load(*library, ids);
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }
    QString error;
    if (!writer->writeFile(selection, out.filePath(), &error)) {
        ctx.error(out.filePath(), error);
        return InputFailed;
    }
    ctx.out() << QCoreApplication::translate("lede-cli", "exported %n article(s) as %1 to %2", nullptr,
                                             int(selection.articles.size()))
                     .arg(chosen, out.filePath())
              << '\n';
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
