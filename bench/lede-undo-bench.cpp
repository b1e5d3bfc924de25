// lede-undo-bench: times Edit ▸ Undo and Redo of Article ▸ Analyse Again… on the largest run the
// desktop application keeps undoable (ReanalysisWorker::kUndoableArticles, 500 articles). Undo and
// redo run on the GUI thread, so this says how long the window is busy.
//
//   lede-undo-bench LIBRARY [--import DIR] [--articles N]
//
// --import DIR imports a folder first (analysed, as `lede-cli import` does). Then the first N
// articles (500) are analysed again, keeping what they had before as the worker does; their old
// suggestions are put back in one transaction (undo), then the new ones (redo), three times. The
// library is changed: run it on a scratch copy.
#include "import/importer.h"
#include "import/reanalysis.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace lede;

namespace {

// What LibraryCommand does for one undo or redo step: every article's suggestions in one transaction.
double putBackAll(Library &library, const QList<ArticleSuggestions> &articles)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(library.connection());
    for (const ArticleSuggestions &article : articles)
        Reanalysis::putBack(library, article);
    tx.commit();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times undoing and redoing Analyse Again."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("a scratch library (changed)"));
    parser.addOption({QStringLiteral("import"), QStringLiteral("import this folder first"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("articles"), QStringLiteral("how many articles (500)"), QStringLiteral("n")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        parser.showHelp(2);
    const int wanted =
        parser.isSet(QStringLiteral("articles")) ? parser.value(QStringLiteral("articles")).toInt() : 500;
    QTextStream out(stdout);
    try {
        Library library(args.first());
        if (parser.isSet(QStringLiteral("import")))
            Importer(library).importPaths({parser.value(QStringLiteral("import"))});
        QList<qint64> ids;
        for (const ArticleSummary &a : library.articles().list(0, wanted))
            ids << a.id;
        QList<ArticleSuggestions> before;
        for (qint64 id : ids)
            before << Reanalysis::suggestionsOf(library, id);
        QElapsedTimer timer;
        timer.start();
        Reanalysis(library).run(ids);
        out << "analyse again: " << ids.size() << " articles in " << timer.elapsed() << " ms\n";
        QList<ArticleSuggestions> after;
        for (qint64 id : ids)
            after << Reanalysis::suggestionsOf(library, id);
        for (int run = 1; run <= 3; ++run) {
            const double undo = putBackAll(library, before);
            const double redo = putBackAll(library, after);
            out << QStringLiteral("run %1: undo %2 ms, redo %3 ms\n")
                       .arg(run)
                       .arg(undo, 0, 'f', 1)
                       .arg(redo, 0, 'f', 1);
            out.flush();
        }
    } catch (const StorageError &e) {
        out << "lede-undo-bench: " << args.first() << ": " << e.message() << '\n';
        return 2;
    }
    return 0;
}
