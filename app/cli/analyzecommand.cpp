#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "analysis/analyzer.h"
#include "export/articlejson.h"
#include "import/sourcereader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lede::cli {
namespace {

// The first article of a file, or the reason there is none.
std::optional<Article> readArticle(const QString &path, bool raw, QString *error)
{
    if (!raw) {
        const SourceDocument doc = SourceReader::readFile(path);
        if (!doc.articles.isEmpty())
            return doc.articles.first().article;
        *error = doc.errors.isEmpty() ? QCoreApplication::translate("lede-cli", "no article found")
                                      : doc.errors.first().reason;
        return std::nullopt;
    }
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = QFileInfo::exists(path) ? QCoreApplication::translate("lede-cli", "not a regular file")
                                         : QCoreApplication::translate("lede-cli", "no such file");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("lede-cli", "cannot be read (%1)").arg(file.errorString());
        return std::nullopt;
    }
    return SourceReader::readRaw(file.readAll(), error);
}

} // namespace

int runAnalyze(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Reads articles (plain text or HTML) and prints their metadata, body, quotes and entities as JSON; "
        "one object per line, each with \"file\", when given several files. No library is needed."));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate("lede-cli",
                                    "Take the file as the body exactly as it is (offsets match the file)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("lede-cli", "Print JSON (the only output form)."));
    const QCommandLineOption indirect(
        QStringLiteral("indirect"),
        QCoreApplication::translate("lede-cli",
                                    "Also report indirect speech (\"Negrete said the city would not help\"): quotes of "
                                    "kind \"indirect\" whose span is the reported clause. Without it only quoted words "
                                    "are reported."));
    const QCommandLineOption apostrophes(
        QStringLiteral("apostrophe-quotes"),
        QCoreApplication::translate("lede-cli",
                                    "Read two apostrophes ('') as a quotation mark, as news archives write it "
                                    "(''We will vote,'' she said)."));
    parser.addOption(raw);
    parser.addOption(json);
    parser.addOption(indirect);
    parser.addOption(apostrophes);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("lede-cli", "Article files."),
                                 QStringLiteral("FILE..."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("analyze"), args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        ctx.error(QStringLiteral("analyze"),
                  QCoreApplication::translate("lede-cli", "no file given (see lede-cli analyze --help)"));
        return UsageOrLibrary;
    }
    const bool several = files.size() > 1;
    Analyzer analyzer;
    analyzer.setIncludeIndirect(parser.isSet(indirect));
    analyzer.setApostropheQuotes(parser.isSet(apostrophes));
    int status = Ok;
    for (const QString &path : files) {
        QString error;
        const std::optional<Article> article = readArticle(path, parser.isSet(raw), &error);
        QJsonObject object;
        if (!article) {
            ctx.error(path, error);
            status = InputFailed;
            if (!several)
                continue;
            object = QJsonObject {{QStringLiteral("file"), path}, {QStringLiteral("error"), error}};
        } else {
            object = ArticleJson::fromAnalysis(*article, analyzer.analyze(article->body));
            if (several)
                object.insert(QStringLiteral("file"), path);
        }
        ctx.printJson(object);
    }
    ctx.out().flush();
    return status;
}

} // namespace lede::cli
