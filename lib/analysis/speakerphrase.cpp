#include "analysis/speakerphrase.h"

#include "analysis/attributioncues.h"
#include "analysis/namecontext.h"
#include "analysis/reportedclause.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

namespace lede {
namespace {

constexpr int kMaxPhrase = 7;
constexpr int kMaxBracketLabel = 5; // "(D-Newport News)"
constexpr int kMaxBracketAside = 24; // "(who has 25 delegates to date)"
constexpr int kMaxApposition = 5; // "New Jersey's sitting governor"
constexpr int kMaxAside = 24; // how far back an aside between commas or dashes may open

bool isModifierPreposition(const Token &t)
{
    static const QStringView words[] = {u"of",      u"for",    u"in",     u"at",   u"from",
                                        u"through", u"across", u"around", u"near", u"inside"};
    return t.isOneOf(words);
}

bool isTimeWord(const Token &t)
{
    return t.in(WordLists::TimeWord);
}

} // namespace

SpeakerPhraseFinder::SpeakerPhraseFinder(const QList<Token> &tokens)
    : m_tokens(tokens)
{ }

bool SpeakerPhraseFinder::namesSomeoneFrom(int first, int last) const
{
    if (m_tokens.at(first).in(WordLists::Determiner))
        return true;
    for (int i = first; i <= last; ++i) {
        if (m_tokens.at(i).isCapitalised())
            return true;
    }
    return false;
}

bool SpeakerPhraseFinder::isPhraseToken(int i) const
{
    const Token &t = m_tokens.at(i);
    if (t.kind == TokenKind::Possessive)
        return true;
    if (t.kind == TokenKind::Number)
        return true;
    if (t.kind != TokenKind::Word)
        return false;
    // A capitalised clause word inside a sentence is a name: "From said", "said Al From".
    if (t.isCapitalised())
        return !WordLists::isClauseBoundary(t.lower) || t.lower == u"the"
            || (i > 0 && m_tokens.at(i - 1).sentence == t.sentence && m_tokens.at(i - 1).kind != TokenKind::Punct);
    if (WordLists::isClauseBoundary(t.lower))
        return false;
    // A speech verb's form after an article is a noun: "an analysis of the reports".
    const bool noun =
        i > 0 && m_tokens.at(i - 1).sentence == t.sentence && m_tokens.at(i - 1).in(WordLists::Determiner);
    return noun || !WordLists::isSpeechVerb(t.lower);
}

int SpeakerPhraseFinder::skipPartyLabel(int k, int lowerBound) const
{
    if (k < lowerBound)
        return k; // a verb opening the text has nothing before it
    auto isLabel = [&](int i) {
        return NameContext::isPartyLabel(m_tokens.at(i));
    };
    if (k - 2 >= lowerBound && m_tokens.at(k).isPunct(u')') && isLabel(k - 1) && m_tokens.at(k - 2).isPunct(u'('))
        return k - 3;
    if (k - 2 >= lowerBound && m_tokens.at(k).isPunct(u',') && isLabel(k - 1) && m_tokens.at(k - 2).isPunct(u','))
        return k - 3;
    // "Sen. Ted Cruz (Tex.)", "Sanders (Vt.)": a short label in brackets right after a name; "Kasich
    // (who has 25 delegates to date)": a relative clause.
    if (m_tokens.at(k).isPunct(u')')) {
        for (int open = k - 1; open - 1 >= lowerBound && open >= k - kMaxBracketAside; --open) {
            const Token &t = m_tokens.at(open);
            if (t.kind == TokenKind::QuoteMark || t.isPunct(u')'))
                break;
            if (t.isPunct(u'(')) {
                const Token &inside = m_tokens.at(open + 1);
                const bool label = inside.isCapitalised() && open >= k - kMaxBracketLabel;
                if (open + 1 < k && m_tokens.at(open - 1).isCapitalised() && (label || inside.lower == u"who"))
                    return open - 1;
                break;
            }
        }
    }
    return k;
}

int SpeakerPhraseFinder::phraseStartBefore(int end, int lowerBound, int maxWords) const
{
    int first = end;
    while (first - 1 >= lowerBound && end - first < maxWords && isPhraseToken(first - 1))
        --first;
    if (first - 1 >= lowerBound && m_tokens.at(first - 1).isWord() && m_tokens.at(first - 1).lower == u"the")
        --first;
    return first;
}

int SpeakerPhraseFinder::asideOpening(int last, int lowerBound) const
{
    int c = last;
    while (c >= lowerBound && (!m_tokens.at(c).isPunct(u',') || inPlaceAndRegion(c))
           && m_tokens.at(c).kind != TokenKind::QuoteMark && !m_tokens.at(c).isSentenceEnd()
           && !m_tokens.at(c).isPunct(u'(') && last + 1 - c < kMaxAside)
        --c;
    return c >= lowerBound && m_tokens.at(c).isPunct(u',') ? c : -1;
}

bool SpeakerPhraseFinder::inPlaceAndRegion(int c) const
{
    // The region: one or two capitalised words or an abbreviation ("Germany", "South Carolina",
    // "N.C."), between the comma at `pair` and the next; no title or first name ("in Nevada,
    // Senator Harry Reid, said", "in Munich, Dylan Nelson, said" name a person).
    auto regionAfter = [&](int pair) {
        int r = pair + 1;
        while (r < m_tokens.size() && r - pair <= 2 && m_tokens.at(r).isCapitalised()
               && !m_tokens.at(r).in(WordLists::PersonTitle)
               && WordLists::genderOfFirstName(m_tokens.at(r).lower) == Gender::Unknown)
            ++r;
        return r > pair + 1 && r < m_tokens.size() && m_tokens.at(r).isPunct(u',') ? r : -1;
    };
    // The place: capitalised words after "in", "of", "from" or "near" before the first comma.
    auto placeBefore = [&](int pair) {
        static const QStringView prepositions[] = {u"in", u"of", u"from", u"near", u"outside"};
        int p = pair - 1;
        while (p >= 0 && pair - p <= 3 && m_tokens.at(p).isCapitalised())
            --p;
        return p >= 0 && p < pair - 1 && m_tokens.at(p).isOneOf(prepositions);
    };
    if (regionAfter(c) >= 0 && placeBefore(c))
        return true;
    // The comma closing the region: the pair's comma up to four tokens back.
    for (int pair = c - 2; pair >= 0 && pair >= c - 4; --pair) {
        if (m_tokens.at(pair).isPunct(u','))
            return regionAfter(pair) == c && placeBefore(pair);
    }
    return false;
}

bool SpeakerPhraseFinder::opensDescription(int i) const
{
    static const QStringView relatives[] = {u"who", u"whose"};
    const Token &t = m_tokens.at(i);
    return t.isWord() && !t.isCapitalised()
        && (t.isOneOf(relatives) || endsWithText(t.lower, u"ing") || endsWithText(t.lower, u"ed"));
}

SpeakerPhrase SpeakerPhraseFinder::before(int verb, int lowerBound) const
{
    int k = verb - 1;
    // "has", "also", "will" between a name and its verb; a capital is a name ("Will described").
    while (k >= lowerBound && m_tokens.at(k).isWord() && WordLists::isAttributionFiller(m_tokens.at(k).lower)
           && !(m_tokens.at(k).isCapitalised() && k > 0 && m_tokens.at(k - 1).sentence == m_tokens.at(k).sentence))
        --k;
    // A party and state in brackets or between commas: "Gov. John Kasich (R-OH) said",
    // "Mitch McConnell, R-Ky., said".
    k = skipPartyLabel(k, lowerBound);
    // "Gov. John Kasich (R-OH), said": a party label closes the apposition.
    if (k - 1 >= lowerBound && m_tokens.at(k).isPunct(u',') && skipPartyLabel(k - 1, lowerBound) != k - 1)
        k = skipPartyLabel(k - 1, lowerBound);
    // An aside between dashes, as between commas below: "Kall -- co-editor of a book on the debates
    // -- said", "Lee — a member since 2010 — said". The phrase before the first dash speaks.
    if (k >= lowerBound && m_tokens.at(k).isDash()) {
        int c = k - 1;
        while (c >= lowerBound && m_tokens.at(c).isDash()) // "--" is two
            --c;
        const int asideEnd = c;
        while (c >= lowerBound && !m_tokens.at(c).isDash() && m_tokens.at(c).kind != TokenKind::QuoteMark
               && !m_tokens.at(c).isSentenceEnd() && asideEnd - c < kMaxAside)
            --c;
        while (c - 1 >= lowerBound && m_tokens.at(c).isDash() && m_tokens.at(c - 1).isDash())
            --c;
        if (c > lowerBound && c < asideEnd && m_tokens.at(c).isDash())
            k = c - 1;
    }
    // "a woman in Worcester, Massachusetts, told him": where the speaker is from, with no aside
    // around it; the speaker comes before the preposition. "Bob Harris, of Raleigh, N.C., said" and
    // "Trump, speaking in Wilmington, N.C., warned" are asides (below).
    if (k > lowerBound && m_tokens.at(k).isPunct(u',') && inPlaceAndRegion(k) && asideOpening(k - 1, lowerBound) < 0) {
        int preposition = k - 1;
        while (preposition > lowerBound
               && (m_tokens.at(preposition).isCapitalised() || m_tokens.at(preposition).isPunct(u',')))
            --preposition;
        if (preposition - 1 >= lowerBound)
            k = preposition - 1;
    }
    // Apposition or relative clause: "Negrete, who is …, said" — the phrase before the first comma;
    // but "…, Gov. John Kasich, said": a name opening the part between the commas is the speaker.
    if (k >= lowerBound && m_tokens.at(k).isPunct(u',')) {
        const int c = asideOpening(k - 1, lowerBound);
        if (c >= 0) {
            const Token &opening = m_tokens.at(c + 1);
            // "Christie, New Jersey's governor, said": a possessive makes a short part a description
            // of the name before it ("…, Clinton's right-hand woman rallied supporters, saying" is a clause).
            // A longer part too when a role follows the possessive: "McGurk, President Obama's special
            // envoy to the coalition fighting the Islamic State, tweeted".
            bool possessive = false;
            for (int p = c + 1; p < k && p <= c + kMaxApposition && !possessive; ++p) {
                possessive = m_tokens.at(p).kind == TokenKind::Possessive
                    && (k - c - 1 <= kMaxApposition || (p + 1 < k && m_tokens.at(p + 1).in(WordLists::RoleNoun))
                        || (p + 2 < k && m_tokens.at(p + 2).in(WordLists::RoleNoun)));
            }
            // "Pankaj Pandey, Head of Research at ICICI Securities, said": an office written with
            // capitals describes the name before it.
            const bool office = opening.lower == u"head" && c + 2 < k && m_tokens.at(c + 2).lower == u"of";
            const bool nameBetween = c + 1 < k && opening.isCapitalised() && !possessive && !office
                && !opening.in(WordLists::Determiner | WordLists::ClauseBoundary | WordLists::NonEntityCapital);
            if (nameBetween) {
                int last = c + 1;
                while (last < k && last - c <= kMaxPhrase && isPhraseToken(last))
                    ++last;
                return {c + 1, last};
            }
            k = skipPartyLabel(c - 1, lowerBound);
            // An aside before it that describes the name too: "Sen. Chuck Grassley, facing a
            // challenge in Iowa, a swing state, said" (not Iowa), "Lee, who lives in Ohio, a lawyer,
            // said".
            if (const int aside = asideOpening(k, lowerBound);
                aside > lowerBound && aside < k && opensDescription(aside + 1))
                k = aside - 1;
            // An age before the apposition: "Jillian Chase, 27, a Tinder user, said".
            if (k - 1 > lowerBound && m_tokens.at(k).kind == TokenKind::Number && m_tokens.at(k).text.size() <= 3
                && m_tokens.at(k - 1).isPunct(u','))
                k -= 2;
        } else {
            return {};
        }
    }
    int first = k + 1;
    while (first - 1 >= lowerBound && k - first + 1 < kMaxPhrase && isPhraseToken(first - 1))
        --first;
    // Possessive determiners lead into the phrase: "the legal nonprofit", "Trump's spokeswoman".
    if (first - 1 >= lowerBound && m_tokens.at(first - 1).isWord() && m_tokens.at(first - 1).lower == u"the")
        --first;
    if (first > k)
        return {};
    // "a spokesman for the campaign said", "Protesters marching through the streets chanted", "an
    // aide to Clinton said" (not "the last man to run said"): a phrase after a preposition modifies
    // the speaker before it.
    if (first - 2 >= lowerBound && isPhraseToken(first - 2)
        && (isModifierPreposition(m_tokens.at(first - 1))
            || (m_tokens.at(first - 1).lower == u"to" && m_tokens.at(first - 2).in(WordLists::RoleNoun)
                && namesSomeoneFrom(first, k)))) {
        const int outer = phraseStartBefore(first - 1, lowerBound, kMaxPhrase - 1);
        if (outer < first - 1)
            first = outer;
    }
    // "Another intelligence source speaking to Fox News said": who is spoken to after a participle
    // is not the speaker; the phrase before the participle is.
    if (first - 3 >= lowerBound && (m_tokens.at(first - 1).lower == u"to" || m_tokens.at(first - 1).lower == u"with")
        && m_tokens.at(first - 2).isWord() && endsWithText(m_tokens.at(first - 2).lower, u"ing")
        && !m_tokens.at(first - 2).isCapitalised() && isPhraseToken(first - 3)) {
        const int participle = first - 2;
        return {phraseStartBefore(participle, lowerBound, kMaxPhrase), participle};
    }
    // "A Texas man who attended the meeting said": a relative clause without commas describes the
    // speaker named before "who". The clause's own verb follows "who" ("who many believe": "many"
    // believe), and the speech verb is no plural noun ("who filed two reports").
    static const QStringView nouns[] = {u"reports", u"states", u"notes", u"claims", u"charges", u"estimates"};
    if (first - 2 >= lowerBound && m_tokens.at(first - 1).isWord() && m_tokens.at(first - 1).lower == u"who"
        && isPhraseToken(first - 2) && ReportedClause::looksFinite(m_tokens.at(first))
        && !m_tokens.at(verb).isOneOf(nouns)) {
        const int who = first - 1;
        return {phraseStartBefore(who, lowerBound, kMaxPhrase), who};
    }
    // "First his wife said", "Later the mayor said": an adverb opening the sentence is no part of
    // who speaks. Not a title's word ("First Lady Melania Trump said").
    static const QStringView adverbs[] = {u"first", u"then",  u"later",  u"now",       u"finally", u"meanwhile",
                                          u"also",  u"still", u"next",   u"earlier",   u"instead", u"afterwards",
                                          u"again", u"soon",  u"lastly", u"eventually"};
    if (first < k && m_tokens.at(first).isOneOf(adverbs) && m_tokens.at(first + 1).isWord()
        && !m_tokens.at(first + 1).isCapitalised())
        ++first;
    // "in the U.S. He says": a subject pronoun never sits inside a longer phrase, so it opens the
    // phrase (a missed sentence end before it leaves the name in front).
    static const QStringView subjects[] = {u"he", u"she", u"they", u"we", u"i"};
    for (int p = k; p > first; --p) {
        if (m_tokens.at(p).isOneOf(subjects)) {
            first = p;
            break;
        }
    }
    return {first, k + 1};
}

SpeakerPhrase SpeakerPhraseFinder::after(int verb, int upperBound) const
{
    int first = verb + 1;
    if (first < upperBound && m_tokens.at(verb).lower == u"according" && m_tokens.at(first).lower == u"to")
        ++first;
    // "said Tuesday", "said last week": time words are not speakers.
    while (first < upperBound && m_tokens.at(first).isWord() && isTimeWord(m_tokens.at(first))
           && !m_tokens.at(first).isCapitalised()) {
        // "said in a statement", "wrote in a letter": after "in" or "on" a word of no time is the
        // preposition's object, where the words were said, not who said them.
        const bool preposition = m_tokens.at(first).lower == u"in" || m_tokens.at(first).lower == u"on";
        ++first;
        if (preposition && first < upperBound && !isTimeWord(m_tokens.at(first)))
            return {};
    }
    // "adding that Trump's campaign …": "that" opens the reported clause, whose subject is talked about.
    if (first < upperBound && m_tokens.at(first).lower == u"that")
        return {};
    int last = first;
    if (last < upperBound && m_tokens.at(last).isWord() && WordLists::isDeterminer(m_tokens.at(last).lower))
        ++last;
    while (last < upperBound && last - first < kMaxPhrase && isPhraseToken(last))
        ++last;
    // "said Ambassador to France Jane Hartley", "said the U.S. Ambassador to Israel": a title and
    // the place or body it is posted to, and the holder's name after them.
    if (last > first && last + 1 < upperBound && m_tokens.at(last).lower == u"to"
        && m_tokens.at(last - 1).in(WordLists::RoleNoun | WordLists::PersonTitle)
        && !m_tokens.at(last - 1).in(WordLists::DocumentNoun | WordLists::SpeechNoun)) { // not "a letter to …"
        const int posted = m_tokens.at(last + 1).lower == u"the" ? last + 2 : last + 1;
        if (posted < upperBound && m_tokens.at(posted).isWord() && m_tokens.at(posted).isCapitalised()) {
            last = posted;
            while (last < upperBound && last - first < kMaxPhrase + 3 && isPhraseToken(last))
                ++last;
        }
    }
    // "according to a court document filed by state attorney Dave Aronberg": who filed it, too.
    if (last > first + 1 && last + 1 < upperBound && m_tokens.at(last).lower == u"by"
        && endsWithText(m_tokens.at(last - 1).lower, u"ed") && !m_tokens.at(last - 1).isCapitalised()
        && isPhraseToken(last + 1)) {
        const int byWhom = last + 1;
        last = byWhom;
        while (last < upperBound && last - byWhom < kMaxPhrase && isPhraseToken(last))
            ++last;
    }
    if (last <= first)
        return {};
    return {first, last};
}

bool SpeakerPhraseFinder::plausible(const SpeakerPhrase &phrase) const
{
    if (!phrase.isValid())
        return false;
    for (int i = phrase.first; i < phrase.last; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.isCapitalised() && !WordLists::isNonEntityCapital(t.lower) && !isTimeWord(t))
            return true;
        if (t.isWord()
            && (WordLists::isPronoun(t.lower) || WordLists::isRoleNoun(t.lower)
                || WordLists::isOrganisationHead(t.lower) || WordLists::isPersonTitle(t.lower)
                || cues::isPeopleNoun(t)))
            return true;
    }
    return false;
}

} // namespace lede
