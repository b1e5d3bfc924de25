#include "analysis/entityrecognizer.h"

#include "analysis/gazetteer.h"
#include "analysis/namecontext.h"
#include "analysis/textends.h"

// A run of capitalised words that holds two names because the writer left out a comma or wrote a
// word in front of a full name: "the editorial board of the Washington Post Trump said",
// "working Crooked Hillary Clinton". The recognizer splits such runs before it reads titles.
namespace lede {
namespace {

// A surname's word: capitalised, no dictionary word unless also a name ("Rubio", "Kennedy", not
// "Accords"), and not a word that ends a body's or a place's name ("Post", "County").
bool isSurnameWord(const Token &t, const Gazetteer &gazetteer)
{
    return t.isCapitalised() && !t.in(WordLists::HeadWord | WordLists::PersonTitle | WordLists::NameConnector)
        && (!gazetteer.isCommonWord(t.lower) || gazetteer.isProperNoun(t.lower));
}

bool isFirstName(const Token &t)
{
    return t.isCapitalised() && WordLists::genderOfFirstName(t.lower) != Gender::Unknown;
}

// Whether the run at `a` names where a title's holder serves: "ambassador to Britain …", "U.S.
// Ambassador to the European Union …", "envoy to the United Nations …". A person follows the post,
// whatever the first name (no list knows "Liu" or every "Gordon").
bool followsPostOfTitle(const QList<Token> &tokens, int a)
{
    int k = a - 1;
    if (k >= 0 && tokens.at(k).lower == u"the")
        --k;
    return k >= 1 && tokens.at(k).lower == u"to" && tokens.at(k - 1).in(WordLists::PersonTitle);
}

} // namespace

bool EntityRecognizer::isSurnameOnly(const Token &t) const
{
    return t.isCapitalised() && !m_gazetteer.isCommonWord(t.lower) && !m_gazetteer.isPlace(t.lower)
        && !m_gazetteer.isCity(t.lower) && !NameContext::isAcronym(t.text)
        && !t.in(WordLists::HeadWord | WordLists::PersonTitle | WordLists::KnownPlace | WordLists::KnownOrganisation
                 | WordLists::Demonym | WordLists::NameConnector);
}

bool EntityRecognizer::isFullName(const QList<Token> &tokens, int a, int b) const
{
    // A first name and one or two more words, the last a surname: "Hillary Clinton", "Mitt Romney".
    if (b - a < 2 || b - a > 3 || !isFirstName(tokens.at(a)))
        return false;
    for (int k = a + 1; k < b; ++k) {
        if (!tokens.at(k).isCapitalised() || tokens.at(k).in(WordLists::HeadWord | WordLists::PersonTitle))
            return false;
    }
    return isSurnameWord(tokens.at(b - 1), m_gazetteer);
}

bool EntityRecognizer::WrittenSurnames::contains(QStringView lower)
{
    if (!m_read) {
        m_read = true;
        for (int k = 1; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            const Token &before = m_tokens.at(k - 1);
            if (t.isCapitalised() && before.isCapitalised() && t.start - before.end <= 1
                && WordLists::genderOfFirstName(before.lower) != Gender::Unknown)
                m_surnames.insert(t.lower);
        }
    }
    return m_surnames.contains(lower);
}

bool EntityRecognizer::surnameNotAdjective(const QList<Token> &tokens, const EntityMention &m,
                                           WrittenSurnames &surnames)
{
    // A group's plural is no surname: "Virginia Democrats" names no one called Democrats.
    if (m.lastToken - m.firstToken != 1 || !tokens.at(m.firstToken).in(WordLists::Demonym) || m.lower.endsWith(u's')
        || !surnames.contains(m.lower))
        return false;
    if (m.lastToken >= tokens.size() || !tokens.at(m.lastToken).isWord())
        return true; // a comma, a full stop, a possessive
    // "Cuban said", "Cuban demurred", "Cuban, who", "Cuban also gave": a verb or a clause goes on
    // from the person; "Cuban and Venezuelan officials" lists adjectives.
    const Token &next = tokens.at(m.lastToken);
    return !next.isCapitalised() && next.lower != u"and" && next.lower != u"or"
        && (next.in(WordLists::SpeechVerb | WordLists::ClauseBoundary | WordLists::AttributionFiller)
            || endsWithText(next.lower, u"ed"));
}

bool EntityRecognizer::isKnownBodyOrPlace(const QList<Token> &tokens, int a, int b) const
{
    const QStringView words(tokens.at(a).lower.data(), tokens.at(b - 1).end - tokens.at(a).start);
    return (WordLists::flags(words) & (WordLists::KnownOrganisation | WordLists::KnownPlace))
        || m_gazetteer.isPlace(words) || m_gazetteer.isCity(words);
}

bool EntityRecognizer::isOfficeOf(const QList<Token> &tokens, int a, int b) const
{
    if (a >= b || tokens.at(a).in(WordLists::Determiner) || isKnownBodyOrPlace(tokens, a, b))
        return false; // "Director of the National Park Service", "Governor of New Mexico"
    for (int k = a; k < b; ++k) {
        const Token &t = tokens.at(k);
        if (t.in(WordLists::NameConnector) && !t.isCapitalised() && k > a)
            continue; // "Health and Human Services"
        if (NameContext::isAcronym(t.text) || !m_gazetteer.isCommonWord(t.lower) || m_gazetteer.isProperNoun(t.lower)
            || t.in(WordLists::KnownOrganisation | WordLists::KnownPlace))
            return false;
    }
    return true;
}

int EntityRecognizer::bodyBefore(const QList<Token> &tokens, int a, int k) const
{
    // "Speaker of the House Newt Gingrich", "Del. Stacey Plaskett": a title, the holder's own.
    for (int t = a; t < k; ++t) {
        if (tokens.at(t).in(WordLists::PersonTitle))
            return -1;
    }
    // "Filipino Clinton staffers": a people's adjective before the person describes; no mention.
    if (k == a + 1 && tokens.at(a).in(WordLists::Demonym) && !tokens.at(a).lower.endsWith(u's'))
        return int(EntityKind::Other);
    const QStringView before(tokens.at(a).lower.data(), tokens.at(k - 1).end - tokens.at(a).start);
    if (WordLists::isKnownPlace(before) || m_gazetteer.isPlace(before))
        return int(EntityKind::Place);
    // "the Washington Post", "the White House": two words or more ending in a body's word.
    if ((WordLists::isKnownOrganisation(before) || (k - a >= 2 && tokens.at(k - 1).in(WordLists::OrganisationWord)))
        && !NameContext::isAcronym(tokens.at(a).text))
        return int(EntityKind::Organization);
    return -1;
}

int EntityRecognizer::personAfterBody(const QList<Token> &tokens, int a, int b, WrittenSurnames &surnames,
                                      EntityKind *bodyKind) const
{
    // The body before the person is no first name ("Virginia Foxx" is one person); asked first,
    // since most runs are a person's name.
    if (isFirstName(tokens.at(a)))
        return -1;
    // The person: a full name, or a surname the article writes after a first name elsewhere
    // ("Donald Trump" … "the Washington Post Trump said"). Where it starts, the words before it
    // must be a body (bodyBefore()); those are asked before the article is read for surnames.
    const bool afterPost = followsPostOfTitle(tokens, a);
    for (int k = a + 1; k < b; ++k) {
        const bool fullName = isFullName(tokens, k, b)
            || (afterPost && b - k >= 2 && b - k <= 3 && isSurnameWord(tokens.at(k), m_gazetteer)
                && isSurnameWord(tokens.at(b - 1), m_gazetteer));
        if (!fullName && k + 1 < b)
            continue;
        if (!fullName && !isSurnameWord(tokens.at(k), m_gazetteer))
            return -1;
        const int kind = bodyBefore(tokens, a, k);
        if (kind < 0 || (!fullName && !surnames.contains(tokens.at(k).lower)))
            return -1;
        *bodyKind = EntityKind(kind);
        return k;
    }
    return -1;
}

bool EntityRecognizer::wordBeforeFullName(const QList<Token> &tokens, int a, int b) const
{
    // "Crooked Hillary Clinton", "Iron Mike Tyson", "Undersecretary for Management Patrick Kennedy":
    // a dictionary word before a first name and a surname describes the person; it is no part of
    // the name. Not a title, a place's first word ("Lake Charles"), a first name or a particle.
    const Token &t = tokens.at(a);
    return b - a >= 3 && isFullName(tokens, a + 1, b) && !isFirstName(t) && m_gazetteer.isCommonWord(t.lower)
        && !m_gazetteer.isProperNoun(t.lower) && !NameContext::isNameParticle(t)
        && !t.in(WordLists::PersonTitle | WordLists::TitleModifier | WordLists::PlacePrefix | WordLists::NameConnector
                 | WordLists::KnownPlace | WordLists::KnownOrganisation | WordLists::HeadWord);
}

} // namespace lede
