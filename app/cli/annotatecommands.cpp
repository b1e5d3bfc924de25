// `note` and `claim`: the two commands that write annotations on a span of an article.
#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "storage/library.h"
#include "storage/storageerror.h"

namespace lede::cli {
namespace {

struct SpanArguments
{
    qint64 articleId = 0;
    TextSpan span;
};

// Reads "ID START END" from the front of the positional arguments.
bool readSpan(CliContext &ctx, const QString &command, const QStringList &positional, SpanArguments *out)
{
    qint64 start = 0, end = 0;
    if (!ctx.parseNumber(command, QStringLiteral("ID"), positional.at(0), &out->articleId)
        || !ctx.parseNumber(command, QStringLiteral("START"), positional.at(1), &start)
        || !ctx.parseNumber(command, QStringLiteral("END"), positional.at(2), &end))
        return false;
    if (end <= start) {
        ctx.error(
            command,
            QCoreApplication::translate("lede-cli", "END (%1) must be greater than START (%2)").arg(end).arg(start));
        return false;
    }
    out->span = {int(start), int(end)};
    return true;
}

int reportFailure(CliContext &ctx, Library &library, const StorageError &e)
{
    ctx.error(library.path(), e.message());
    switch (e.kind()) {
    case StorageError::Kind::NotFound:
    case StorageError::Kind::InvalidInput:
        return InputFailed;
    default:
        return UsageOrLibrary;
    }
}

} // namespace

int runNote(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Adds a note on the span START..END (code points, end exclusive, as show --json prints them) of article ID."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("lede-cli", "The article's id."));
    parser.addPositionalArgument(QStringLiteral("START"),
                                 QCoreApplication::translate("lede-cli", "Where the passage begins."));
    parser.addPositionalArgument(QStringLiteral("END"),
                                 QCoreApplication::translate("lede-cli", "Where it ends (exclusive)."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("lede-cli", "The note."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("note"), args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 4) {
        ctx.error(QStringLiteral("note"),
                  QCoreApplication::translate("lede-cli", "expected ID START END TEXT (see lede-cli note --help)"));
        return UsageOrLibrary;
    }
    SpanArguments where;
    if (!readSpan(ctx, QStringLiteral("note"), positional, &where))
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    try {
        const Note note = library->addNote(where.articleId, where.span, positional.at(3));
        ctx.out() << QCoreApplication::translate("lede-cli", "note %1 added to article %2 [%3-%4]")
                         .arg(note.id)
                         .arg(note.articleId)
                         .arg(note.span.start)
                         .arg(note.span.end)
                  << '\n';
    } catch (const StorageError &e) {
        return reportFailure(ctx, *library, e);
    }
    ctx.out().flush();
    return Ok;
}

int runClaim(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Records a claim on the span START..END of article ID, with a verdict from the library's verdict scale "
        "(True, Mostly true, Half true, Mostly false, False, Pants on fire unless changed)."));
    const QCommandLineOption verdict(QStringLiteral("verdict"),
                                     QCoreApplication::translate("lede-cli", "The verdict's label (any case)."),
                                     QStringLiteral("LABEL"));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        QCoreApplication::translate("lede-cli", "The claim in a sentence (default: the passage)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption explanation(QStringLiteral("explanation"),
                                         QCoreApplication::translate("lede-cli", "Why the verdict."),
                                         QStringLiteral("TEXT"));
    parser.addOption(verdict);
    parser.addOption(summary);
    parser.addOption(explanation);
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("lede-cli", "The article's id."));
    parser.addPositionalArgument(QStringLiteral("START"),
                                 QCoreApplication::translate("lede-cli", "Where the claim begins."));
    parser.addPositionalArgument(QStringLiteral("END"),
                                 QCoreApplication::translate("lede-cli", "Where it ends (exclusive)."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("claim"), args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        ctx.error(QStringLiteral("claim"),
                  QCoreApplication::translate("lede-cli",
                                              "expected ID START END --verdict LABEL (see lede-cli claim --help)"));
        return UsageOrLibrary;
    }
    if (!parser.isSet(verdict) || parser.value(verdict).trimmed().isEmpty()) {
        ctx.error(QStringLiteral("claim"), QCoreApplication::translate("lede-cli", "--verdict LABEL is required"));
        return UsageOrLibrary;
    }
    SpanArguments where;
    if (!readSpan(ctx, QStringLiteral("claim"), positional, &where))
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    try {
        const Claim claim = library->addClaim(where.articleId, where.span, parser.value(verdict), parser.value(summary),
                                              parser.value(explanation));
        ctx.out() << QCoreApplication::translate("lede-cli", "claim %1 added to article %2 [%3-%4]: %5")
                         .arg(claim.id)
                         .arg(claim.articleId)
                         .arg(claim.span.start)
                         .arg(claim.span.end)
                         .arg(claim.verdictLabel)
                  << '\n';
    } catch (const StorageError &e) {
        return reportFailure(ctx, *library, e);
    }
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
