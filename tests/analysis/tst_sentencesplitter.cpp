#include "analysis/sentencesplitter.h"
#include "analysis/tokenizer.h"

#include <QTest>

using namespace lede;

class TstSentenceSplitter : public QObject
{
    Q_OBJECT
private:
    static int count(const QString &text)
    {
        TokenizedText tokenized = Tokenizer().tokenize(text);
        QList<Token> &tokens = tokenized.tokens;
        return int(SentenceSplitter().split(tokens).size());
    }
private Q_SLOTS:
    void splitsAtTerminalPunctuation() { QCOMPARE(count(QStringLiteral("It rained. We left! Why?")), 3); }
    void abbreviationsDoNotSplit() { QCOMPARE(count(QStringLiteral("Sen. Warren and Mr. Smith met Dr. Jones.")), 1); }
    void lowerCaseAfterQuotedExclamationContinues()
    {
        QCOMPARE(count(QStringLiteral("\"Fine!\" he said. Then he left.")), 2);
    }
    void apostrophesOpeningAQuotationSplit()
    {
        // News archives' two apostrophes, or one, open the next sentence's quotation.
        QCOMPARE(count(QStringLiteral("He left. ''We won,'' she said.")), 2);
        QCOMPARE(count(QStringLiteral("He left. 'We won,' she said.")), 2);
        // Not an apostrophe before a lower-case word or a number: "'til", "the '90s".
        QCOMPARE(count(QStringLiteral("He left at 5 p.m. 'til dawn.")), 1);
        QCOMPARE(count(QStringLiteral("It was Jan. '90 then.")), 1);
    }
    void paragraphsAlwaysSplit() { QCOMPARE(count(QStringLiteral("No period here\nNext line")), 2); }
};

QTEST_GUILESS_MAIN(TstSentenceSplitter)
#include "tst_sentencesplitter.moc"
