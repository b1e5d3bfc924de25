// lede-bench: imports a folder of articles into a fresh library and runs searches against it,
// printing articles per second, search latency (median, p95) and peak memory.
//
//   lede-bench DIR [--library PATH] [--queries N]
#include "import/importer.h"
#include "import/reanalysis.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace lede;

namespace {

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

// User plus system CPU seconds of the whole process so far, every thread included.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// Search terms drawn from the imported text itself, so that every query has hits: the most
// frequent longer words, plus phrase, prefix and boolean forms of them.
QStringList queriesFrom(Library &library, int count)
{
    QHash<QString, int> frequency;
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{6,}\\b"));
    for (const ArticleSummary &a : library.articles().list(0, 200)) {
        const QString body = library.articles().find(a.id)->body.toLower();
        for (auto it = word.globalMatch(body); it.hasNext();)
            ++frequency[it.next().captured(0)];
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    QStringList terms;
    for (int i = 0; i < ranked.size() && terms.size() < count; ++i)
        terms << ranked.at(i).second;
    QStringList queries;
    for (int i = 0; i < terms.size(); ++i) {
        switch (i % 4) {
        case 0:
            queries << terms.at(i);
            break;
        case 1:
            queries << terms.at(i).left(4) + QLatin1Char('*');
            break;
        case 2:
            queries << terms.at(i) + QStringLiteral(" AND ") + terms.at((i + 1) % terms.size());
            break;
        default:
            queries << QStringLiteral("\"%1 %2\"").arg(terms.at(i - 1), terms.at(i));
            break;
        }
    }
    return queries;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports a folder into a new library, times searches and analysing it again."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QStringLiteral("Library file to create (default: a temporary one)."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("How many distinct queries (default 40)."),
                                           QStringLiteral("N"), QStringLiteral("40"));
    parser.addOption(libraryOption);
    parser.addOption(queriesOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder of articles."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QTemporaryDir scratch;
    const QString path =
        parser.isSet(libraryOption) ? parser.value(libraryOption) : scratch.filePath(QStringLiteral("bench.lede"));
    QFile::remove(path);
    try {
        Library library(path);
        Importer importer(library);
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds();
        timer.start();
        const QList<ImportOutcome> outcomes = importer.importPaths(parser.positionalArguments());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        int imported = 0;
        for (const ImportOutcome &o : outcomes)
            imported += o.status == ImportOutcome::Status::Imported;
        out << QStringLiteral("import: %1 articles in %2 s = %3 articles/s (%4 outcomes), %5 s CPU\n")
                   .arg(imported)
                   .arg(seconds, 0, 'f', 2)
                   .arg(imported / seconds, 0, 'f', 0)
                   .arg(outcomes.size())
                   .arg(cpu, 0, 'f', 2);

        const QStringList queries = queriesFrom(library, parser.value(queriesOption).toInt());
        QList<double> latencies;
        qsizetype hits = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &q : queries) {
                timer.restart();
                hits += library.search().search(q, 50).size();
                latencies << double(timer.nsecsElapsed()) / 1e6;
            }
        }
        out << QStringLiteral("search: %1 queries, median %2 ms, p95 %3 ms, %4 hits in all\n")
                   .arg(latencies.size())
                   .arg(percentile(latencies, 0.5), 0, 'f', 2)
                   .arg(percentile(latencies, 0.95), 0, 'f', 2)
                   .arg(hits);

        // Article ▸ Analyse Again… on the whole library: every article's suggestions replaced.
        QList<qint64> ids;
        for (const ImportOutcome &o : outcomes)
            if (o.status == ImportOutcome::Status::Imported)
                ids << o.articleId;
        timer.restart();
        const Reanalysis::Outcome again = Reanalysis(library).run(ids);
        const double againSeconds = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("analyse again: %1 articles in %2 s = %3 articles/s, %4 quotes and %5 mentions\n")
                   .arg(again.articles)
                   .arg(againSeconds, 0, 'f', 2)
                   .arg(again.articles / againSeconds, 0, 'f', 0)
                   .arg(again.quotes)
                   .arg(again.mentions);
    } catch (const StorageError &e) {
        out << "lede-bench: " << path << ": " << e.message() << '\n';
        return 2;
    }
    out << QStringLiteral("peak memory: %1 MB\n").arg(peakRssMb(), 0, 'f', 1);
    return 0;
}
