#include "domain/wordkey.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace lede;

// Word keys replace Qt's string hash where analysis and import look words up: they must find the
// same words Qt's would, and spread words over a table's buckets as well, or an import slows down.
class TestWordKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAWordWhereverItsTextLives()
    {
        const QString body = QStringLiteral("Mayor Lana Negrete said Negrete would");
        QSet<WordView> seen;
        seen.insert(QStringView(body).mid(11, 7));
        QVERIFY(seen.contains(QStringView(body).mid(24, 7)));
        QVERIFY(seen.contains(QStringLiteral("Negrete")));
        QVERIFY(!seen.contains(QStringLiteral("negrete")));
        QVERIFY(!seen.contains(QStringLiteral("Negret")));
        QVERIFY(!seen.contains(QStringLiteral("Negretes")));

        QHash<WordKey, int> byName;
        byName.insert(QStringLiteral("lana negrete"), 1);
        byName.insert(QString(), 2);
        QCOMPARE(byName.value(QStringLiteral("lana negrete"), -1), 1);
        QCOMPARE(byName.value(QString(), -1), 2);
        QCOMPARE(byName.value(QStringLiteral("lana"), -1), -1);
    }

    void aTaggedWordIsFoundOnlyWithItsTag()
    {
        // "Trump" the person and "Trump" the organisation are two entities.
        QHash<TaggedWordKey, int> ids;
        ids.insert({QStringLiteral("Trump"), 1}, 10);
        ids.insert({QStringLiteral("Trump"), 2}, 20);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.value({QStringLiteral("Trump"), 1}), 10);
        QCOMPARE(ids.value({QStringLiteral("Trump"), 2}), 20);
        QCOMPARE(ids.value({QStringLiteral("Trump"), 3}, -1), -1);
        QCOMPARE(ids.value({QStringLiteral("Trum"), 1}, -1), -1);
    }

    void wordsOfEveryLengthHashApart()
    {
        // Lengths around the 4-character blocks: the tail and the length both count.
        QSet<size_t> hashes;
        QString word;
        for (int length = 0; length <= 13; ++length) {
            hashes.insert(hashWord(word, 42));
            word.append(u'a');
        }
        QCOMPARE(hashes.size(), 14);
        QVERIFY(hashWord(u"said", 42) != hashWord(u"dias", 42));
        QVERIFY(hashWord(QStringView(u"ab\0", 3), 42) != hashWord(u"ab", 42));
    }

    void shortWordsSpreadOverBuckets()
    {
        // A table indexes buckets by the low bits: 1,000 short words over 1,024 buckets should
        // leave about 1024 * (1 - 1/e) = 647 in use, as random numbers would.
        QSet<size_t> buckets;
        for (int i = 0; i < 1000; ++i)
            buckets.insert(hashWord(QString::number(i * 7919, 36), 12345) & 1023);
        QVERIFY2(buckets.size() > 600, qPrintable(QString::number(buckets.size())));
    }

    void theSeedChangesWhichWordsShareABucket()
    {
        int moved = 0;
        for (int i = 0; i < 100; ++i) {
            const QString word = QString::number(i, 36);
            if ((hashWord(word, 1) & 1023) != (hashWord(word, 2) & 1023))
                ++moved;
        }
        QVERIFY2(moved > 90, qPrintable(QString::number(moved)));
    }
};

QTEST_GUILESS_MAIN(TestWordKey)
#include "tst_wordkey.moc"
