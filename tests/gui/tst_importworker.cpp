// Imports on a worker thread with a connection of its own, reporting progress, cancellable.
#include "guitestsupport.h"

#include "importing/importworker.h"
#include "storage/library.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace lede;

class TestImportWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsOnAThreadWithProgress();
    void cancellingKeepsWhatWasImported();

private:
    static QStringList writeArticles(const QTemporaryDir &dir, int count);
};

QStringList TestImportWorker::writeArticles(const QTemporaryDir &dir, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("story-%1.txt").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a fixture");
        f.write(
            QStringLiteral("By Jane Roe\nMarch %1, 2025 -- The council met for the %1th time. \"We will decide soon,\" "
                           "the mayor said.\n")
                .arg(i + 1)
                .toUtf8());
        paths << path;
    }
    return paths;
}

void TestImportWorker::importsOnAThreadWithProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.lede"));
    Library library(path); // the GUI's connection stays open meanwhile
    QThread thread;
    auto *worker = new ImportWorker(path, writeArticles(dir, 5));
    worker->moveToThread(&thread);
    QSignalSpy progress(worker, &ImportWorker::progress);
    QSignalSpy finished(worker, &ImportWorker::finished);
    connect(&thread, &QThread::started, worker, &ImportWorker::run);
    thread.start();
    QTRY_COMPARE(finished.size(), 1);
    thread.quit();
    QVERIFY(thread.wait());
    delete worker; // as the main window does: its thread is gone
    QCOMPARE(finished.first().at(0).toInt(), 5); // imported
    QCOMPARE(finished.first().at(2).toStringList(), QStringList());
    QVERIFY(finished.first().at(3).toLongLong() > 0); // first new article
    QCOMPARE(finished.first().at(4).toBool(), false);
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(library.articles().count(), 5);
}

void TestImportWorker::cancellingKeepsWhatWasImported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.lede"));
    Library library(path);
    ImportWorker worker(path, writeArticles(dir, 6));
    QSignalSpy finished(&worker, &ImportWorker::finished);
    // Cancel after the second article, from the progress report, as the dialog's button would.
    connect(&worker, &ImportWorker::progress, &worker, [&worker](int done) {
        if (done == 2)
            worker.cancel();
    });
    worker.run();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(4).toBool());
    const int imported = finished.first().at(0).toInt();
    QVERIFY(imported >= 2 && imported < 6);
    QCOMPARE(library.articles().count(), imported);
}

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_importworker.moc"
