#include "analysis/entityrecognizer.h"

#include "analysis/brokenwords.h"
#include "analysis/entitycues.h"
#include "analysis/entitykinds.h"
#include "analysis/gazetteer.h"
#include "analysis/knownnames.h"
#include "analysis/namecontext.h"
#include "domain/wordkey.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace lede {
namespace {

constexpr QStringView kIndefiniteArticles[] = {u"a", u"an"};

// The mention of tokens [first, last) as an entity of `kind`: a place or a body split off a
// longer run ("Missouri" of "Missouri Republican Roy Blunt").
EntityMention mentionOf(const QString &body, const QList<Token> &tokens, int first, int last, EntityKind kind)
{
    EntityMention m;
    m.firstToken = first;
    m.lastToken = last;
    m.start = tokens.at(first).start;
    m.end = tokens.at(last - 1).end;
    m.lower = QStringView(tokens.at(first).lower.data(), m.end - m.start);
    m.surface = body.mid(m.start, m.end - m.start);
    m.kind = kind;
    return m;
}

// Whether "of the" and a chamber start at k: "Speaker of the House", whose chamber belongs to the
// title before it.
bool ofTheChamber(const QList<Token> &tokens, int k)
{
    return k + 2 < tokens.size() && tokens.at(k).lower == u"of" && tokens.at(k + 1).lower == u"the"
        && EntityCues::isLegislature(tokens.at(k + 2).lower);
}

// Tokens k and k + 1 as they are written together, in lower case ("zero hedge").
WordView pairOf(const QList<Token> &tokens, int k)
{
    return QStringView(tokens.at(k).lower.data(), tokens.at(k + 1).end - tokens.at(k).start);
}

} // namespace

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{ }

bool EntityRecognizer::isNameToken(const QList<Token> &tokens, int i) const
{
    const Token &t = tokens.at(i);
    // "Bashar al-Assad", "Ansar al-Sharia": Arabic's article, written small, opens the name's next word.
    if (i > 0 && NameContext::isArticleParticle(t) && tokens.at(i - 1).isCapitalised())
        return true;
    // "George W Bush": a first name's middle initial, written without its full stop. Not "N", which
    // stands for "and" ("Christina N Luis", "Rock N Roll").
    if (t.text.size() == 1 && t.isCapitalised() && t.text != u"N" && i > 0 && i + 1 < tokens.size()
        && WordLists::genderOfFirstName(tokens.at(i - 1).lower) != Gender::Unknown && tokens.at(i + 1).isCapitalised()
        && tokens.at(i + 1).start == t.end + 1)
        return true;
    if (!t.isCapitalised() || t.text.size() < 2)
        return false;
    // "GuantÃ¡namo", "PeÃ±a": UTF-8 read as Latin-1 splits a word after "Ã" or "Â" (or "A" and a
    // combining tilde or circumflex, decomposed); a piece before a split BrokenWords did not mend
    // is no name.
    const char16_t lastChar = t.text.back().unicode();
    if (lastChar == 0xC3 || lastChar == 0xC2 || lastChar == 0x0303 || lastChar == 0x0302)
        return false;
    // "RT @user": a retweet's mark, not the network RT.
    if (t.text == u"RT" && i + 1 < tokens.size() && tokens.at(i + 1).isPunct(u'@'))
        return false;
    // "@HillaryClinton", "#NeverTrump": an account or a tag, written for software, not a name in prose.
    if (i > 0 && tokens.at(i - 1).end == t.start && (tokens.at(i - 1).isPunct(u'@') || tokens.at(i - 1).isPunct(u'#')))
        return false;
    // Contractions ("I’m", "We’re", "Don’t") are not names; "O’Malley" and "D’Souza" are.
    for (qsizetype k = 1; k + 1 < t.text.size(); ++k) {
        if ((t.text.at(k) == u'\'' || t.text.at(k) == QChar(0x2019)) && t.text.at(k + 1).isLower())
            return false;
    }
    return true;
}

bool EntityRecognizer::isPlainWord(const Token &t) const
{
    constexpr quint64 nameWords = WordLists::OrganisationWord | WordLists::PlaceWord | WordLists::LawWord
        | WordLists::EventWord | WordLists::HeadWord | WordLists::PersonTitle | WordLists::NameAdjective
        | WordLists::KnownOrganisation | WordLists::KnownPlace | WordLists::NameConnector | WordLists::PlacePrefix;
    // "As", "The": small words, even where the word list also knows them as names (arsenic's "As").
    if (t.in(WordLists::NonEntityCapital))
        return true;
    return m_gazetteer.isCommonWord(t.lower) && !m_gazetteer.isProperNoun(t.lower) && !t.in(nameWords)
        && WordLists::genderOfFirstName(t.lower) == Gender::Unknown && !m_gazetteer.isPlace(t.lower);
}

bool EntityRecognizer::continuesName(const QList<Token> &tokens, int k) const
{
    if (k == 0 || !tokens.at(k - 1).isCapitalised() || tokens.at(k).start - tokens.at(k - 1).end > 1)
        return false;
    // "Jeff Sessions, Rudy Giuliani Wear …": in a headline a dictionary word after a first name is
    // the surname, where the name ends ("Warren Prompts VP Speculation" goes on with the headline).
    const bool ends = k + 1 >= tokens.size() || !tokens.at(k + 1).isCapitalised();
    if (ends && WordLists::genderOfFirstName(tokens.at(k - 1).lower) != Gender::Unknown)
        return true;
    // "… President Of The United States": a dictionary word that completes a name the lists know.
    const QStringView pair(tokens.at(k - 1).lower.data(), tokens.at(k).end - tokens.at(k - 1).start);
    return m_gazetteer.isPlace(pair)
        || (WordLists::flags(pair) & (WordLists::KnownPlace | WordLists::KnownOrganisation));
}

bool EntityRecognizer::startsSentence(const QList<Token> &tokens, const QList<TokenRange> &sentences, int i) const
{
    if (i == 0)
        return true;
    if (sentences.at(tokens.at(i).sentence).first == i)
        return true;
    const Token &prev = tokens.at(i - 1);
    // After an opening quotation mark, a colon or a dash, a capital starts a new clause.
    return prev.kind == TokenKind::QuoteMark || prev.isPunct(u':') || prev.isPunct(u'(') || prev.isDash()
        || prev.isPunct(u'[') || (sentences.at(tokens.at(i).sentence).first == i - 1 && prev.kind != TokenKind::Word);
}

QList<EntityMention> EntityRecognizer::recognize(const QString &body, const QList<Token> &tokens,
                                                 const QList<TokenRange> &sentences) const
{
    if (!BrokenWords::any(tokens))
        return recognizeTokens(body, tokens, sentences);
    // "Enrique PeÃ±a Nieto": names are found over words that mojibake broke joined again, and
    // their token ranges given back in the caller's tokens.
    QList<int> origin;
    const QList<Token> joined = BrokenWords::join(tokens, origin);
    if (joined.size() == tokens.size())
        return recognizeTokens(body, tokens, sentences);
    QList<int> toJoined(tokens.size() + 1, 0);
    for (int k = 0; k < int(joined.size()); ++k) {
        for (int t = origin.at(k); t < origin.at(k + 1); ++t)
            toJoined[t] = k;
    }
    toJoined[tokens.size()] = int(joined.size());
    QList<TokenRange> joinedSentences = sentences;
    for (TokenRange &r : joinedSentences) {
        r.first = toJoined.at(r.first);
        r.last = toJoined.at(r.last);
    }
    QList<EntityMention> mentions = recognizeTokens(body, joined, joinedSentences);
    for (EntityMention &m : mentions) {
        m.firstToken = origin.at(m.firstToken);
        m.lastToken = origin.at(m.lastToken);
    }
    return mentions;
}

QList<EntityMention> EntityRecognizer::recognizeTokens(const QString &body, const QList<Token> &tokens,
                                                       const QList<TokenRange> &sentences) const
{
    QList<EntityMention> mentions;
    const int n = int(tokens.size());
    const QList<bool> headline = NameContext::headlineSentences(tokens, sentences);
    // Capitalised words seen inside a sentence: there the capital says "name" ("said Rather"). The
    // same, outside title-case headlines, where every word has a capital. Few runs ask: the sets
    // are made when the first does (made for every article, they were a tenth of this function).
    QSet<WordView> capitalisedInside;
    QSet<WordView> capitalisedInProse;
    // Two capitalised words written together inside a sentence of prose ("on Zero Hedge"): the same
    // two opening a sentence are that name, not a dictionary word and a name ("Zero Hedge said",
    // "Purple PAC, steered by …", "Oversight Committee Republicans").
    QSet<WordView> capitalisedPairsInProse;
    bool capitalisedKnown = false;
    auto learnCapitalised = [&] {
        if (capitalisedKnown)
            return;
        capitalisedKnown = true;
        for (int i = 1; i < n; ++i) {
            if (tokens.at(i).isCapitalised() && !startsSentence(tokens, sentences, i)) {
                capitalisedInside.insert(tokens.at(i).lower);
                if (headline.at(tokens.at(i).sentence))
                    continue;
                capitalisedInProse.insert(tokens.at(i).lower);
                // Not words in quotation marks ("the words 'Radical Islam'"), capitalised as a slogan.
                if (i + 1 < n && tokens.at(i + 1).isCapitalised() && tokens.at(i + 1).sentence == tokens.at(i).sentence
                    && tokens.at(i - 1).kind != TokenKind::QuoteMark)
                    capitalisedPairsInProse.insert(pairOf(tokens, i));
            }
        }
    };
    auto capitalisedTogetherInProse = [&](int k) {
        learnCapitalised();
        return capitalisedPairsInProse.contains(pairOf(tokens, k));
    };
    auto capitalisedInsideASentence = [&](QStringView lower) {
        learnCapitalised();
        return capitalisedInside.contains(lower);
    };
    auto capitalisedInProseText = [&](QStringView lower) {
        learnCapitalised();
        return capitalisedInProse.contains(lower);
    };
    WrittenSurnames surnamesWritten(tokens); // read when a run first asks
    const bool anyKnown = m_knownNames && !m_knownNames->isEmpty();
    // In a headline written in title case a capital says nothing: a dictionary word there is a word.
    // "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE": in words written all in capitals a capital says
    // nothing either; a dictionary word there is a word.
    auto capitals = [&](int k) {
        if (k < 0 || k >= n || !tokens.at(k).isWord() || tokens.at(k).text.size() < 2)
            return false;
        for (QChar c : tokens.at(k).text) {
            if (c.isLower())
                return false;
        }
        return true;
    };
    auto decideName = [&](int k) {
        if (!isNameToken(tokens, k))
            return false;
        // The word lists are asked last: most tokens are settled by their capital alone.
        const bool quiet = headline.at(tokens.at(k).sentence) || (capitals(k) && (capitals(k - 1) || capitals(k + 1)));
        return !quiet || !isPlainWord(tokens.at(k)) || continuesName(tokens, k);
    };
    // The runs below ask of a token again and again (as the next word, then as a run's start):
    // each answer is kept, -1 while not yet asked.
    std::vector<qint8> isName(std::size_t(n), -1);
    auto nameAt = [&](int k) {
        qint8 &known = isName[std::size_t(k)];
        if (known < 0)
            known = decideName(k) ? 1 : 0;
        return known == 1;
    };
    for (int i = 0; i < n; ++i) {
        if (anyKnown) {
            EntityKind kind = EntityKind::Other;
            const int length = m_knownNames->matchAt(tokens, i, &kind);
            if (length > 0) {
                EntityMention m;
                m.firstToken = i;
                m.lastToken = i + length;
                m.start = tokens.at(i).start;
                m.end = tokens.at(i + length - 1).end;
                m.surface = body.mid(m.start, m.end - m.start);
                m.lower = QStringView(tokens.at(i).lower.data(), m.end - m.start);
                m.kind = kind;
                m.confirmed = true;
                mentions.append(m);
                i += length - 1;
                continue;
            }
        }
        if (!nameAt(i))
            continue;
        int j = i + 1;
        while (j < n && tokens.at(j).sentence == tokens.at(i).sentence) {
            if (nameAt(j) && tokens.at(j).start - tokens.at(j - 1).end <= 1) {
                ++j;
            } else if (tokens.at(j).in(WordLists::NameConnector) && !tokens.at(j).isCapitalised() && j + 1 < n
                       && tokens.at(j + 1).sentence == tokens.at(i).sentence && nameAt(j + 1)) {
                j += 2;
            } else if ((tokens.at(j).lower == u"of" || tokens.at(j).lower == u"for") && j + 2 < n
                       && tokens.at(j + 1).lower == u"the" && tokens.at(j + 2).sentence == tokens.at(i).sentence
                       && nameAt(j + 2)
                       && (tokens.at(j + 2).in(WordLists::HeadWord)
                           || (tokens.at(j - 1).in(WordLists::OrganisationWord) && (j + 3 >= n || !nameAt(j + 3)))
                           || (tokens.at(j - 1).in(WordLists::PersonTitle) && ofTheChamber(tokens, j)))) {
                // "Department of the Interior", "State of the Union": "of the" before a head word.
                // "Coalition for the Homeless", "Center for the Arts": after an organisation's word.
                // "Speaker of the House Newt Gingrich": a title of a chamber.
                j += 3;
            } else if (tokens.at(j).kind == TokenKind::Possessive && tokens.at(j).start == tokens.at(j - 1).end
                       && j + 1 < n && tokens.at(j + 1).sentence == tokens.at(i).sentence && nameAt(j + 1)
                       && tokens.at(j + 1).in(WordLists::OrganisationWord)
                       && m_gazetteer.isCommonWord(tokens.at(j - 1).lower)
                       && !m_gazetteer.isProperNoun(tokens.at(j - 1).lower)) {
                // "Swiss People's Party", "Children's Hospital": a common noun's possessive inside a
                // name ending in an organisation word ("Obama's Cabinet" is the cabinet of a person).
                j += 2;
            } else if (tokens.at(j).text == u"v." && j + 1 < n && tokens.at(j + 1).sentence == tokens.at(i).sentence
                       && nameAt(j + 1)) {
                j += 2; // "Roe v. Wade", "Brown v. Board of Education": a court case names its parties
            } else if (tokens.at(j).kind == TokenKind::Possessive && j + 1 < n && nameAt(j + 1)
                       && EntityCues::isHoliday(
                           QStringView(tokens.at(i).lower.data(), tokens.at(j + 1).end - tokens.at(i).start))) {
                j += 2; // "New Year's Eve": a holiday's name holds a possessive
            } else {
                break;
            }
        }
        int runEnd = j;
        int a = i;
        int b = j;
        // "Claim That Donald Trump Is In ISIS Recruiting Videos": a headline capitalises its verbs,
        // pronouns and conjunctions, which no name holds inside; the name ends before one.
        for (int k = a + 1; k < b; ++k) {
            if (NameContext::isClauseWordInHeadline(tokens.at(k))) {
                b = runEnd = k;
                break;
            }
        }
        // "the House and Senate", "Apple Inc and Alphabet Inc", "the FBI and Justice Department": an
        // organisation's name is complete before "and" when the words after it end in one too.
        const bool endsInHead = tokens.at(b - 1).in(WordLists::OrganisationWord | WordLists::KnownOrganisation);
        for (int k = a + 1; endsInHead && k + 1 < b; ++k) {
            if ((tokens.at(k).lower == u"and" || tokens.at(k).lower == u"&")
                && tokens.at(k - 1).in(WordLists::OrganisationWord | WordLists::KnownOrganisation)) {
                b = runEnd = k;
                break;
            }
        }
        // "the United Nations and European Union": two names the lists know, each whole, are two
        // bodies, unless the lists know the whole ("Bosnia and Herzegovina"). "The" opening the
        // sentence is no part of the first ("The United Nations and European Union stressed").
        // The lists are asked only about runs that hold a small connector: most runs hold none.
        auto holdsConnector = [&](int from, int to) {
            for (int k = from + 1; k < to; ++k) {
                if (tokens.at(k).in(WordLists::WeakConnector))
                    return true;
            }
            return false;
        };
        auto holdsOwnConnector = [&](int from, int to) {
            static constexpr QStringView lowerCaseOnly[] = {u"for", u"on"};
            for (int k = from + 1; k < to; ++k) {
                const Token &t = tokens.at(k);
                if (t.lower == u"of" || (t.isOneOf(lowerCaseOnly) && !t.isCapitalised()))
                    return true;
            }
            return false;
        };
        // "Department of Housing and Urban Development", "Office of Management and Budget": after a
        // body's "of", dictionary words on both sides of "and" name what the body is of; "University
        // of Pennsylvania and Carnegie Mellon" names a place and a second body.
        auto plainWordsOfBody = [&](int andAt) {
            const auto plain = [&](int k) {
                const Token &t = tokens.at(k);
                return t.isCapitalised() && m_gazetteer.isCommonWord(t.lower) && !m_gazetteer.isPlace(t.lower)
                    && !t.in(WordLists::Demonym | WordLists::PersonTitle);
            };
            int of = andAt - 1;
            while (of > a && plain(of))
                --of;
            if (of == andAt - 1 || of - 1 < a || tokens.at(of).lower != u"of"
                || !tokens.at(of - 1).in(WordLists::OrganisationWord))
                return false;
            for (int k = andAt + 1; k < b; ++k) {
                if (!plain(k))
                    return false;
            }
            return andAt + 1 < b;
        };
        const int firstName = tokens.at(a).lower == u"the" ? a + 1 : a;
        if (b - firstName >= 3 && holdsConnector(firstName, b) && !isKnownBodyOrPlace(tokens, firstName, b)) {
            for (int k = firstName + 1; k + 1 < b; ++k) {
                if (tokens.at(k).lower == u"and" && isKnownBodyOrPlace(tokens, firstName, k)
                    && isKnownBodyOrPlace(tokens, k + 1, b)) {
                    b = runEnd = k;
                    break;
                }
            }
        }
        // "Cooper and Martha Raddatz of ABC News": "and" before a first name joins two names, whatever
        // the second ends in.
        for (int k = a + 1; k + 1 < b; ++k) {
            // "Rudy Giuliani & Sen. Jeff Sessions": so does "&" before a first name or a title.
            if ((tokens.at(k).lower == u"and" || tokens.at(k).lower == u"&")
                && (WordLists::genderOfFirstName(tokens.at(k + 1).lower) != Gender::Unknown
                    || (tokens.at(k).lower == u"&" && tokens.at(k + 1).in(WordLists::PersonTitle)))) {
                b = runEnd = k;
                break;
            }
        }
        // "The Kelly File on Fox News": "on" holds a name together only after a body's or an event's
        // word ("Council on Foreign Relations", "War on Terror").
        for (int k = a + 1; k + 1 < b; ++k) {
            if (tokens.at(k).lower == u"on" && !tokens.at(k).isCapitalised()
                && !tokens.at(k - 1).in(WordLists::OrganisationWord | WordLists::EventWord)) {
                b = runEnd = k;
                break;
            }
        }
        // "John Bolton and Breitbart News National Security": a person's name (a first name and a
        // surname) ends before "and", whatever the words after it end in.
        if (WordLists::genderOfFirstName(tokens.at(a).lower) != Gender::Unknown) {
            for (int k = a + 2; k + 1 < b; ++k) {
                if (tokens.at(k).lower == u"and" && !tokens.at(k).isCapitalised()
                    && !tokens.at(k - 1).in(WordLists::HeadWord)) {
                    b = runEnd = k;
                    break;
                }
                if (!tokens.at(k).isCapitalised())
                    break; // "John of Gaunt and …": only a plain run of names
            }
        }
        // "Trump and Clinton": a weak connector only holds a name together that ends in a head word,
        // or one the lists know whole ("Bosnia and Herzegovina", "Trinidad and Tobago").
        if (!tokens.at(b - 1).in(WordLists::HeadWord) && holdsConnector(a, b) && !isKnownBodyOrPlace(tokens, a, b)) {
            // "Center for Strategic and International Studies": once an organisation's word has held
            // a connector, the words after it name what the body is for, "and" included.
            bool held = false;
            for (int k = a + 1; k < b; ++k) {
                // "Center for Responsive Politics": an organisation word before the connector holds it.
                // "Movement for Black Lives": so does a movement's.
                // "Cushman & Wakefield", "Johnson & Johnson": an ampersand joins the partners of a firm.
                if (tokens.at(k).lower == u"&")
                    continue;
                // "Speaker of the House Newt Gingrich": the chamber a title is of belongs to the title.
                if (tokens.at(k - 1).in(WordLists::PersonTitle) && k + 2 < b && ofTheChamber(tokens, k)) {
                    k += 2;
                    continue;
                }
                if (tokens.at(k).in(WordLists::WeakConnector) && !tokens.at(k).isCapitalised()) {
                    const bool joins = tokens.at(k).lower == u"and" || tokens.at(k).lower == u"&";
                    // "Americans for Prosperity", "Young Americans for Freedom": a people's plural
                    // before "for" names the group that stands for something.
                    const bool peopleFor = tokens.at(k).lower == u"for" && tokens.at(k - 1).in(WordLists::Demonym)
                        && tokens.at(k - 1).lower.endsWith(u's');
                    // "High Commissioner for Human Rights", "Minister for Foreign Affairs": an office
                    // written with capitals names what it is for.
                    const bool officeFor = tokens.at(k).lower == u"for" && tokens.at(k - 1).isCapitalised()
                        && tokens.at(k - 1).in(WordLists::PersonTitle);
                    if (tokens.at(k - 1).in(WordLists::OrganisationWord) || peopleFor || officeFor
                        || (k - 1 == a && tokens.at(a).in(WordLists::EventWord) && !joins)) {
                        held = held || !joins;
                    } else if (joins && !held && plainWordsOfBody(k)) {
                        continue; // "Department of Housing and Urban Development"
                    } else if (held && joins && holdsOwnConnector(k + 1, b)) {
                        // "Center for American Progress and Americans for Prosperity": words after
                        // "and" that hold a connector of their own name a second body.
                        b = runEnd = k;
                        break;
                    } else if (!held || (tokens.at(k).lower != u"and" && tokens.at(k).lower != u"the")) {
                        b = runEnd = k; // the words after the connector start a name of their own
                        break;
                    }
                }
            }
        }
        auto trimmable = [&](int k) {
            const Token &t = tokens.at(k);
            const QStringView lower = t.lower;
            if (NameContext::isClauseWordInHeadline(t))
                return true; // "Is In ISIS …": the headline's verb that ended the name before
            // "Roe v. Wade was …": a court case's first party opens its name, dictionary word or not.
            if (k + 1 < b && tokens.at(k + 1).text == u"v.")
                return false;
            // "Ban Ki-moon, the secretary general, …": a Korean family name before a given name
            // written with a hyphen and a small second part ("Ki-moon", "Jae-in", "Geun-hye").
            if (k + 1 < b && NameContext::isKoreanGivenName(tokens.at(k + 1).text))
                return false;
            // "No Child Left Behind Act": a law's name may open with "No"; so may a law known by its
            // slogan alone ("No Child Left Behind").
            if (t.text == u"No" && b - k >= 3
                && (tokens.at(b - 1).in(WordLists::LawWord)
                    || EntityCues::isKnownLaw(QStringView(t.lower.data(), tokens.at(b - 1).end - t.start))))
                return false;
            // "Democratic-leaning New Jersey", "Republican-controlled Congress": an adjective made
            // with a hyphen describes the name after it, or a noun ("GOP-heavy areas").
            const qsizetype hyphen = lower.lastIndexOf(u'-');
            if (hyphen > 0 && EntityCues::isCompoundTail(t.text.mid(hyphen + 1)))
                return true;
            // "Anti-Donald Trump Skywriting Campaign": "anti-" or "pro-" on a first name makes an
            // adjective of the person, who is named by the words after it.
            if (hyphen > 0 && (lower.startsWith(u"anti-") || lower.startsWith(u"pro-")) && k + 1 < b
                && WordLists::genderOfFirstName(lower.mid(lower.indexOf(u'-') + 1)) != Gender::Unknown)
                return true;
            // "Federal Reserve", "State of the Union": an adjective that is no name alone opens one.
            // At a sentence's start too ("National Guard members arrived"), unless a headline's.
            if (t.in(WordLists::NameAdjective) && k + 1 < b
                && (tokens.at(k + 1).isCapitalised() || tokens.at(k + 1).in(WordLists::NameConnector))
                && (!startsSentence(tokens, sentences, k) || !headline.at(t.sentence)))
                return false;
            // "Al Gore", "Le Pen", "Van Hollen": a particle written with a capital before a name opens
            // it ("et al." does not).
            if (NameContext::isNameParticle(t) && k + 1 < b && tokens.at(k + 1).isCapitalised())
                return false;
            // "Judicial Watch has …": two words ending in an organisation's head word are its name,
            // even where the first opens the sentence.
            if (k == a && b - a == 2 && tokens.at(b - 1).in(WordLists::OrganisationWord)
                && !NameContext::isAcronym(tokens.at(b - 1).text)
                && !t.in(WordLists::NonEntityCapital | WordLists::NameConnector | WordLists::TitleModifier))
                return false;
            if (t.in(WordLists::NonEntityCapital | WordLists::NameConnector) || EntityCues::isOpeningPreposition(lower))
                return true;
            // "Pankaj Pandey, Head of Research at ICICI Securities": an office written with capitals
            // is no body's name ("the head of Sikh Americans for Trump" leads to one; no title, then).
            if (lower == u"head" && k + 1 < b && tokens.at(k + 1).lower == u"of")
                return true;
            // "Former DNC chairman": "former" qualifies a title or a noun, it is never a name's first word.
            if (t.in(WordLists::TitleModifier))
                return true;
            if (!startsSentence(tokens, sentences, k))
                return false;
            // The two are the whole name, or a party's word follows ("Oversight Committee
            // Republicans"); "Crooked Hillary Clinton" is still a word before a person's name.
            if (k + 1 < b && tokens.at(k + 1).isCapitalised()
                && (k + 2 == b || EntityCues::isPartyWord(tokens.at(k + 2).lower)) && capitalisedTogetherInProse(k))
                return false;
            // "United Nations peacekeepers …", "New Jersey Gov. Chris Christie said": a name a list
            // knows, the whole run or its first words, keeps its first word.
            for (int end = b; end >= k + 2; --end) {
                const QStringView words(t.lower.data(), tokens.at(end - 1).end - t.start);
                if (WordLists::flags(words) & (WordLists::KnownOrganisation | WordLists::KnownPlace)
                    || m_gazetteer.isPlace(words) || EntityCues::isHoliday(words)) // "Labor Day is over"
                    return false;
            }
            if (t.in(WordLists::PersonTitle | WordLists::KnownOrganisation | WordLists::KnownPlace)
                || WordLists::genderOfFirstName(lower) != Gender::Unknown || m_gazetteer.isPlace(lower)
                || m_known.contains(lower.toString()))
                return false;
            // "Superdelegates are …", "Fundraising was …": a word the dictionary lacks is a name,
            // unless it is capitalised only where it opens a sentence and written small elsewhere.
            if (!m_gazetteer.isCommonWord(lower))
                return b - a == 1 && !capitalisedInsideASentence(lower)
                    && NameContext::writtenInLowerCase(tokens, lower);
            // "Rather than …", "Will he …": a word that is also a name ("Dan Rather") opening a
            // sentence on its own is the word, unless the article writes it as a name elsewhere.
            if (m_gazetteer.isProperNoun(lower) && (b - a > 1 || capitalisedInsideASentence(lower)))
                return false;
            // "Pence said …", "Jolly said …": a dictionary word the article writes after a first name
            // ("Mike Pence", "David Jolly") and never in lower case is the person's surname.
            return b - a > 1 || !capitalisedInsideASentence(lower) || !surnamesWritten.contains(lower)
                || NameContext::writtenInLowerCase(tokens, lower);
        };
        while (a < b && trimmable(a))
            ++a;
        while (b > a && tokens.at(b - 1).in(WordLists::NonEntityCapital | WordLists::NameConnector)
               && !endsNameAfterAll(tokens, a, b))
            --b;
        const int beforeParty = b;
        trimPartyWords(tokens, a, b);
        if (const int party = partyAfterPlace(tokens, a, b); party > a) {
            mentions.append(mentionOf(body, tokens, a, party, EntityKind::Place));
            a = party + 1;
        }
        // "Beruff, a Sarasota Republican, …": one word between "a" and a party member is where the
        // member is from, unless the article names a person by it ("a Reagan Republican").
        if (b - a == 1 && b < beforeParty && a > 0 && tokens.at(a - 1).isOneOf(kIndefiniteArticles)
            && !tokens.at(b).lower.endsWith(u's') && !surnamesWritten.contains(tokens.at(a).lower)
            && WordLists::genderOfFirstName(tokens.at(a).lower) == Gender::Unknown
            && !m_known.contains(tokens.at(a).lower.toString())) {
            mentions.append(mentionOf(body, tokens, a, b, EntityKind::Place));
            a = b;
        }
        // "Establishment Republicans are …", "Young Latinos voted …": a dictionary word left alone at
        // a sentence's start once the party's or the people's word went is the sentence's first word.
        if (b - a == 1 && b < beforeParty && trimmable(a))
            ++a;
        // "the 5th Amendment", "the 14th Amendment": the ordinal is part of the amendment's name.
        if (b - a == 1 && a > 0 && tokens.at(a).lower == u"amendment" && tokens.at(a - 1).isWord()
            && tokens.at(a - 1).text.front().isDigit() && tokens.at(a - 1).end + 1 == tokens.at(a).start)
            --a;
        if (b - a >= 2) {
            EntityKind bodyKind = EntityKind::Other;
            if (const int person = personAfterBody(tokens, a, b, surnamesWritten, &bodyKind); person > a) {
                if (bodyKind != EntityKind::Other)
                    mentions.append(mentionOf(body, tokens, a, person, bodyKind));
                a = person;
            } else if (wordBeforeFullName(tokens, a, b)) {
                ++a;
            }
        }
        if (a < b) {
            EntityMention m;
            // A title ("Mayor", "Sen.", "Secretary of State") before a name makes a person.
            int nameFirst = a;
            for (int k = b - 2; k >= a; --k) {
                // "Former DNC chairman": "former" only qualifies a title; alone it makes nobody a person.
                if (tokens.at(k).in(WordLists::PersonTitle) && !tokens.at(k).in(WordLists::TitleModifier)) {
                    // "High Commissioner for Human Rights Zeid Ra'ad al-Hussein", "Minister for Foreign
                    // Affairs Julie Bishop": what the office is for is part of the title, up to a full
                    // name; without one the run is the office.
                    // "Director of National Intelligence James Clapper", "Director of Government Affairs
                    // Phil Smith": so is what a title is of, when more than one word.
                    const bool officeFor = k + 2 < b && tokens.at(k + 1).lower == u"for";
                    const bool officeOf = k + 2 < b && tokens.at(k + 1).lower == u"of" && !ofTheChamber(tokens, k + 1);
                    if (officeFor || officeOf) {
                        // The holder's first word: a first name, or a word no dictionary knows ("Jeh").
                        auto holderAt = [&](int from) {
                            const Token &first = tokens.at(from);
                            return b - from >= 2 && b - from <= 3 && !tokens.at(b - 1).in(WordLists::HeadWord)
                                && (WordLists::genderOfFirstName(first.lower) != Gender::Unknown
                                    || !m_gazetteer.isCommonWord(first.lower));
                        };
                        int holder = k + 2;
                        while (holder < b && !holderAt(holder))
                            ++holder;
                        if (officeFor || (holder > k + 3 && holder < b)) {
                            if (holder < b)
                                nameFirst = holder;
                            break;
                        }
                        // "Phil Smith, Director of Research at …", "Minister of Foreign Affairs": an office
                        // of dictionary words with no holder after it names no body. What comes before
                        // the title still may ("the first White House Chief of Staff").
                        if (holder == b && isOfficeOf(tokens, k + 2, b)) {
                            if (k > a)
                                b = k;
                            else
                                nameFirst = b; // the run is the office alone: no mention
                            break;
                        }
                    }
                    // "Secretary of State Hillary Clinton": the body the title is of is part of the title.
                    const int titleEnd = k + 2 < b && tokens.at(k + 1).lower == u"of" ? k + 3 : k + 1;
                    // "Mayor Office" is no person; "Rep. Bill Posey" is one: head words end names.
                    // "Gov. Nathan Deal": a first name after the title makes a person, head word or not.
                    const bool headAfter = titleEnd < b && tokens.at(b - 1).in(WordLists::HeadWord)
                        && WordLists::genderOfFirstName(tokens.at(titleEnd).lower) == Gender::Unknown;
                    if (!headAfter) {
                        nameFirst = k + 1;
                        if (nameFirst + 3 < b && ofTheChamber(tokens, nameFirst))
                            nameFirst += 3; // "Speaker of the House Newt Gingrich"
                        else if (tokens.at(nameFirst).lower == u"of" && nameFirst + 2 < b)
                            nameFirst += 2;
                    }
                    break;
                }
            }
            // "the U.S. Ambassador to Israel said", "an NYPD Commissioner": a title no name follows
            // leaves the place or the body before it, which the lists know ("Paul Singer" is a name).
            if (nameFirst == a && b - a >= 2 && tokens.at(b - 1).in(WordLists::PersonTitle)
                && WordLists::genderOfFirstName(tokens.at(b - 2).lower) == Gender::Unknown
                && !tokens.at(b - 1).in(WordLists::TitleModifier | WordLists::KnownPlace | WordLists::KnownOrganisation)
                && isKnownBodyOrPlace(tokens, a, b - 1))
                b = b - 1;
            while (nameFirst < b && tokens.at(nameFirst).in(WordLists::NameConnector)
                   && !(NameContext::isNameParticle(tokens.at(nameFirst)) && nameFirst + 1 < b))
                ++nameFirst;
            // "the former Attorney General of Delaware": with no name after it, what the title is
            // of is a place or a body on its own, not the title's holder.
            if (nameFirst > a + 1 && nameFirst < b && tokens.at(nameFirst - 1).lower == u"of"
                && tokens.at(nameFirst - 2).in(WordLists::PersonTitle)) {
                const QStringView ofWhat(tokens.at(nameFirst).lower.data(),
                                         tokens.at(b - 1).end - tokens.at(nameFirst).start);
                if (WordLists::isKnownPlace(ofWhat) || m_gazetteer.isPlace(ofWhat)
                    || WordLists::isKnownOrganisation(ofWhat) || tokens.at(b - 1).in(WordLists::OrganisationWord))
                    a = nameFirst;
            }
            // "former secretary of State Hillary Clinton": a title written in lower case and "of" make
            // the capitalised words up to a first name the body of the title, not part of the name.
            // "the mayor of Los Angeles": not when they name a place whole, or a place's name opens
            // with the word of a place ("the mayor of Fort Pierce", which no list knows).
            const QStringView ofAll(tokens.at(a).lower.data(), tokens.at(b - 1).end - tokens.at(a).start);
            if (nameFirst == a && a >= 2 && tokens.at(a - 1).text == u"of" && !tokens.at(a - 2).isCapitalised()
                && tokens.at(a - 2).in(WordLists::PersonTitle) && !WordLists::isKnownPlace(ofAll)
                && !m_gazetteer.isPlace(ofAll) && !m_gazetteer.isCity(ofAll)
                && !(b - a == 2 && tokens.at(a).in(WordLists::PlacePrefix))) {
                for (int k = a + 1; k < b && k <= a + 3; ++k) {
                    // "secretary of State Clinton": without a first name, a last word no dictionary
                    // knows as a common word is the surname.
                    const QStringView word = tokens.at(k).lower;
                    const bool surname = k + 1 == b && !tokens.at(k).in(WordLists::HeadWord)
                        && (!m_gazetteer.isCommonWord(word) || m_gazetteer.isProperNoun(word))
                        && !m_gazetteer.isPlace(word) && !WordLists::isKnownPlace(word);
                    if ((k + 1 < b && WordLists::genderOfFirstName(word) != Gender::Unknown) || surname) {
                        // "governor of Texas Greg Abbott": a place the title is of stays a mention.
                        const QStringView of(tokens.at(a).lower.data(), tokens.at(k - 1).end - tokens.at(a).start);
                        if (WordLists::isKnownPlace(of) || m_gazetteer.isPlace(of))
                            mentions.append(mentionOf(body, tokens, a, k, EntityKind::Place));
                        nameFirst = k;
                        break;
                    }
                }
            }
            // "Texas Sen. Ted Cruz", "Former Florida Gov. Rick Scott", "FBI Director James Comey",
            // "House Speaker Paul Ryan": the place or body before the title is a mention too.
            if (nameFirst > a && nameFirst < b) {
                int from = a;
                while (from < nameFirst && tokens.at(from).in(WordLists::TitleModifier))
                    ++from;
                int titleFirst = from;
                while (titleFirst < nameFirst && !tokens.at(titleFirst).in(WordLists::PersonTitle))
                    ++titleFirst;
                // "White House Press Secretary": a word that makes a compound title belongs to the title.
                while (titleFirst > from + 1 && titleFirst < nameFirst
                       && EntityCues::isTitlePrefix(tokens.at(titleFirst - 1).lower))
                    --titleFirst;
                if (titleFirst > from && titleFirst < nameFirst) {
                    EntityMention before = mentionOf(body, tokens, from, titleFirst, EntityKind::Other);
                    // "New York City Mayor", "Harris County Judge": a place and its place word.
                    const int placeWordAt = titleFirst - 1;
                    const QStringView placeOfWord = placeWordAt > from
                        ? QStringView(tokens.at(from).lower.data(), tokens.at(placeWordAt - 1).end - before.start)
                        : QStringView();
                    if (WordLists::isKnownPlace(before.lower) || m_gazetteer.isPlace(before.lower)
                        || (tokens.at(placeWordAt).in(WordLists::PlaceWord) && !placeOfWord.isEmpty()
                            && (WordLists::isKnownPlace(placeOfWord) || m_gazetteer.isPlace(placeOfWord)
                                || m_gazetteer.isCity(placeOfWord))))
                        before.kind = EntityKind::Place;
                    else if (WordLists::isKnownOrganisation(before.lower)
                             || tokens.at(titleFirst - 1).in(WordLists::OrganisationWord)
                             || (titleFirst - from == 1 && NameContext::isAcronym(tokens.at(from).text))
                             || EntityCues::isCompanyTitle(tokens.at(titleFirst).lower))
                        // "NYPD Commissioner", "Wells Fargo CEO": capitals or a company's office.
                        before.kind = EntityKind::Organization;
                    if (before.kind != EntityKind::Other) {
                        mentions.append(before);
                        a = titleFirst;
                    }
                }
            }
            // "Sen. Ted Cruz of Texas", "Chris Wallace of Fox News", "Anderson Cooper and Fox News": a
            // person's name does not go on into the place or the organisation named after it.
            int placeAfter = -1;
            int placeEnd = b;
            EntityKind afterKind = EntityKind::Place;
            // "United States of America": a name the gazetteer knows whole is not split.
            const QStringView whole = nameFirst < b
                ? QStringView(tokens.at(nameFirst).lower.data(), tokens.at(b - 1).end - tokens.at(nameFirst).start)
                : QStringView();
            const bool knownWhole = !whole.isEmpty()
                && (m_gazetteer.isPlace(whole)
                    || (WordLists::flags(whole) & (WordLists::KnownPlace | WordLists::KnownOrganisation)));
            for (int k = nameFirst + 1; !knownWhole && k + 1 < b; ++k) {
                if ((tokens.at(k).lower != u"of" && tokens.at(k).lower != u"and") || tokens.at(k).isCapitalised())
                    continue;
                const int from = k + 1;
                const QStringView rest(tokens.at(from).lower.data(), tokens.at(b - 1).end - tokens.at(from).start);
                // "Sergio Manriquez of Oakland" … "Manriquez of Oakland": one word before "of" splits
                // only as a surname, one no dictionary has, and a place ("Gulf of Mexico", "Emir of
                // Qatar" are words).
                const bool surname = k == nameFirst + 1;
                if (surname
                    && (tokens.at(k).lower != u"of" || !isSurnameOnly(tokens.at(nameFirst))
                        || !(WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest))))
                    continue;
                // "Rob Portman of Ohio": two names before "of" and a place after it read as a
                // person of that place when the second is no dictionary word ("Supreme Court of Texas").
                const bool twoNames = k - nameFirst == 2 && !m_gazetteer.isCommonWord(tokens.at(k - 1).lower)
                    && !tokens.at(k - 1).in(WordLists::HeadWord) && !tokens.at(nameFirst).in(WordLists::HeadWord);
                const bool place = WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest);
                const bool person = nameFirst > a
                    || WordLists::genderOfFirstName(tokens.at(nameFirst).lower) != Gender::Unknown || twoNames
                    || surname;
                const bool organisation =
                    WordLists::isKnownOrganisation(rest) || tokens.at(b - 1).in(WordLists::OrganisationWord);
                if (person && (place || organisation)) {
                    placeAfter = from;
                    afterKind = place ? EntityKind::Place : EntityKind::Organization;
                    b = k;
                }
                break;
            }
            if (nameFirst < b) {
                m.firstToken = nameFirst;
                m.lastToken = b;
                m.start = tokens.at(nameFirst).start;
                m.end = tokens.at(b - 1).end;
                if (nameFirst > a)
                    m.titleStart = tokens.at(a).start;
                m.surface = body.mid(m.start, m.end - m.start);
                m.lower = QStringView(tokens.at(nameFirst).lower.data(), m.end - m.start);
                m.kind = classify(body, tokens, m);
                if (m.surface.isEmpty() && surnameNotAdjective(tokens, m, surnamesWritten)) {
                    m.surface = body.mid(m.start, m.end - m.start);
                    m.kind = EntityKind::Person;
                }
                if (m.kind == EntityKind::Place && NameContext::isCompoundModifier(tokens, m))
                    m.surface.clear();
                // "a letter to The Lookout", "told The Hill": a capitalised article inside a sentence
                // opens the name of a paper, a show or a company, common words or not.
                if (i == a - 1 && nameFirst == a && tokens.at(i).lower == u"the"
                    && !startsSentence(tokens, sentences, i) && (m.kind == EntityKind::Person || m.surface.isEmpty())
                    && !NameContext::opensTitleOfAWork(tokens, i, m.lastToken)
                    && WordLists::genderOfFirstName(tokens.at(a).lower) == Gender::Unknown
                    && !WordLists::isDemonym(m.lower)) {
                    m.surface = body.mid(m.start, m.end - m.start);
                    m.kind = EntityKind::Organization;
                }
                // "Will", "Campaign" alone in a headline: a word, unless the prose writes it as a name.
                if (headline.at(tokens.at(nameFirst).sentence) && m.lastToken - m.firstToken == 1
                    && m_gazetteer.isCommonWord(m.lower) && !capitalisedInProseText(m.lower)
                    && !tokens.at(nameFirst).in(WordLists::KnownOrganisation | WordLists::KnownPlace)
                    && !m_gazetteer.isPlace(m.lower))
                    m.surface.clear();
                if (!m.surface.isEmpty())
                    mentions.append(m);
            }
            if (placeAfter >= 0)
                mentions.append(mentionOf(body, tokens, placeAfter, placeEnd, afterKind));
        }
        i = runEnd - 1;
    }
    dropParticlesOfFullerNames(body, tokens, mentions);
    EntityKinds::joinDistrictAndStateLabels(body, tokens, mentions);
    EntityKinds::joinSlashedNames(body, tokens, mentions);
    EntityKinds::settle(tokens, m_gazetteer, mentions);
    dropLoneLawWords(mentions);
    return mentions;
}

void EntityRecognizer::dropLoneLawWords(QList<EntityMention> &mentions)
{
    // "the Constitution" is the one law everyone names by its head word alone; "at the Convention",
    // "the Amendment" name no law a reader could tell. Dropped once the surnames have had their
    // say ("Steven Law" … "Law said"); a first name ("Bill") is left to coreference.
    mentions.removeIf([](const EntityMention &m) {
        return m.kind == EntityKind::Law && m.lastToken - m.firstToken == 1 && !m.confirmed
            && WordLists::isLawWord(m.lower) && m.lower != u"constitution"
            && WordLists::genderOfFirstName(m.lower) == Gender::Unknown;
    });
}

void EntityRecognizer::dropParticlesOfFullerNames(const QString &body, const QList<Token> &tokens,
                                                  QList<EntityMention> &mentions) const
{
    // "De Blasio said" after "Bill de Blasio": the surname alone is what joins the person the
    // article named in full, so a particle opening a sentence leaves the name there. Not where the
    // full name writes the particle with its capital too ("Marine Le Pen" … "Le Pen").
    for (EntityMention &m : mentions) {
        if (m.lastToken - m.firstToken < 2 || !NameContext::isNameParticle(tokens.at(m.firstToken)))
            continue;
        const bool fuller = std::any_of(mentions.cbegin(), mentions.cend(), [&](const EntityMention &f) {
            return f.kind == EntityKind::Person && f.lastToken - f.firstToken > m.lastToken - m.firstToken
                && f.lower.endsWith(m.lower) && !f.surface.endsWith(m.surface);
        });
        if (!fuller)
            continue;
        m.firstToken += 1;
        m.start = tokens.at(m.firstToken).start;
        m.surface = body.mid(m.start, m.end - m.start);
        m.lower = QStringView(tokens.at(m.firstToken).lower.data(), m.end - m.start);
    }
}

} // namespace lede
