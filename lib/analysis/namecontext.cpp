#include "analysis/namecontext.h"

#include "analysis/brokenwords.h"
#include "analysis/entitycues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace lede::NameContext {

QList<bool> headlineSentences(const QList<Token> &tokens, const QList<TokenRange> &sentences)
{
    // Title case: nearly every longer word capitalised ("Hillary Clinton Goes After Donald Trump As
    // The New Mitt Romney"). Short words are left out: headlines often keep "of", "a", "the" small.
    QList<bool> headline(sentences.size(), false);
    for (int s = 0; s < sentences.size(); ++s) {
        int words = 0;
        int capitalised = 0;
        for (int k = sentences.at(s).first; k < sentences.at(s).last; ++k) {
            const Token &t = tokens.at(k);
            if (t.isWord() && t.text.size() >= 4) {
                ++words;
                capitalised += t.isCapitalised() ? 1 : 0;
            }
        }
        // A headline stands alone in its paragraph.
        const int first = sentences.at(s).first;
        const int last = sentences.at(s).last - 1;
        const bool alone = first <= last && (first == 0 || tokens.at(first - 1).paragraph != tokens.at(first).paragraph)
            && (last + 1 >= tokens.size() || tokens.at(last + 1).paragraph != tokens.at(last).paragraph);
        headline[s] = alone && words >= 4 && capitalised * 10 >= words * 9 && !isCreditLine(tokens, sentences.at(s));
    }
    return headline;
}

bool isKoreanGivenName(QStringView word)
{
    const qsizetype hyphen = word.indexOf(u'-');
    if (hyphen < 2 || hyphen > 5 || word.size() - hyphen - 1 < 2 || word.size() - hyphen - 1 > 5)
        return false;
    const QStringView first = word.left(hyphen);
    const QStringView second = word.mid(hyphen + 1);
    const auto lowerLetters = [](QStringView part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetter() && c.isLower(); });
    };
    // Not an adjective made with a hyphen: "York-based", "House-era", "Trump-led".
    return first.front().isUpper() && lowerLetters(first.mid(1)) && lowerLetters(second)
        && !EntityCues::isCompoundTail(second);
}

bool isCreditLine(const QList<Token> &tokens, const TokenRange &sentence)
{
    // "Scott Olson via Getty Images.", "John Moore/Getty Images.": a photo's credit names the
    // photographer and the agency in capitals, but it is no headline: its capitals are names.
    // Headlines are longer: "Rush Limbaugh Explains The Democrats Opposition To A Sanders/Trump …".
    constexpr int longestCredit = 8;
    int words = 0;
    bool credit = false;
    for (int k = sentence.first; k < sentence.last; ++k) {
        const Token &t = tokens.at(k);
        words += t.isWord() ? 1 : 0;
        const bool nameAfter = k + 1 < sentence.last && tokens.at(k + 1).isCapitalised();
        if (t.isWord() && t.text == u"via" && nameAfter && k > sentence.first)
            credit = true;
        // The slash is glued to the names on both sides ("AP Photo/Evan Vucci").
        if (t.isPunct(u'/') && nameAfter && k > sentence.first && tokens.at(k - 1).end == t.start
            && tokens.at(k + 1).start == t.end && tokens.at(k - 1).isWord())
            credit = true;
    }
    return credit && words <= longestCredit;
}

bool opensTranscriptTurn(const QList<Token> &tokens, const EntityMention &m)
{
    if (m.lastToken - m.firstToken != 1 || m.lastToken >= tokens.size() || m.surface.size() < 3
        || !isAcronym(m.surface))
        return false;
    const Token &colon = tokens.at(m.lastToken);
    if (!colon.isPunct(u':') || colon.start != m.end)
        return false;
    int before = m.firstToken - 1;
    if (before >= 0 && tokens.at(before).kind == TokenKind::QuoteMark
        && tokens.at(before).paragraph == tokens.at(m.firstToken).paragraph)
        --before;
    return before < 0 || tokens.at(before).paragraph != tokens.at(m.firstToken).paragraph;
}

bool creditsPhotographer(const QList<Token> &tokens, const EntityMention &m)
{
    const int via = m.lastToken;
    if (via + 1 >= tokens.size() || tokens.at(via).text != u"via" || !tokens.at(via + 1).isCapitalised())
        return false;
    return m.firstToken == 0 || tokens.at(m.firstToken - 1).paragraph != tokens.at(m.firstToken).paragraph;
}

bool isCompoundModifier(const QList<Token> &tokens, const EntityMention &m)
{
    // "the U.S.-Mexico border", "U.S.-backed forces", "a New York-based group": a place joined to
    // another word by a hyphen describes a noun; the article does not speak of the place itself.
    if (endsWithText(m.lower, u"-based"))
        return true;
    const auto hyphen = [&](int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.at(k).isPunct(u'-')
            && tokens.at(k - 1).end == tokens.at(k).start && tokens.at(k).end == tokens.at(k + 1).start
            && tokens.at(k - 1).isWord() && tokens.at(k + 1).isWord();
    };
    return hyphen(m.lastToken) || hyphen(m.firstToken - 1);
}

bool afterInvertedSpeechVerb(const QList<Token> &tokens, int k)
{
    // In "if one adds Nebraska", "Cox says Obama is …" the verb has its subject before it, and the
    // name after it is its object or the subject of what is reported.
    return k > 0 && tokens.at(k - 1).isWord() && WordLists::isSpeechVerb(tokens.at(k - 1).lower)
        && (k < 2 || !tokens.at(k - 2).isWord());
}

bool nextToSpeechVerb(const QList<Token> &tokens, const EntityMention &m)
{
    const auto speech = [](const Token &t) {
        return t.isWord() && !t.isCapitalised() && WordLists::isSpeechVerb(t.lower);
    };
    // Before the name only in inverted order (", said Bolton").
    if (m.firstToken > 0 && !tokens.at(m.firstToken - 1).isCapitalised()
        && afterInvertedSpeechVerb(tokens, m.firstToken))
        return true;
    // "the senator from Texas says": after a preposition the name is not the one who speaks.
    const bool afterSmallWord =
        m.firstToken > 0 && tokens.at(m.firstToken - 1).isWord() && !tokens.at(m.firstToken - 1).isCapitalised();
    return !afterSmallWord && m.lastToken < tokens.size() && speech(tokens.at(m.lastToken));
}

bool followedByWho(const QList<Token> &tokens, const EntityMention &m)
{
    // After a comma: "an aide from Nashua who attended" is about the aide. Not after a preposition
    // either: "a home-care aide from Nashua, who …" may still be the aide.
    static constexpr QStringView prepositions[] = {u"in", u"from", u"of", u"at", u"for", u"with", u"on", u"by", u"to"};
    if (m.firstToken > 0 && tokens.at(m.firstToken - 1).isOneOf(prepositions))
        return false;
    const int k = m.lastToken + 1;
    return k < tokens.size() && tokens.at(k - 1).isPunct(u',')
        && tokens.at(k).sentence == tokens.at(m.firstToken).sentence
        && (tokens.at(k).text == u"who" || tokens.at(k).text == u"whose");
}

bool namesAMedium(const QList<Token> &tokens, const EntityMention &m)
{
    // "on Twitter", "via Facebook", "Twitter posts", "a YouTube video", "his Instagram account".
    static const QStringView prepositions[] = {u"on", u"via",     u"to",  u"onto", u"from",  u"across", u"over",
                                               u"in", u"through", u"off", u"with", u"using", u"of"};
    static const QStringView media[] = {
        u"post",    u"posts",    u"account",   u"accounts", u"feed",    u"page",     u"pages",  u"user",
        u"users",   u"message",  u"messages",  u"video",    u"videos",  u"live",     u"handle", u"followers",
        u"profile", u"profiles", u"channel",   u"photo",    u"photos",  u"story",    u"group",  u"groups",
        u"tweet",   u"tweets",   u"timeline",  u"thread",   u"comment", u"comments", u"chat",   u"ad",
        u"ads",     u"event",    u"statement", u"status",   u"update",  u"updates"};
    if (m.firstToken > 0 && tokens.at(m.firstToken - 1).isOneOf(prepositions))
        return true;
    // "Getty/Instagram": a photo credit names where the picture was found.
    if ((m.firstToken > 0 && tokens.at(m.firstToken - 1).isPunct(u'/'))
        || (m.lastToken < tokens.size() && tokens.at(m.lastToken).isPunct(u'/')))
        return true;
    // "a YouTube video", "his Twitter account": a determiner before it makes it a modifier.
    if (m.firstToken > 0 && tokens.at(m.firstToken - 1).isWord() && !tokens.at(m.firstToken - 1).isCapitalised()
        && WordLists::isDeterminer(tokens.at(m.firstToken - 1).lower))
        return true;
    return m.lastToken < tokens.size() && tokens.at(m.lastToken).isOneOf(media);
}

bool opensDateline(const QString &body, const EntityMention &m)
{
    if (m.start > 0 && body.at(m.start - 1) != u'\n')
        return false;
    for (QChar c : m.surface) {
        if (c.isLower())
            return false;
    }
    // After the place: ", N.Y." or ", Calif.", then ", Sept. 26", then "(Agency)" or a dash.
    static const QRegularExpression rest(
        QStringLiteral("^(?:, [A-Z][\\w.]*(?: [A-Z][\\w.]*)?)?(?:,? [A-Z][a-z]{2,4}\\.? \\d{1,2})?,?(?: ?\\(| "
                       "?[\u2013\u2014\u2015]| - )"));
    return rest.match(body.mid(m.end, 60)).hasMatch();
}

bool isAcronym(QStringView text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != u'.' && c != u'&' && c != u'-') {
            return false;
        }
    }
    return letters >= 2;
}

bool hasInnerCapital(QStringView word)
{
    // "McCain", "O'Brien", "DeSantis" are names: an inner capital after "Mc", "Mac", "O'", "De", "La", "Le", "Di".
    for (QStringView prefix : {u"Mc", u"Mac", u"De", u"La", u"Le", u"Di", u"Du", u"Van"}) {
        if (word.startsWith(prefix) && word.size() > prefix.size() && word.at(prefix.size()).isUpper())
            return false;
    }
    bool lowerSeen = false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLower())
            lowerSeen = true;
        else if (lowerSeen && word.at(i).isUpper() && word.at(i - 1).isLetter() && !BrokenWords::isBroken(word))
            return true; // not "PapÃ¡", where mojibake put the capital
    }
    return false;
}

bool isNameParticle(const Token &t)
{
    static constexpr QStringView particles[] = {u"al", u"bin", u"da", u"de", u"del", u"di",
                                                u"du", u"el",  u"la", u"le", u"van", u"von"};
    return t.isCapitalised() && t.text.size() >= 2 && t.text.size() <= 3 && t.text.at(1).isLower()
        && t.isOneOf(particles);
}

bool isPartyLabel(const Token &t)
{
    const QStringView text = t.text;
    return t.isWord() && text.size() >= 3 && text.at(1) == u'-'
        && (text.at(0) == u'R' || text.at(0) == u'D' || text.at(0) == u'I');
}

bool isArticleParticle(const Token &t)
{
    if (!t.isWord() || t.text.size() < 4 || !t.text.at(0).isLower())
        return false;
    // The article is two or three letters long: the hyphen is third or fourth (asked of every
    // lower-case word, this looks at two characters rather than searching the word).
    const qsizetype hyphen = t.text.at(1) == u'-' ? -1 : t.text.at(2) == u'-' ? 2 : t.text.at(3) == u'-' ? 3 : -1;
    if (hyphen < 0 || hyphen + 1 >= t.text.size() || !t.text.at(hyphen + 1).isUpper())
        return false;
    static constexpr QStringView articles[] = {u"al", u"el", u"ad", u"an", u"ar", u"as", u"ash", u"at", u"az", u"ul"};
    const QStringView head = t.lower.left(hyphen);
    return std::any_of(std::begin(articles), std::end(articles), [&](QStringView a) { return a == head; });
}

bool isClauseWordInHeadline(const Token &t)
{
    return t.isWord() && t.in(WordLists::HeadlineClauseWord) && t.isCapitalised() && t.text.size() >= 2
        && !isAcronym(t.text);
}

bool opensTitleOfAWork(const QList<Token> &tokens, int the, int nameEnd)
{
    static constexpr QStringView naming[] = {u"headlined", u"titled", u"entitled", u"called", u"dubbed"};
    if (the > 0 && tokens.at(the - 1).isOneOf(naming))
        return true;
    return nameEnd < tokens.size() && isClauseWordInHeadline(tokens.at(nameEnd));
}

bool writtenInLowerCase(const QList<Token> &tokens, QStringView lower)
{
    // Asked only of words that open sentences and nothing else settles, so a scan is cheap enough.
    return std::any_of(tokens.cbegin(), tokens.cend(), [&](const Token &t) {
        return t.text.size() == lower.size() && t.text.front() == lower.front() && t.kind == TokenKind::Word
            && t.text == lower;
    });
}

} // namespace lede::NameContext
