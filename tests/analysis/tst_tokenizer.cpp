#include "analysis/tokenizer.h"

#include <QTest>

using namespace lede;

class TstTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAbbreviationsWhole()
    {
        const TokenizedText tokenized = Tokenizer().tokenize(QStringLiteral("Sen. Warren visited the U.S. today."));
        const QList<Token> &t = tokenized.tokens;
        QCOMPARE(t.at(0).text.toString(), QStringLiteral("Sen."));
        QCOMPARE(t.at(4).text.toString(), QStringLiteral("U.S."));
        QCOMPARE(t.last().text.toString(), QStringLiteral("."));
    }
    void splitsPossessives()
    {
        const TokenizedText tokenized = Tokenizer().tokenize(QStringLiteral("Trump\u2019s plan"));
        const QList<Token> &t = tokenized.tokens;
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).text.toString(), QStringLiteral("Trump"));
        QVERIFY(t.at(1).kind == TokenKind::Possessive);
    }
    void marksQuotationMarksAndParagraphs()
    {
        const TokenizedText tokenized = Tokenizer().tokenize(QStringLiteral("\u201cYes\u201d\nNo"));
        const QList<Token> &t = tokenized.tokens;
        QVERIFY(t.at(0).kind == TokenKind::QuoteMark);
        QVERIFY(t.at(2).kind == TokenKind::QuoteMark);
        QCOMPARE(t.at(3).paragraph, 1);
    }
    void keepsNumbersWithSeparators()
    {
        const TokenizedText tokenized = Tokenizer().tokenize(QStringLiteral("about 100,000 or 3.5 percent"));
        const QList<Token> &t = tokenized.tokens;
        QCOMPARE(t.at(1).text.toString(), QStringLiteral("100,000"));
        QVERIFY(t.at(1).kind == TokenKind::Number);
        QCOMPARE(t.at(3).text.toString(), QStringLiteral("3.5"));
    }
};

QTEST_GUILESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
