// Builds a large library for the startup benchmark:
//   lede_make_big_library PATH [COUNT=100000]
//   lede --library PATH --benchmark-startup
#include "guitestsupport.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: lede_make_big_library PATH [COUNT]\n");
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 100000;
    try {
        QElapsedTimer timer;
        timer.start();
        lede::Library library(args.at(1));
        lede::testsupport::addManyArticles(library, count);
        // The helper skips the full-text index for speed; build it once at the end.
        QSqlQuery(library.connection()).exec(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"));
        std::printf("%d articles in %s (%lld ms)\n", library.articles().count(), qPrintable(args.at(1)),
                    static_cast<long long>(timer.elapsed()));
    } catch (const lede::StorageError &e) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(e.message()));
        return 2;
    }
    return 0;
}
