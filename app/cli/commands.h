#pragma once

#include "network/fetchlimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace lede {
struct ImportOutcome;
}

namespace lede::cli {

class CliContext;

// One function per command; each returns the process exit status.
int runAnalyze(CliContext &ctx, const QStringList &args);
int runImport(CliContext &ctx, const QStringList &args);
int runList(CliContext &ctx, const QStringList &args);
int runShow(CliContext &ctx, const QStringList &args);
int runSearch(CliContext &ctx, const QStringList &args);
int runNote(CliContext &ctx, const QStringList &args);
int runClaim(CliContext &ctx, const QStringList &args);
int runExport(CliContext &ctx, const QStringList &args);
int runFeed(CliContext &ctx, const QStringList &args);
int runBackup(CliContext &ctx, const QStringList &args);

// The fetch limits a --timeout SECONDS value asks for; on a bad value reports it and sets *ok false.
FetchLimits fetchLimitsFrom(CliContext &ctx, const QString &command, const QString &timeout, bool *ok);

// One imported, skipped or failed article as `import --json` and `feed refresh --json` print it.
QJsonObject outcomeJson(const ImportOutcome &o);

// What `import` and `feed refresh` count and list: each outcome in its JSON array, failures
// reported as one-line errors as they come.
struct OutcomeTally
{
    int imported = 0;
    int skipped = 0;
    int failed = 0;
    // Only for --json: an import of thousands of files otherwise builds a report nobody prints.
    bool keepJson = true;
    QJsonArray importedJson;
    QJsonArray skippedJson;
    QJsonArray failedJson;

    void add(CliContext &ctx, const ImportOutcome &o);
    // "2 imported, 1 skipped, 0 failed", each count agreeing with its own word.
    QString counts() const;
};

// True when the command line asks for an export that lays out pages (PDF, ODT): main() then
// creates a QGuiApplication, on the offscreen platform when there is no display.
bool exportNeedsGui(int argc, char **argv);

} // namespace lede::cli
