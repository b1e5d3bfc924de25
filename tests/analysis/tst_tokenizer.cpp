#include "analysis/tokenizer.h"

#include <QTest>

using namespace lede;

class TstTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAbbreviationsWhole()
    {
        const QList<Token> t = Tokenizer().tokenize(QStringLiteral("Sen. Warren visited the U.S. today."));
        QCOMPARE(t.at(0).text, QStringLiteral("Sen."));
        QCOMPARE(t.at(4).text, QStringLiteral("U.S."));
        QCOMPARE(t.last().text, QStringLiteral("."));
    }
    void splitsPossessives()
    {
        const QList<Token> t = Tokenizer().tokenize(QStringLiteral("Trump\u2019s plan"));
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).text, QStringLiteral("Trump"));
        QVERIFY(t.at(1).kind == TokenKind::Possessive);
    }
    void marksQuotationMarksAndParagraphs()
    {
        const QList<Token> t = Tokenizer().tokenize(QStringLiteral("\u201cYes\u201d\nNo"));
        QVERIFY(t.at(0).kind == TokenKind::QuoteMark);
        QVERIFY(t.at(2).kind == TokenKind::QuoteMark);
        QCOMPARE(t.at(3).paragraph, 1);
    }
    void keepsNumbersWithSeparators()
    {
        const QList<Token> t = Tokenizer().tokenize(QStringLiteral("about 100,000 or 3.5 percent"));
        QCOMPARE(t.at(1).text, QStringLiteral("100,000"));
        QVERIFY(t.at(1).kind == TokenKind::Number);
        QCOMPARE(t.at(3).text, QStringLiteral("3.5"));
    }
};

QTEST_GUILESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
