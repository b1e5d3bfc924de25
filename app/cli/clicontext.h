#pragma once

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <memory>

namespace lede {

class Library;

namespace cli {

// DESIGN.md's exit statuses.
enum ExitCode { Ok = 0, InputFailed = 1, UsageOrLibrary = 2 };

// What every command gets: the output streams and the library path from the global options.
class CliContext
{
public:
    CliContext();

    QTextStream &out() { return m_out; }
    // One compact JSON document and a newline on stdout.
    void printJson(const QJsonObject &object);
    void printJson(const QJsonArray &array);
    // One line on stderr: "lede-cli: SUBJECT: reason", or "lede-cli: reason" without a subject.
    void error(const QString &subject, const QString &reason);

    QString libraryPath() const { return m_libraryPath; }
    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    static QString defaultLibraryPath();

    // Opens the library, or reports why not and returns nullptr (the caller exits with 2).
    std::unique_ptr<Library> openLibrary(bool mustExist);

    // Parses a command's arguments. Returns false when the command should stop at once: after a
    // usage error (reported, *exitCode = 2) or after printing --help (*exitCode = 0).
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);
    // Parses an ID or offset argument; on failure reports it and returns false.
    bool parseNumber(const QString &command, const QString &what, const QString &text, qint64 *value);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_libraryPath;
};

} // namespace cli
} // namespace lede
