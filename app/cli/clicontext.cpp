#include "clicontext.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cstdio>

namespace lede::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliContext::error(const QString &subject, const QString &reason)
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!subject.isEmpty())
        line = subject + QStringLiteral(": ") + line;
    m_err << "lede-cli: " << line << Qt::endl;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void CliContext::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
}

QString CliContext::defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/library.lede");
}

std::unique_ptr<Library> CliContext::openLibrary(bool mustExist)
{
    const QString path = m_libraryPath.isEmpty() ? defaultLibraryPath() : m_libraryPath;
    try {
        return std::make_unique<Library>(
            path, mustExist ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing);
    } catch (const StorageError &e) {
        error(path, e.message());
        return nullptr;
    }
}

bool CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("lede-cli", "Show this help."));
    parser.addOption(help);
    // Accepted after the command too, so that "lede-cli import --library x.lede a.txt" works.
    const QCommandLineOption library(QStringLiteral("library"),
                                     QCoreApplication::translate("lede-cli", "The library file."),
                                     QStringLiteral("PATH"));
    parser.addOption(library);
    if (!parser.parse(QStringList {QStringLiteral("lede-cli")} + arguments)) {
        error(command,
              parser.errorText() + QCoreApplication::translate("lede-cli", " (see lede-cli %1 --help)").arg(command));
        *exitCode = UsageOrLibrary;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its full path; the user typed "lede-cli COMMAND".
        QString text = parser.helpText();
        // Qt's "Usage: %1" may be translated, so find the program by name rather than by position.
        const qsizetype program = text.indexOf(QLatin1String("lede-cli"));
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        if (program >= 0 && program < lineEnd)
            text.replace(0, program + 8,
                         QCoreApplication::translate("lede-cli", "Usage: lede-cli [--library PATH] %1").arg(command));
        m_out << text;
        m_out.flush();
        *exitCode = Ok;
        return false;
    }
    if (parser.isSet(library))
        m_libraryPath = parser.value(library);
    return true;
}

bool CliContext::parseNumber(const QString &command, const QString &what, const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok || *value < 0) {
        error(command,
              QCoreApplication::translate("lede-cli", "%1 must be a whole number, not \"%2\"").arg(what, text));
        return false;
    }
    return true;
}

} // namespace lede::cli
