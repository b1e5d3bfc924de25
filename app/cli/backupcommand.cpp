// `backup`: a copy of the library taken while it may be open elsewhere (the GUI's File ▸ Back Up
// Library), for scripts and cron jobs.
#include "clicontext.h"
#include "commands.h"

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace lede::cli {

int runBackup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Writes a copy of the library to DEST, consistent even while Lede has the library open. DEST is replaced "
        "only once the copy is complete; a failed backup leaves no file. Restore by opening the copy."));
    parser.addPositionalArgument(QStringLiteral("DEST"),
                                 QCoreApplication::translate("lede-cli", "The file to write the copy to."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("backup"), args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        ctx.error(QStringLiteral("backup"),
                  QCoreApplication::translate("lede-cli", "expected DEST (see lede-cli backup --help)"));
        return UsageOrLibrary;
    }
    // Opened first, so that a missing or foreign library is reported as such, with exit status 2.
    if (!ctx.openLibrary(true))
        return UsageOrLibrary;
    const QString destination = positional.first();
    try {
        LibraryBackup::write(ctx.libraryPath(), destination);
    } catch (const StorageError &e) {
        ctx.error({}, e.message()); // the message names the destination
        return UsageOrLibrary; // as export does for an output it cannot write
    }
    ctx.out() << QCoreApplication::translate("lede-cli", "backed up %1 to %2 (%3)")
                     .arg(ctx.libraryPath(), destination, QLocale().formattedDataSize(QFileInfo(destination).size()))
              << '\n';
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
