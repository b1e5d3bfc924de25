#include "analysis/quoteclassifier.h"
#include "analysis/quotescanner.h"
#include "analysis/tokenizer.h"

#include <QTest>

using namespace lede;

class TstQuoteClassifier : public QObject
{
    Q_OBJECT
private:
    // Kind of the first quotation in `body`; `attributed` as the attribution rules would tell.
    static QuoteKind kindOf(const QString &body, bool attributed, int nth = 0)
    {
        const TokenizedText tokenized = Tokenizer().tokenize(body);
        const QList<Token> &tokens = tokenized.tokens;
        const QList<QuotedSegment> segments = QuoteScanner().scan(body);
        const QuotedSegment &s = segments.at(nth);
        int open = 0;
        while (tokens.at(open).start < s.openMark)
            ++open;
        int close = open + 1;
        while (close < tokens.size() && tokens.at(close).start < s.closeMark)
            ++close;
        return QuoteClassifier(tokens).classify(s, open, close, attributed);
    }
private Q_SLOTS:
    void singleWordsAreNotSpeech()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("He said it was \"fine.\""), true)), toString(QuoteKind::Scare));
        QCOMPARE(toString(kindOf(QStringLiteral("She used the word \"bigly\" once."), false)),
                 toString(QuoteKind::Term));
    }
    void severalWordsAfterAnArticleArePartialQuotes()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("He called her a \"nice guy\" on Monday."), false)),
                 toString(QuoteKind::Partial));
        QCOMPARE(toString(kindOf(QStringLiteral("She coined the phrase \"undocumented Democrats\" later."), false)),
                 toString(QuoteKind::Partial));
    }
    void aDeclaredStatusIsAScareQuote()
    {
        QCOMPARE(
            toString(kindOf(
                QStringLiteral("The Council stopped short of declaring the city a \"sanctuary city,\" officials said."),
                false)),
            toString(QuoteKind::Scare));
        QCOMPARE(toString(kindOf(QStringLiteral("The town became a \"free zone\" last year."), false)),
                 toString(QuoteKind::Scare));
        // The same shape after "calling him a" is an insult somebody spoke.
        QCOMPARE(toString(kindOf(QStringLiteral("He kept calling him a \"con artist\" at rallies."), false)),
                 toString(QuoteKind::Partial));
    }

    void showTitleAfterAPossessive()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("He said on ABC's \"Good Morning America.\""), true)),
                 toString(QuoteKind::Title));
    }
    void titlesOfShowsAndArticles()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("He appeared on \"Face the Nation\" on Sunday."), true)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("(\"Council Moves Forward on Immigration Ordinance,\" May 2, 2017)"),
                                 false)),
                 toString(QuoteKind::Title));
    }
    void speechStaysSpeech()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("\"We will listen and respond,\" she wrote."), true)),
                 toString(QuoteKind::Direct));
        QCOMPARE(toString(kindOf(QStringLiteral("She noted the City is \"actively working with partners.\""), true)),
                 toString(QuoteKind::Partial));
        QCOMPARE(toString(kindOf(QStringLiteral("Trump called her \"Miss Piggy\" in 1996."), true)),
                 toString(QuoteKind::Partial));
    }
    void sloganChantedOrCalledIsSpeechNotATitle()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("The crowd kept chanting \"Lock Her Up\" all night."), false)),
                 toString(QuoteKind::Partial));
        QCOMPARE(toString(kindOf(QStringLiteral("He held a sign reading \"Hispanics For Trump\" and waved."), false)),
                 toString(QuoteKind::Partial));
        QCOMPARE(toString(kindOf(QStringLiteral("Trump called him \"Little Marco\" on stage."), false)),
                 toString(QuoteKind::Partial));
        // A name given with an article, or with "billed as" / "hailed as", is the giver's words too;
        // after "known as", which names laws as often, a title stays a title.
        const std::pair<const char16_t *, QuoteKind> namings[] = {
            {u"Terre Haute, called the \"Crossroads of America\" by all.", QuoteKind::Partial},
            {u"At an event billed as \"Hard Hats for Hillary,\" she spoke.", QuoteKind::Partial},
            {u"A paper hailed Trump as \"The Comeback Kid\" then.", QuoteKind::Partial},
            {u"The bill, known as the \"Justice For All Act\" passed.", QuoteKind::Title}};
        for (const auto &[sentence, kind] : namings)
            QCOMPARE(toString(kindOf(QString::fromUtf16(sentence), false)), toString(kind));
        // A show after "on" stays a title.
        QCOMPARE(toString(kindOf(QStringLiteral("She appeared on \"Meet the Press\" twice."), false)),
                 toString(QuoteKind::Title));
    }
    void aCrowdsChantAfterOfIsSpeech()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("He was met with chants of \"Build The Wall\" outside."), false)),
                 toString(QuoteKind::Partial));
        QCOMPARE(toString(kindOf(QStringLiteral("There were calls of \"Feel the Bern\" all evening."), false)),
                 toString(QuoteKind::Partial));
        // Other nouns before "of" don't make a title speech.
        QCOMPARE(toString(kindOf(QStringLiteral("She read a chapter of \"Gone With the Wind\" aloud."), false)),
                 toString(QuoteKind::Title));
    }
    void aHeadlineWithItsBylineIsATitle()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("NOW OPEN: \"Art show opens in the Bronx,\" by Gothamist's Ann Lee."),
                                 false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(
                     QStringLiteral("\"Mayor quits after vote,\" by the Daily Star's Bo Kim: \"It ended.\""), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("I agree (\"Mayor quits after a vote,\" Daily Star, Monday)."), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("Its posters read \"Close the border now\" (2011) and worse."), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("Members objected (\"I want my money back,\" wrote one)."), false)),
                 toString(QuoteKind::Direct));
        // A quote read out "by" somebody without an outlet's possessive stays speech.
        QCOMPARE(
            toString(kindOf(QStringLiteral("The \"words of hate, sadly repeated,\" by Smith last week hurt."), false)),
            toString(QuoteKind::Partial));
    }
    void aNounAfterTheClosingMarkNamesAWork()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("Speaking for the \"Off Message\" podcast, she laughed."), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("The \"Daily Show\" host mocked him."), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("He cancelled the \"Miss Universe\" pageant."), false)),
                 toString(QuoteKind::Title));
        // Any other noun leaves the words somebody's ("the "Never Trump" movement").
        QCOMPARE(toString(kindOf(QStringLiteral("The \"Never Trump\" movement grew."), false)),
                 toString(QuoteKind::Partial));
    }
    void smallWordsWithCapitalsMakeATitle()
    {
        // Nobody's words capitalise "To" and "The": a title, even where a speech verb follows.
        QCOMPARE(toString(kindOf(
                     QStringLiteral("After hitting \"Takin' It To the Streets,\" the singer told the crowd."), true)),
                 toString(QuoteKind::Title));
        // In a list with such a title, its neighbours are titles too.
        const QString hits = QStringLiteral(
            "According to the promoter, expect hits including \u201cListen To The Music,\u201d \u201cBlack "
            "Water,\u201d and \u201cChina Grove.\u201d");
        for (int n = 0; n < 3; ++n)
            QCOMPARE(toString(kindOf(hits, true, n)), toString(QuoteKind::Title));
        // Two sentences, or capitals throughout, are somebody's words.
        QCOMPARE(toString(kindOf(QStringLiteral("\"Like Oakland. Or Ferguson,\" Trump said."), true)),
                 toString(QuoteKind::Direct));
        // Words right after a quotation's attribution are that speaker's, whatever their case.
        QCOMPARE(toString(kindOf(QStringLiteral("\"Here he comes,\" she said, clapping. \"The Donald. Big Daddy.\""),
                                 false, 1)),
                 toString(QuoteKind::Direct));
        // A slogan in two sentences stays a title.
        QCOMPARE(toString(kindOf(QStringLiteral("What is this slogan? \"Meth. We're On It.\""), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("He posted one line: \"THIS IS NOT OK.\""), true)),
                 toString(QuoteKind::Direct));
        // A list of names whose small words stay small is left to the other rules.
        QCOMPARE(toString(kindOf(
                     QStringLiteral("He named \"Criminal Minds,\" \"Game of Thrones\" and \"Veep\" as his shows."),
                     true, 0)),
                 toString(QuoteKind::Partial));
    }
    void aWorkNamedInCommasIsATitle()
    {
        QCOMPARE(toString(kindOf(
                     QStringLiteral("In Smith's column on Aug. 10, \"The piling on must stop,\" he argues."), false)),
                 toString(QuoteKind::Title));
        QCOMPARE(toString(kindOf(QStringLiteral("The PBS drama, \"Mercy Street,\" returns."), false)),
                 toString(QuoteKind::Title));
        // The same shape with somebody said to speak it is their words.
        QCOMPARE(toString(kindOf(QStringLiteral("In a new ad, \"we stand with you,\" the union says."), true)),
                 toString(QuoteKind::Direct));
        QCOMPARE(toString(kindOf(QStringLiteral("In her commentary, \"We must act now,\" she wrote."), true)),
                 toString(QuoteKind::Direct));
        // Even with a speaker found for it, words the work's own verb follows are its title.
        QCOMPARE(toString(kindOf(QStringLiteral("Ann Lee's commentary, \"Melania, tell your story,\" is thoughtful."),
                                 true)),
                 toString(QuoteKind::Title));
    }
    void wordsUsedAsWordsAreTerms()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("Enter your address and click \"sign up\" below."), false)),
                 toString(QuoteKind::Term));
        QCOMPARE(toString(kindOf(QStringLiteral("What \"go after them\" actually means is unclear."), false)),
                 toString(QuoteKind::Term));
        // Somebody said to speak the words keeps them speech.
        QCOMPARE(toString(kindOf(QStringLiteral("He told them to \"go after them\" and left."), true)),
                 toString(QuoteKind::Partial));
    }
    void aNameGivenAsANameIsATerm()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("The account went back to the name \"Harbor Press\" later."), false)),
                 toString(QuoteKind::Term));
        QCOMPARE(toString(kindOf(QStringLiteral("Its Twitter handle \"Fact Check Harbor\" drew scorn."), false)),
                 toString(QuoteKind::Term));
        // A nickname is the insult of whoever gave it: speech.
        QCOMPARE(toString(kindOf(QStringLiteral("He saddled him with the nickname \"Lyin' Tom\" that week."), false)),
                 toString(QuoteKind::Partial));
    }
};

QTEST_GUILESS_MAIN(TstQuoteClassifier)
#include "tst_quoteclassifier.moc"
