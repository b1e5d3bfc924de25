#include "analysis/coreference.h"

#include "analysis/analyzer.h"
#include "analysis/namecontext.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

#include <QStringTokenizer>

#include <algorithm>
#include <span>

namespace lede {
namespace {

// How many sentences back a person of unknown gender still wins a pronoun over a person whose
// gender fits but who was named earlier (quotations count their own sentences).
constexpr int kUnknownGenderReach = 3;

QStringView lastWord(QStringView lower)
{
    const qsizetype space = lower.lastIndexOf(u' ');
    return space < 0 ? lower : lower.mid(space + 1);
}

QStringView firstWord(QStringView lower)
{
    const qsizetype space = lower.indexOf(u' ');
    return space < 0 ? lower : lower.left(space);
}

// Whether an organisation's name says it publishes or broadcasts news: "Orlando Sentinel", "CNN".
bool namesNewsMedia(const QString &name)
{
    for (const QStringView word : QStringTokenizer(name, u' ')) {
        if (WordLists::flags(word.toString().toLower()) & WordLists::NewsMediaWord)
            return true;
    }
    return false;
}

// "the company" is not the Western District of New York, and "the agency" is not Acme Inc.: a
// description naming a business passes over bodies of government, and the other way round. "the
// newspaper" is not the Electoral College: a description naming news media passes over the rest.
bool kindsDiffer(QStringView head, const QString &name)
{
    static const QStringView mediaHeads[] = {u"newspaper", u"magazine", u"outlet", u"network"};
    if (std::find(std::begin(mediaHeads), std::end(mediaHeads), head) != std::end(mediaHeads))
        return !namesNewsMedia(name);
    static const QStringView businessHeads[] = {u"company", u"firm", u"corporation", u"bank", u"paper", u"website"};
    static const QStringView publicHeads[] = {u"agency", u"department", u"committee", u"council",    u"bureau",
                                              u"office", u"board",      u"court",     u"commission", u"administration"};
    static const QStringView publicWords[] = {
        u"district", u"office", u"department",  u"council",    u"committee",  u"court",         u"agency",
        u"bureau",   u"board",  u"commission",  u"senate",     u"house",      u"congress",      u"assembly",
        u"ministry", u"police", u"legislature", u"parliament", u"government", u"administration"};
    static const QStringView businessWords[] = {u"inc", u"inc.", u"corp", u"corp.", u"co.", u"llc", u"ltd", u"ltd."};
    const auto has = [](QStringView word, std::span<const QStringView> list) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const bool business = has(head, businessHeads);
    if (!business && !has(head, publicHeads))
        return false;
    const std::span<const QStringView> otherKind =
        business ? std::span<const QStringView>(publicWords) : std::span<const QStringView>(businessWords);
    for (const QStringView word : QStringTokenizer(name, u' ')) {
        if (has(word.toString().toLower(), otherKind))
            return true;
    }
    return false;
}

// Whether an acronym is made of the capitals of a name: "ICE" of "Immigration and Customs
// Enforcement", not "AP" after the dateline "WASHINGTON (AP)".
bool abbreviates(QStringView acronym, QStringView name)
{
    QString initials;
    bool wordStart = true;
    for (QChar c : name) {
        if (wordStart && c.isUpper())
            initials.append(c);
        wordStart = c.isSpace() || c == u'-';
    }
    QString letters;
    for (QChar c : acronym) {
        if (c.isLetter())
            letters.append(c);
    }
    return !letters.isEmpty() && initials.contains(letters);
}

// Titles of an office, written out or abbreviated, and the office they name: "the senator" is the
// person named "Sen. Ann Lee", and not the one named "Mayor Tom Reid".
struct Office
{
    QStringView title;
    QStringView office;
};
constexpr Office kOffices[] = {
    {u"mayor", u"mayor"},
    {u"senator", u"senator"},
    {u"sen.", u"senator"},
    {u"governor", u"governor"},
    {u"gov.", u"governor"},
    {u"president", u"president"},
    {u"pres.", u"president"},
    {u"representative", u"representative"},
    {u"rep.", u"representative"},
    {u"congressman", u"representative"},
    {u"congresswoman", u"representative"},
    {u"judge", u"judge"},
    {u"sheriff", u"sheriff"},
    {u"secretary", u"secretary"},
    {u"sec.", u"secretary"},
    {u"chancellor", u"chancellor"},
    {u"councilman", u"council member"},
    {u"councilwoman", u"council member"},
    {u"councilmember", u"council member"},
};

QStringView officeOf(QStringView title)
{
    for (const Office &o : kOffices) {
        if (o.title == title)
            return o.office;
    }
    return {};
}

// Whether the title words recorded for an entity (" sen. mayor") name `office`, or any office when
// `office` is empty.
bool holdsOffice(QStringView titles, QStringView office)
{
    for (QStringView word : titles.tokenize(u' ', Qt::SkipEmptyParts)) {
        const QStringView held = officeOf(word);
        if (!held.isEmpty() && (office.isEmpty() || held == office))
            return true;
    }
    return false;
}

// Whether a name has capitals and no small letters ("FORT PIERCE", a dateline's place).
bool writtenInCapitals(QStringView name)
{
    bool capital = false;
    for (QChar c : name) {
        if (c.isLower())
            return false;
        capital = capital || c.isUpper();
    }
    return capital;
}

// Whether a state written short ("fla.", "n.y.", "iowa") is the place named in full ("florida",
// "new york"): its letters, the first one first, come in that order in the full name.
bool abbreviatesPlace(QStringView shortForm, QStringView place)
{
    qsizetype at = 0;
    bool first = true;
    for (QChar c : shortForm) {
        if (!c.isLetter())
            continue;
        while (at < place.size() && place.at(at) != c) {
            if (first)
                return false;
            ++at;
        }
        if (at == place.size())
            return false;
        ++at;
        first = false;
    }
    return !first;
}

// Looks a view up in a QString-keyed hash without copying it.
QString keyOf(QStringView v)
{
    return QString::fromRawData(v.data(), v.size());
}

} // namespace

QHash<WordKey, int> Coreference::indexKnown(const QList<KnownEntity> &known)
{
    QHash<WordKey, int> index;
    for (int i = 0; i < known.size(); ++i) {
        for (const QString &alias : known.at(i).aliases)
            index.insert(alias.toLower(), i);
        index.insert(known.at(i).name.toLower(), i);
    }
    return index;
}

Coreference::Coreference(QList<EntityMention> &mentions, const QList<Token> &tokens, const QList<KnownEntity> &known,
                         const QHash<WordKey, int> &knownEntity)
    : m_mentions(mentions)
    , m_tokens(tokens)
    , m_mentionOfToken(tokens.size(), -1)
{
    // Confirmed entities first, so that their canonical names win.
    QHash<int, int> knownToEntity;

    // Full person names, by their last word, so that "Negrete" before "Lana Negrete" also merges.
    QHash<WordKey, int> fullNameMention;
    for (int i = 0; i < mentions.size(); ++i) {
        const EntityMention &m = mentions.at(i);
        if (m.kind == EntityKind::Person && m.lastToken - m.firstToken >= 2) {
            const QString key = lastWord(m.lower).toString();
            if (!fullNameMention.contains(key))
                fullNameMention.insert(key, i);
        }
    }

    for (int i = 0; i < mentions.size(); ++i) {
        EntityMention &m = mentions[i];
        for (int t = m.firstToken; t < m.lastToken; ++t)
            m_mentionOfToken[t] = i;
        const QStringView lower = m.lower;
        if (m.titleOnly) {
            // "the President": the person last named with that title, else not an entity at all.
            m.entity = -1;
            for (int j = i - 1; j >= 0; --j) {
                const int e = mentions.at(j).entity;
                if (e >= 0 && m_entities.at(e).kind == EntityKind::Person && m_titles.at(e).contains(lower)) {
                    m.entity = e;
                    break;
                }
            }
            continue;
        }
        const auto k = knownEntity.constFind(keyOf(lower));
        if (k != knownEntity.constEnd()) {
            int e = knownToEntity.value(*k, -1);
            if (e < 0) {
                ArticleEntity ae;
                ae.name = known.at(*k).name;
                ae.kind = known.at(*k).kind;
                e = int(m_entities.size());
                m_entities.append(ae);
                m_titles.append(QString());
                knownToEntity.insert(*k, e);
            }
            m.entity = e;
            m.kind = m_entities.at(e).kind;
            m_byName.insert(lower.toString(), e);
            continue;
        }
        // An acronym right after its expansion in brackets: "… Enforcement (ICE)".
        if (i > 0 && m.firstToken >= 2 && m_tokens.at(m.firstToken - 1).isPunct(u'(')
            && mentions.at(i - 1).lastToken == m.firstToken - 1 && m.lastToken - m.firstToken == 1
            && m.surface.toUpper() == m.surface && abbreviates(m.surface, mentions.at(i - 1).surface)) {
            m.entity = mentions.at(i - 1).entity;
            m.kind = mentions.at(i - 1).kind;
            m_byName.insert(lower.toString(), m.entity);
            continue;
        }
        int e = entityFor(lower);
        const bool single = m.lastToken - m.firstToken == 1;
        // Not a known organisation's name: "Twitter" is the company, not "Wilayat Twitter".
        const bool knownOrganisation = m.kind == EntityKind::Organization && WordLists::isKnownOrganisation(lower);
        if (e < 0 && m.kind != EntityKind::Place && !knownOrganisation && (single || m.kind == EntityKind::Person)) {
            // "Negrete" for "Lana Negrete", "Hillary" for "Hillary Clinton", "Donald J. Trump" for "Donald Trump".
            const int full = fullNameMention.value(keyOf(lastWord(lower)), -1);
            if (full >= 0 && full != i) {
                const EntityMention &f = mentions.at(full);
                const QStringView fullLower = f.lower;
                if (single || firstWord(fullLower) == firstWord(lower)) {
                    // The full name may come later in the text: an earlier surname made its entity.
                    e = f.entity >= 0 ? f.entity : entityFor(fullLower);
                    if (e < 0) {
                        e = addEntity(f);
                        m_byName.insert(fullLower.toString(), e);
                    }
                }
            }
            if (e < 0 && single) {
                for (const EntityMention &f : std::as_const(mentions)) {
                    if (f.kind == EntityKind::Person && f.lastToken - f.firstToken >= 2 && firstWord(f.lower) == lower
                        && WordLists::genderOfFirstName(lower) != Gender::Unknown) {
                        e = f.entity >= 0 ? f.entity : entityFor(f.lower);
                        if (e < 0) {
                            e = addEntity(f);
                            m_byName.insert(f.lower.toString(), e);
                        }
                        break;
                    }
                }
            }
        }
        if (e < 0 && single && m.kind == EntityKind::Organization && WordLists::isOrganisationWord(lower)) {
            // "the Council" for the "City Council" named nearest before it (else first after it).
            const int full = nearestOrganisationEndingWith(i, lower);
            if (full >= 0) {
                const EntityMention &f = mentions.at(full);
                e = f.entity >= 0 ? f.entity : entityFor(f.lower);
                if (e < 0) {
                    e = addEntity(f);
                    m_byName.insert(f.lower.toString(), e);
                }
            }
        }
        if (e < 0) {
            e = addEntity(m);
            m_byName.insert(lower.toString(), e);
        } else if (m.lastToken - m.firstToken > 1 && m_entities.at(e).kind == EntityKind::Person
                   && m.surface.size() > m_entities.at(e).name.size() && m.kind == EntityKind::Person) {
            m_entities[e].name = m.surface;
        } else if (writtenInCapitals(m_entities.at(e).name) && !writtenInCapitals(m.surface)
                   && m_entities.at(e).name.size() == m.surface.size()) {
            // "FORT PIERCE, Fla. —" opening the article, "Fort Pierce" in its prose: the name as
            // the prose writes it.
            m_entities[e].name = m.surface;
        }
        m.entity = e;
        ArticleEntity &ae = m_entities[e];
        // A name seen once with a title or first name is a person everywhere in the article.
        if (m.kind == EntityKind::Person || ae.kind == EntityKind::Person)
            m.kind = ae.kind = (single && ae.kind != EntityKind::Person) ? m.kind : EntityKind::Person;
        // "Omar" after "Ilhan Omar": a surname that is someone else's first name tells no gender
        // ("Ms. Nwanguma" does, by her title).
        const bool surnameAlone = single && m.titleStart < 0 && WordLists::genderOfFirstName(lower) != Gender::Unknown
            && m.surface != ae.name && !ae.name.startsWith(m.surface + u' ');
        if (ae.gender == Gender::Unknown && !surnameAlone)
            ae.gender = m.gender;
        if (m.titleStart >= 0 && m.firstToken > 0)
            m_titles[e] += QLatin1Char(' ') + m_tokens.at(m.firstToken - 1).lower.toString();
    }
    // A person only by guess in every mention ("Allergan" and nothing more) is an organisation.
    QList<bool> surePerson(m_entities.size(), false);
    for (const EntityMention &m : std::as_const(mentions)) {
        if (m.entity >= 0 && !m.guessed)
            surePerson[m.entity] = true;
    }
    for (int e = 0; e < m_entities.size(); ++e) {
        if (m_entities.at(e).kind == EntityKind::Person && !surePerson.at(e) && knownToEntity.key(e, -1) < 0)
            m_entities[e].kind = EntityKind::Organization;
    }
    // The first mention decided the kind; mentions typed before a later, surer one follow it.
    for (EntityMention &m : mentions) {
        if (m.entity >= 0)
            m.kind = m_entities.at(m.entity).kind;
    }
}

int Coreference::nearestOrganisationEndingWith(int mention, QStringView head) const
{
    const auto endsWithHead = [&](int j) {
        const EntityMention &f = m_mentions.at(j);
        return f.kind == EntityKind::Organization && f.lastToken - f.firstToken >= 2 && lastWord(f.lower) == head;
    };
    for (int j = mention - 1; j >= 0; --j) {
        if (endsWithHead(j))
            return j;
    }
    for (int j = mention + 1; j < m_mentions.size(); ++j) {
        if (endsWithHead(j))
            return j;
    }
    return -1;
}

int Coreference::entityFor(QStringView lowerKey) const
{
    return m_byName.value(keyOf(lowerKey), -1);
}

int Coreference::addEntity(const EntityMention &m)
{
    ArticleEntity ae;
    ae.name = m.surface;
    ae.kind = m.kind;
    ae.gender = m.gender;
    m_entities.append(ae);
    m_titles.append(QString());
    return int(m_entities.size()) - 1;
}

int Coreference::mentionAtToken(int token) const
{
    return token >= 0 && token < m_mentionOfToken.size() ? m_mentionOfToken.at(token) : -1;
}

int Coreference::sentenceSubjectFor(Gender wanted, int position) const
{
    // "Clinton says she appreciated Machado's courage": a pronoun inside the sentence whose subject
    // is a person of its gender refers to that subject, not to whoever was named last.
    const int pronoun = tokenFrom(position);
    if (pronoun <= 0 || pronoun >= m_tokens.size())
        return -1;
    int first = pronoun;
    while (first > 0 && m_tokens.at(first - 1).sentence == m_tokens.at(pronoun).sentence)
        --first;
    int limit = first + 1;
    for (int k = first; k < pronoun && k <= limit; ++k) {
        const int m = mentionAtToken(k);
        if (m < 0 || m_mentions.at(m).firstToken != k || m_mentions.at(m).entity < 0 || m_tokens.at(k).quote >= 0)
            continue;
        const ArticleEntity &e = m_entities.at(m_mentions.at(m).entity);
        // "New Jersey Gov. Chris Christie", "Texas delegate Bill Eastland": a place or body before a
        // title or role says where the person opening the sentence holds it.
        const int after = m_mentions.at(m).lastToken;
        if (e.kind != EntityKind::Person && after < pronoun && m_tokens.at(after).isWord()
            && (WordLists::isPersonTitle(m_tokens.at(after).lower)
                || WordLists::isRoleNoun(m_tokens.at(after).lower))) {
            k = after;
            limit = after + 2;
            continue;
        }
        if (e.kind == EntityKind::Person && (e.gender == wanted || e.gender == Gender::Unknown)
            && m_mentions.at(m).lastToken < pronoun)
            return m_mentions.at(m).entity;
        return -1;
    }
    return -1;
}

bool Coreference::reportedBySomeoneElse(int first, int end) const
{
    // A person after the sentence's first words who speaks: "…, Stovall said.", "…, said Stovall."
    // Not the subject of what the first words report: in "Cox says Obama is trying …" Cox speaks.
    for (int k = first + 1; k < end; ++k) {
        const int other = mentionAtToken(k);
        if (other < 0 || m_mentions.at(other).firstToken != k || m_mentions.at(other).entity < 0
            || m_entities.at(m_mentions.at(other).entity).kind != EntityKind::Person)
            continue;
        const int after = m_mentions.at(other).lastToken;
        if ((after < end && m_tokens.at(after).isWord() && WordLists::isSpeechVerb(m_tokens.at(after).lower))
            || NameContext::afterInvertedSpeechVerb(m_tokens, k))
            return true;
    }
    return false;
}

int Coreference::subjectMentionAt(int first) const
{
    const int m = mentionAtToken(first);
    if (m < 0 || m_mentions.at(m).firstToken != first || m_mentions.at(m).entity < 0)
        return -1;
    // "Trump's misinformation may be …" is about something of his; in "Obama consultant Cornell
    // Belcher picked up …" and "Clinton communication director Jennifer Palmieri said …" the
    // name opening the sentence only says whose the subject is.
    constexpr int kMaxWordsBeforeHead = 3;
    const int after = m_mentions.at(m).lastToken;
    if (after < m_tokens.size() && m_tokens.at(after).kind == TokenKind::Possessive)
        return -1;
    for (int k = after + 1; k < m_tokens.size() && k <= after + kMaxWordsBeforeHead && m_tokens.at(k - 1).isWord()
         && m_tokens.at(k).isWord();
         ++k) {
        const int head = mentionAtToken(k);
        const Token &role = m_tokens.at(k - 1); // "consultant", "director": the name is the head
        if (head >= 0 && m_mentions.at(head).firstToken == k && m_mentions.at(head).entity >= 0
            && m_entities.at(m_mentions.at(head).entity).kind == EntityKind::Person
            && (WordLists::isPersonTitle(role.lower) || WordLists::isRoleNoun(role.lower)))
            return head;
    }
    return m;
}

int Coreference::previousSubjectFor(Gender wanted, int position, int hops) const
{
    const int pronoun = tokenFrom(position);
    if (pronoun <= 0 || pronoun >= m_tokens.size())
        return -1;
    const int sentence = m_tokens.at(pronoun).sentence;
    // The pronoun opens its sentence, or only a quotation or words naming no one come before it
    // (""We won," he said", "Sales were great, he said"): the sentence before is where it points.
    int opening = pronoun;
    while (opening > 0 && m_tokens.at(opening - 1).sentence == sentence) {
        if (mentionAtToken(opening - 1) >= 0 && m_tokens.at(opening - 1).quote < 0)
            return -1;
        --opening;
    }
    if (opening == 0 || m_tokens.at(opening - 1).sentence != sentence - 1)
        return -1;
    int first = opening - 1;
    while (first > 0 && m_tokens.at(first - 1).sentence == sentence - 1)
        --first;
    // "Cruz electrified the crowds, Stovall said. "He was articulate," he said.": that sentence was
    // someone else's report, and its speaker, not its subject, is who goes on speaking.
    if (m_tokens.at(first).quote >= 0 || reportedBySomeoneElse(first, opening))
        return -1;
    // "Amadou Magassa sold water and Gatorade. He said he had the idea. Sales were great, he said.":
    // a pronoun of the same gender opening that sentence points further back in the same way.
    constexpr int kMaxHops = 3;
    if (m_tokens.at(first).isWord() && WordLists::genderOfPronoun(m_tokens.at(first).lower) == wanted)
        return hops < kMaxHops ? previousSubjectFor(wanted, m_tokens.at(first).start, hops + 1) : -1;
    const int m = subjectMentionAt(first);
    if (m < 0)
        return -1;
    const ArticleEntity &e = m_entities.at(m_mentions.at(m).entity);
    if (e.kind != EntityKind::Person || (e.gender != wanted && e.gender != Gender::Unknown))
        return -1;
    return m_mentions.at(m).entity;
}

bool Coreference::opensSentence(int mention) const
{
    const int first = m_mentions.at(mention).firstToken;
    int k = first;
    while (k > 0 && m_tokens.at(k - 1).sentence == m_tokens.at(first).sentence)
        --k;
    if (k < first && m_tokens.at(k).isWord() && m_tokens.at(k).lower == u"the") // "The Pentagon said"
        ++k;
    return k == first && subjectMentionAt(first) == mention;
}

int Coreference::tokenFrom(int position) const
{
    const auto at =
        std::lower_bound(m_tokens.begin(), m_tokens.end(), position, [](const Token &t, int p) { return t.start < p; });
    return int(at - m_tokens.begin());
}

int Coreference::sentenceAt(int position) const
{
    const int at = tokenFrom(position);
    if (at == m_tokens.size())
        return m_tokens.isEmpty() ? 0 : m_tokens.constLast().sentence;
    return m_tokens.at(at).sentence;
}

int Coreference::resolvePronoun(QStringView contracted, int position) const
{
    // "they’re" is "they" here.
    qsizetype apostrophe = contracted.indexOf(u'\'');
    if (apostrophe < 0)
        apostrophe = contracted.indexOf(QChar(0x2019));
    const QStringView lower = apostrophe < 0 ? contracted : contracted.left(apostrophe);
    const Gender wanted = WordLists::genderOfPronoun(lower);
    const bool personal = wanted != Gender::Unknown || lower == u"i" || lower == u"we";
    const bool plural = WordLists::isPluralPronoun(lower);
    if (wanted != Gender::Unknown) {
        const int subject = sentenceSubjectFor(wanted, position);
        if (subject >= 0)
            return subject;
        const int previous = previousSubjectFor(wanted, position);
        if (previous >= 0)
            return previous;
    }
    // The writer's "he" points at someone the writer named, not at a name inside a quotation
    // ("“She is Obama’s third term,” he said"); names in quotations are the last resort.
    int fallback = -1;
    int fallbackSentence = -1;
    int quoted = -1;
    const int here = sentenceAt(position);
    for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
        const EntityMention &m = m_mentions.at(i);
        if (m.start >= position || m.entity < 0)
            continue;
        if (m_tokens.at(m.firstToken).quote >= 0) {
            const ArticleEntity &e = m_entities.at(m.entity);
            if (quoted < 0 && !plural
                && (personal ? e.kind == EntityKind::Person
                            && (wanted == Gender::Unknown || e.gender == wanted || e.gender == Gender::Unknown)
                             : e.kind == EntityKind::Organization))
                quoted = m.entity;
            continue;
        }
        const ArticleEntity &e = m_entities.at(m.entity);
        if (personal) {
            if (e.kind != EntityKind::Person)
                continue;
            if (wanted == Gender::Unknown || e.gender == wanted) {
                // "Sanders said. … she continued": a person of unknown gender named a sentence or two
                // before is likelier than someone of the right gender named further back.
                if (fallback >= 0 && here - fallbackSentence < kUnknownGenderReach)
                    return fallback;
                return m.entity;
            }
            if (e.gender == Gender::Unknown && fallback < 0) {
                fallback = m.entity;
                fallbackSentence = m_tokens.at(m.firstToken).sentence;
            }
        } else if (e.kind == EntityKind::Organization) {
            // "they" stands for people far more often than for the body named last ("the groups
            // say. They argue …" is not about the network named before): a body only when it is
            // the subject of this sentence or the one before.
            if (plural && (here - m_tokens.at(m.firstToken).sentence > 1 || !opensSentence(i)))
                continue;
            return m.entity;
        }
    }
    return fallback >= 0 ? fallback : quoted;
}

bool Coreference::namedWithAnotherPlace(int entity, QStringView placeLower) const
{
    for (const EntityMention &m : m_mentions) {
        if (m.entity != entity)
            continue;
        // "Joni Ernst, R-Iowa", "Ted Cruz (R-Tex.)": a party letter, a hyphen and the state.
        int k = m.lastToken;
        if (k < m_tokens.size() && (m_tokens.at(k).isPunct(u',') || m_tokens.at(k).isPunct(u'(')))
            ++k;
        if (k < m_tokens.size() && NameContext::isPartyLabel(m_tokens.at(k))
            && !abbreviatesPlace(m_tokens.at(k).lower.mid(2), placeLower))
            return true;
        // "Iowa Sen. Joni Ernst": a place before the title.
        if (m.titleStart >= 0 && m.firstToken >= 2) {
            const int before = mentionAtToken(m.firstToken - 2);
            if (before >= 0 && m_mentions.at(before).kind == EntityKind::Place
                && m_mentions.at(before).lower != placeLower)
                return true;
        }
    }
    return false;
}

int Coreference::soleHolderOf(QStringView titleWord, QStringView placeLower, int position) const
{
    const QStringView office = officeOf(titleWord);
    if (office.isEmpty())
        return -1;
    int holder = -1;
    for (const EntityMention &m : m_mentions) {
        if (m.start >= position)
            break;
        if (m.entity < 0 || m.entity == holder || m_entities.at(m.entity).kind != EntityKind::Person
            || !holdsOffice(m_titles.at(m.entity), office) || namedWithAnotherPlace(m.entity, placeLower))
            continue;
        if (holder >= 0)
            return -1; // two senators: which one the place means, the article does not say here
        holder = m.entity;
    }
    return holder;
}

int Coreference::resolveDescription(const QList<int> &descriptionTokens, int position) const
{
    if (descriptionTokens.isEmpty())
        return -1;
    const QStringView head = m_tokens.at(descriptionTokens.last()).lower;
    // "another intelligence source", "a spokesman", "one Democratic official": an indefinite
    // description brings someone new in.
    static const QStringView indefinite[] = {u"a", u"an", u"another", u"one"};
    if (m_tokens.at(descriptionTokens.first()).isOneOf(indefinite))
        return -1;
    // "the company's chief executive", "his campaign": what a possessive owns is not simply the
    // body or person named last.
    const bool owned = std::any_of(descriptionTokens.cbegin(), descriptionTokens.cend(), [&](int k) {
        const Token &t = m_tokens.at(k);
        return t.kind == TokenKind::Possessive
            || (t.isWord() && (t.lower == u"his" || t.lower == u"her" || t.lower == u"their" || t.lower == u"its"));
    });
    if (WordLists::isOrganisationHead(head)) {
        // "the campaign", "the Trump campaign": a candidate's campaign, almost never a body the
        // article names (the body named last was the Washington Post, the Associated Press, a hotel).
        if (owned || head == u"campaign")
            return -1;
        for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
            const EntityMention &m = m_mentions.at(i);
            if (m.start < position && m.entity >= 0 && m_entities.at(m.entity).kind == EntityKind::Organization
                && !kindsDiffer(head, m_entities.at(m.entity).name))
                return m.entity;
        }
        return -1;
    }
    if (WordLists::isPersonTitle(head) || WordLists::isRoleNoun(head)) {
        // "the President": the person last named with that title ("the senator": "Sen. Ann Lee").
        const QStringView office = officeOf(head);
        for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
            const EntityMention &m = m_mentions.at(i);
            if (m.start < position && m.entity >= 0
                && (m_titles.at(m.entity).contains(head)
                    || (!office.isEmpty() && holdsOffice(m_titles.at(m.entity), office))))
                return m.entity;
        }
        // "the former pollster", "the Florida senator": nobody was named with that title, so the
        // description points back at the person named last, unless another office was named
        // with them ("the mayor" is not "Sen. Mary Jones"). Plurals ("officials") name groups.
        static const QStringView irregularPlurals[] = {u"people", u"men", u"women", u"children", u"police"};
        if ((head.endsWith(u's') && !endsWithText(head, u"ss"))
            || m_tokens.at(descriptionTokens.last()).isOneOf(irregularPlurals))
            return -1;
        // "the company's chief executive": the role of someone the possessive names, not of the
        // person named last.
        if (owned)
            return -1;
        // Nobody was named with this office (the loop above): any office a person holds is another.
        const auto holdsAnotherOffice = [&](int entity) {
            return !office.isEmpty() && holdsOffice(m_titles.at(entity), {});
        };
        for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
            const EntityMention &m = m_mentions.at(i);
            if (m.start < position && m.entity >= 0 && m_entities.at(m.entity).kind == EntityKind::Person
                && !holdsAnotherOffice(m.entity))
                return m.entity;
        }
    }
    return -1;
}

} // namespace lede
