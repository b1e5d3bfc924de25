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
    void aWordKeepingItsPeriodEndsASentenceBeforeAnOpeningWord()
    {
        // "U.S." and "Jr." keep their period; a capitalised pronoun, article or conjunction after
        // them opens the next sentence in prose, not in a title-case headline or before a name.
        const std::pair<const char *, int> cases[] = {
            {"Trump would bar Muslims from entering the U.S. While Clinton condemned it, others agreed.", 2},
            {"The award went to Donald Trump Jr. He accepted it on Monday.", 2},
            {"She left the U.S. Army in 2004.", 1},
            {"Why the U.S. Is Losing the Trade War", 1},
            {"They met in Washington, D.C. on Monday.", 1},
        };
        for (const auto &[text, sentences] : cases)
            QVERIFY2(count(QString::fromUtf8(text)) == sentences, text);
    }
    void paragraphsAlwaysSplit() { QCOMPARE(count(QStringLiteral("No period here\nNext line")), 2); }
};

QTEST_GUILESS_MAIN(TstSentenceSplitter)
#include "tst_sentencesplitter.moc"
