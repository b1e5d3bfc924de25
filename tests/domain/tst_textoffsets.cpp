#include "domain/textoffsets.h"
#include "domain/verdictscale.h"

#include <QTest>

using namespace lede;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextIsIdentity()
    {
        const QString text = QStringLiteral("Negrete said.");
        TextOffsets o(text);
        QCOMPARE(o.codePointLength(), 13);
        QCOMPARE(o.toCodePoint(7), 7);
        QCOMPARE(o.toUtf16(7), 7);
        QCOMPARE(o.slice(text, {0, 7}), QStringLiteral("Negrete"));
    }

    void emojiCountsAsOneCodePoint()
    {
        // "😀" is two UTF-16 units but one code point: positions after it shift by one.
        const QString text = QStringLiteral("a😀 said \"hi\"");
        TextOffsets o(text);
        QCOMPARE(text.size(), 13);
        QCOMPARE(o.codePointLength(), 12);
        const int quoteStart = int(text.indexOf(QStringLiteral("hi")));
        QCOMPARE(o.toCodePoint(quoteStart), quoteStart - 1);
        QCOMPARE(o.toUtf16(o.toCodePoint(quoteStart)), quoteStart);
        QCOMPARE(o.slice(text, {1, 2}), QStringLiteral("😀"));
        QCOMPARE(o.slice(text, o.toCodePoints(quoteStart, quoteStart + 2)), QStringLiteral("hi"));
    }

    void invalidSpansAreRejected()
    {
        const QString text = QStringLiteral("short");
        TextOffsets o(text);
        QVERIFY(o.isValidSpan({0, 5}));
        QVERIFY(!o.isValidSpan({0, 6}));
        QVERIFY(!o.isValidSpan({3, 2}));
        QVERIFY(!o.isValidSpan({-1, 2}));
        QVERIFY(o.slice(text, {2, 9}).isEmpty());
    }

    void verdictScaleFindsLabelsInAnyCase()
    {
        const VerdictScale scale = VerdictScale::standard();
        QCOMPARE(scale.find(QStringLiteral("mostly FALSE"))->label, QStringLiteral("Mostly false"));
        QVERIFY(!scale.find(QStringLiteral("Maybe")));
        QVERIFY(scale.best() > scale.worst());
        QCOMPARE(scale.labels().first(), QStringLiteral("True"));
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
