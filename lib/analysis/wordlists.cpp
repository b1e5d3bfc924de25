#include "analysis/wordlists.h"

#include "domain/wordkey.h"

#include <QString>

#include <cstring>
#include <vector>

namespace lede {
namespace {

// An open-addressing table from lower-case words to a value, built once: every token looks its
// word up, and this is several times faster than QHash<QString, …> for short keys. A slot keeps 16
// bits of its word's hash and its length, so that a probe compares characters only when those are
// equal (most words looked up are in no list). Slots are 16 bytes and the words' characters sit in
// one array apart, so the table is 128 KB instead of 320 KB of slots plus QString headers over the
// heap (the time per lookup measured the same, about 35 ns, in a loop where both stay in cache).
class WordTable
{
public:
    explicit WordTable(int capacity)
        : m_slots(std::size_t(capacity))
        , m_mask(std::size_t(capacity) - 1)
    { }
    quint64 &operator[](QStringView word)
    {
        const quint64 h = hash(word);
        std::size_t i = std::size_t(h) & m_mask;
        while (!m_slots[i].isEmpty() && !holds(m_slots[i], word, h))
            i = (i + 1) & m_mask;
        Slot &slot = m_slots[i];
        if (slot.isEmpty()) {
            Q_ASSERT(!word.isEmpty());
            Q_ASSERT(word.size() <= 0xffff);
            slot.hashHigh = quint16(h >> 48);
            slot.length = quint16(word.size());
            slot.start = quint32(m_characters.size());
            m_characters.insert(m_characters.end(), word.utf16(), word.utf16() + word.size());
        }
        return slot.value;
    }
    quint64 value(QStringView word) const
    {
        const quint64 h = hash(word);
        for (std::size_t i = std::size_t(h) & m_mask; !m_slots[i].isEmpty(); i = (i + 1) & m_mask) {
            if (holds(m_slots[i], word, h))
                return m_slots[i].value;
        }
        return 0;
    }

private:
    struct Slot
    {
        quint16 hashHigh = 0; // the hash's top 16 bits: the lower ones pick the slot
        quint16 length = 0; // 0: no word (the empty word is never listed)
        quint32 start = 0; // of the word in m_characters
        quint64 value = 0;
        bool isEmpty() const { return length == 0; }
    };
    bool holds(const Slot &slot, QStringView word, quint64 h) const
    {
        return slot.hashHigh == quint16(h >> 48) && slot.length == quint16(word.size())
            && std::memcmp(m_characters.data() + slot.start, word.utf16(), std::size_t(word.size()) * sizeof(char16_t))
            == 0;
    }
    static quint64 hash(QStringView word) { return hashWord(word, 0x5bd1e995u); }
    std::vector<Slot> m_slots;
    std::size_t m_mask;
    std::vector<char16_t> m_characters;
};

// Inflected forms are listed because the rules look words up as they stand in the text.
constexpr const char *speechVerbs[] = {
    "concludes", "points",     "mocks",      "predicts",    "scoffed",      "scoffs",       "snapped",    "barked",
    "retorts",   "muses",      "quips",      "laments",     "echoed",       "echoes",       "wonders",    "remarks",
    "offered",   "sneered",    "fumed",      "gushed",      "marveled",     "griped",       "testifies",  "alleged",
    "alleges",   "explains",   "recalled",   "counters",    "insisted",     "said",         "says",       "say",
    "saying",    "told",       "tells",      "tell",        "telling",      "wrote",        "writes",     "write",
    "writing",   "added",      "adds",       "noted",       "notes",        "asked",        "asks",       "argued",
    "argues",    "explained",  "explains",   "continued",   "continues",    "stated",       "states",     "declared",
    "declares",  "insisted",   "insists",    "claimed",     "claims",       "according",    "replied",    "replies",
    "responded", "responds",   "remarked",   "recalled",    "recalls",      "warned",       "warns",      "announced",
    "announces", "tweeted",    "tweets",     "posted",      "acknowledged", "acknowledges", "admitted",   "admits",
    "observed",  "suggested",  "suggests",   "concluded",   "countered",    "quipped",      "joked",      "jokes",
    "shouted",   "yelled",     "urged",      "urges",       "conceded",     "concedes",     "emphasized", "stressed",
    "predicted", "promised",   "vowed",      "vows",        "testified",    "reported",     "reports",    "called",
    "calls",     "described",  "describes",  "charged",     "contended",    "contends",     "maintained", "maintains",
    "asserted",  "asserts",    "pointed",    "interjected", "demanded",     "wondered",     "mused",      "boasted",
    "bragged",   "complained", "complains",  "lamented",    "retorted",     "answered",     "texted",     "emailed",
    "read",      "reads",      "proclaimed", "pledged",     "repeated",     "reiterated",   "confirmed",  "agreed",
    "cautioned", "advised",    "explaining", "adding",      "noting",       "arguing",      "asking",     "insisting",
    "warning",   "writing",    "claiming",   "stating",     "wrote:",       "chanted",      "screamed",   "exclaimed",
    "whispered", "sighed",     "laughed",    "begged",      "pleaded",      "thundered",    "blasted",    "slammed",
    "mocked",    "tweeting",   "telling",    "opined",      "quoted",       "recounted",    "recounts",   "elaborated",
    "summed",    "shot",       "fired",      "chimed",      "went",         "goes",         "concluding", "writes:",
    "read:",     "concluded:", "stated:",    "announcing",  "questioned",   "mentioned",    "speculated", "surmised",
    "conceded",  "observes",   "notes:",     "implored",    "cried",        "boomed",       "intoned",    "answers",
    "agrees",    "confessed",  "confesses",  "assured",     "assures",      "confided",     "retaliated", "commented",
    "conclude",  "accuses",
};

// Plain forms, after "could", "would", "did" or a plural subject: "could only quip:", "critics argue".
constexpr const char *plainSpeechVerbs[] = {"quip",    "joke",        "add",    "note",   "ask",     "argue",
                                            "explain", "insist",      "claim",  "reply",  "respond", "warn",
                                            "admit",   "acknowledge", "answer", "declare"};

constexpr const char *speechNouns[] = {
    "statement", "interview", "tweet",   "tweets",     "speech",     "letter",    "email",  "e-mail",
    "post",      "op-ed",     "remarks", "release",    "memo",       "message",   "column", "posting",
    "video",     "ad",        "address", "briefing",   "conference", "testimony", "report", "essay",
    "editorial", "rally",     "debate",  "appearance", "call",
};

constexpr const char *abbreviations[] = {
    "mr",   "mrs",  "ms",   "dr",   "sen", "rep",  "reps", "sens", "gov",    "gen",     "lt",   "col",   "sgt",
    "capt", "adm",  "prof", "rev",  "st",  "jr",   "sr",   "inc",  "corp",   "co",      "ltd",  "llc",   "vs",
    "etc",  "jan",  "feb",  "mar",  "apr", "aug",  "sept", "sep",  "oct",    "nov",     "dec",  "calif", "fla",
    "ariz", "mass", "pa",   "va",   "ga",  "ill",  "wis",  "mich", "minn",   "tenn",    "ky",   "okla",  "nev",
    "conn", "colo", "ore",  "wash", "md",  "mo",   "ala",  "ark",  "miss",   "neb",     "kan",  "del",   "ind",
    "n.h",  "vt",   "ft",   "mt",   "no",  "pres", "supt", "gov",  "messrs", "lt. gov", "atty", "dept",  "univ",
    "assn", "bros", "cmdr", "maj",  "amb", "sec",  "secy", "v",
};

constexpr const char *personTitles[] = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
    "adm.",
    "prof.",
    "rev.",
    "pres.",
    "sens.",
    "reps.",
    "mayor",
    "president",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "secretary",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "speaker",
    "sheriff",
    "chief",
    "commissioner",
    "councilmember",
    "councilman",
    "councilwoman",
    "representative",
    "ambassador",
    "attorney",
    "pastor",
    "father",
    "sister",
    "brother",
    "bishop",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "lord",
    "lady",
    "sir",
    "dame",
    "professor",
    "coach",
    "officer",
    "detective",
    "sergeant",
    "lieutenant",
    "captain",
    "colonel",
    "general",
    "admiral",
    "major",
    "director",
    "minister",
    "premier",
    "chancellor",
    "candidate",
    "nominee",
    "vice",
    "former",
    "leader",
    "majority",
    "minority",
    "whip",
    "assemblyman",
    "assemblywoman",
    "delegate",
    "rabbi",
    "imam",
    "reverend",
    "trooper",
    "deputy",
    "superintendent",
    "comptroller",
    "treasurer",
    "auditor",
    "dean",
    "provost",
    "ceo",
    "host",
    "anchor",
    "correspondent",
    "columnist",
    "commentator",
    "activist",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "mrs",
    "mr",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "miss",
    "madam",
    "lt. gov.",
    "vp",
    "pm",
    // "AG Lynch", "DJ Beverly Bond": an office or a trade written short, in capitals, before a name.
    "ag",
    "dj",
    "rapper",
    "singer",
    "actor",
    "actress",
    "comedian",
    // Roles written before a name as titles are: "DNC Chair Debbie Wasserman Schultz", "Political Editor Matthew
    // Boyle".
    "chair",
    "chairperson",
    "editor",
    "counsel",
    "recorder",
    "clerk",
    "publisher",
    "producer",
    "founder",
    "strategist",
    "spokesman",
    "spokeswoman",
    "senators",
    "governors",
    // Further offices written before a name: "Sec. John Kerry", "Del. Marcia Price" (a state's
    // delegate; "Dover, Del." alone stays the state), "Chicago Alderman Jason Ervin",
    // "Co-anchor Norah O'Donnell", "Justices David Souter and Samuel Alito".
    "sec.",
    "del.",
    "amb.",
    "cmdr.",
    "maj.",
    "supt.",
    "atty.",
    "archbishop",
    "ayatollah",
    "magistrate",
    "alderman",
    "alderwoman",
    "co-anchor",
    "co-host",
    "moderator",
    "co-moderator",
    "co-founder",
    "front-runner",
    "frontrunner",
    "editor-in-chief",
    "secretary-treasurer",
    "justices",
    // Offices written with a hyphen: "U.N. Secretary-General Ban Ki-moon", "Vice-President Biden".
    "secretary-general",
    "attorney-general",
    "solicitor-general",
    "governor-general",
    "director-general",
    "lieutenant-governor",
    "lieutenant-general",
    "major-general",
    "brigadier-general",
    "vice-president",
    "vice-chairman",
    "vice-chair",
    "vice-premier",
    "president-elect",
    "governor-elect",
    "mayor-elect",
    // Party officers: "Republican National Committeeman Morton Blackwell".
    "committeeman",
    "committeewoman",
};

// "Then-Sen. Clinton", "ex-Gov. Perry": a title joined to a word of time is still a title (see
// lexicon(), which adds each title with these in front).
constexpr const char *titleTimePrefixes[] = {"then-", "ex-"};

constexpr const char *roleNouns[] = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "aide",
    "aides",
    "adviser",
    "advisor",
    "advisers",
    "senator",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "president",
    "candidate",
    "nominee",
    "source",
    "sources",
    "analyst",
    "expert",
    "experts",
    "economist",
    "lawyer",
    "attorney",
    "director",
    "chairman",
    "chairwoman",
    "leader",
    "leaders",
    "secretary",
    "manager",
    "strategist",
    "pollster",
    "professor",
    "researcher",
    "historian",
    "author",
    "report",
    "letter",
    "statement",
    "memo",
    "study",
    "poll",
    "survey",
    "ad",
    "campaign",
    "group",
    "organization",
    "nonprofit",
    "committee",
    "agency",
    "department",
    "administration",
    "official",
    "woman",
    "man",
    "voter",
    "voters",
    "supporter",
    "supporters",
    "critic",
    "critics",
    "republican",
    "democrat",
    "republicans",
    "democrats",
    "businessman",
    "billionaire",
    "mogul",
    "lawmaker",
    "lawmakers",
    "senators",
    "representative",
    "judge",
    "police",
    "sheriff",
    "officer",
    "founder",
    "ceo",
    "executive",
    "host",
    "anchor",
    "reporter",
    "writer",
    "columnist",
    "editor",
    "article",
    "story",
    "release",
    "website",
    "paper",
    "newspaper",
    "network",
    "magazine",
    "spokespeople",
    "representatives",
    "people",
    "residents",
    "activist",
    "activists",
    "officer",
    "chief",
    "ambassador", // "China's ambassador to Britain said": the envoy speaks, not the country
    "envoy",
    "commissioner",
    "worker",
    "workers",
    "student",
    "students",
    "teacher",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "friend",
    "veteran",
    "member",
    "members",
    "prosecutor",
    "prosecutors",
    "investigators",
    "delegate",
    "delegates",
    "operative",
    "consultant",
    "partner",
    "fact-checker",
    "organizers",
    "organizer",
    "caller",
    "audience",
    "crowd",
    "transcript",
    "tweet",
    "post",
    "headline",
    "document",
    "documents",
    "filing",
    "lawsuit",
    "complaint",
    "indictment",
    "ruling",
    "opinion",
    "order",
};

constexpr const char *organisationWords[] = {
    "council",       "department",
    "district",      "inc.",
    "inc",           "corp.",
    "corp",          "co.",
    "ltd.",          "llc",
    "company",       "corporation",
    "committee",     "party",
    "university",    "college",
    "school",        "academy",
    "association",   "foundation",
    "institute",     "institution",
    "center",        "centre",
    "agency",        "administration",
    "bureau",        "commission",
    "court",         "senate",
    "house",         "congress",
    "assembly",      "legislature",
    "parliament",    "network",
    "group",         "club",
    "bank",          "fund",
    "journal",       "times",
    "post",          "news",
    "press",         "tribune",
    "herald",        "daily",
    "magazine",      "review",
    "gazette",       "chronicle",
    "observer",      "monitor",
    "examiner",      "service",
    "services",      "office",
    "board",         "union",
    "federation",    "league",
    "coalition",     "alliance",
    "society",       "church",
    "ministry",      "police",
    "army",          "navy",
    "guard",         "force",
    "forces",        "corps",
    "authority",     "trust",
    "foundation",    "project",
    "campaign",      "caucus",
    "pac",           "cabinet",
    "endowment",     "reserve",
    "exchange",      "airlines",
    "motors",        "systems",
    "technologies",  "holdings",
    "partners",      "group",
    "organization",  "organisation",
    "conference",    "industries",
    "enterprises",   "associates",
    "hospital",      "clinic",
    "laboratory",    "lab",
    "labs",          "media",
    "broadcasting",  "radio",
    "television",    "tv",
    "channel",       "station",
    "studios",       "records",
    "entertainment", "research",
    "watch",         "initiative",
    "network",       "networks",
    "council",       "nation",
    "taliban",       "brotherhood",
    "cartel",        "front",
    "show",          "forum",
};

constexpr const char *organisationHeads[] = {
    "nonprofit",  "group",      "organization", "organisation",   "campaign",    "company", "firm",
    "agency",     "department", "committee",    "network",        "newspaper",   "paper",   "magazine",
    "website",    "outlet",     "council",      "administration", "party",       "union",   "association",
    "foundation", "institute",  "center",       "bank",           "corporation", "charity", "coalition",
    "bureau",     "office",     "board",        "commission",     "court",       "report",  "letter",
    "statement",  "release",
};

constexpr const char *placeWords[] = {
    "county",    "city",     "river",   "street",    "avenue",  "boulevard", "road",   "island",   "islands",
    "mountains", "mountain", "valley",  "beach",     "lake",    "bay",       "park",   "square",   "heights",
    "springs",   "falls",    "hills",   "peninsula", "ocean",   "sea",       "gulf",   "coast",    "canyon",
    "desert",    "harbor",   "harbour", "port",      "village", "township",  "parish", "province", "state",
    "territory", "region",   "plaza",   "bridge",    "airport", "st.",       "ave.",   "blvd.",    "strip",
    "mount",     "mt.",      "fort",    "ft.",
};

constexpr const char *lawWords[] = {
    "act",       "amendment",    "bill",        "law",        "code",     "treaty",    "accord",   "accords",
    "agreement", "constitution", "ordinance",   "resolution", "statute",  "directive", "doctrine", "protocol",
    "charter",   "convention",   "proposition", "measure",    "statutes", "deal",      "pact",
};

constexpr const char *eventWords[] = {
    "war",     "election", "elections",  "primary", "primaries",  "caucuses", "summit",       "olympics",
    "games",   "festival", "debate",     "debates", "revolution", "crisis",   "massacre",     "attack",
    "attacks", "riots",    "parade",     "cup",     "series",     "bowl",     "championship", "marathon",
    "day",     "week",     "conference", "hearing", "scandal",    "movement", "rally",        "march",
};

// Contractions the tokenizer keeps whole ("They’re", "We’ve") are subjects too; "He’s" splits.
constexpr const char *pronouns[] = {
    "he",      "she",   "they",  "i",     "we",    "it",  "you", "they’re", "they're", "they’ve",
    "they've", "we’re", "we're", "we’ve", "we've", "i’m", "i'm", "i’ve",    "i've",
};

constexpr const char *determiners[] = {
    "the",   "a",     "an",  "his",     "her", "its",   "their",   "our",  "my",   "this",  "that",
    "these", "those", "one", "another", "two", "three", "several", "many", "some", "other",
};

constexpr const char *clauseBoundaries[] = {
    "that",    "and",     "but",     "because", "when", "while", "as",    "if",    "although", "though",
    "since",   "so",      "or",      "which",   "who",  "whom",  "whose", "where", "after",    "before",
    "until",   "unless",  "whether", "than",    "then", "yet",   "for",   "to",    "of",       "in",
    "on",      "at",      "with",    "by",      "from", "about", "into",  "over",  "under",    "during",
    "against", "between", "without", "through", "like", "is",    "was",   "are",   "were",     "be",
    "been",    "being",   "not",     "what",    "why",  "how",   "once",  "also",
};

constexpr const char *attributionFillers[] = {
    "also",       "later",      "then",          "has",        "had",       "have",       "would",     "will",
    "once",       "previously", "recently",      "again",      "further",   "simply",     "flatly",    "reportedly",
    "publicly",   "privately",  "quickly",       "repeatedly", "often",     "frequently", "bluntly",   "angrily",
    "finally",    "now",        "just",          "already",    "has",       "is",         "was",       "did",
    "does",       "do",         "still",         "even",       "first",     "earlier",    "famously",  "initially",
    "originally", "once",       "sarcastically", "jokingly",   "memorably", "previously", "correctly", "falsely",
    "wrongly",    "accurately", "openly",        "explicitly", "directly",  "repeatedly", "ominously", "cryptically",
};

constexpr const char *titleSmallWords[] = {
    "of",   "the", "and", "in",   "on",  "a", "an", "for", "to", "at", "by",
    "with", "or",  "as",  "from", "vs.", "&", "--", "-",   "is", "it",
};

constexpr const char *termCues[] = {
    "word",     "words",    "term",        "terms",  "phrase",   "phrases", "dubbed",  "label",      "labeled",
    "labelled", "nickname", "nicknamed",   "slogan", "hashtag",  "motto",   "moniker", "known",      "branded",
    "coined",   "mantra",   "catchphrase", "titled", "entitled", "named",   "dubbing", "expression", "chant",
    "chants",   "chanting", "chanted",     "signs",  "sign",     "banner",  "reading",
};

constexpr const char *titleCues[] = {
    "book",       "books",   "article",     "articles", "headline", "headlined", "op-ed",   "column",    "essay",
    "film",       "movie",   "documentary", "show",     "program",  "programme", "series",  "song",      "album",
    "report",     "titled",  "entitled",    "memoir",   "novel",    "play",      "episode", "segment",   "paper",
    "study",      "podcast", "blog",        "magazine", "story",    "poem",      "piece",   "editorial", "sketch",
    "commentary", "ad",      "ads",         "drama",    "sitcom",   "songs",     "hits",    "sequel",    "musical",
};

// Nouns that follow a work's title and tell what it is ("the "Off Message" podcast", "the "Daily
// Show" host", "his "Miss Universe" pageant").
constexpr const char *workNouns[] = {
    "ad",     "ads",   "show",   "shows",   "host",   "hosts",   "star",        "stars",     "podcast",
    "series", "film",  "movie",  "book",    "song",   "album",   "episode",     "reboot",    "pageant",
    "tv",     "drama", "sitcom", "musical", "sequel", "trailer", "documentary", "franchise",
};

constexpr const char *demonyms[] = {
    "american",
    "americans",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "libertarian",
    "libertarians",
    "conservative",
    "liberal",
    "progressive",
    "mexican",
    "mexicans",
    "russian",
    "russians",
    "chinese",
    "syrian",
    "syrians",
    "iraqi",
    "iraqis",
    "iranian",
    "afghan",
    "israeli",
    "israelis",
    // The side of the American Civil War, an adjective like the peoples': "the Confederate flag".
    "confederate",
    "confederates",
    "palestinian",
    "palestinians",
    "british",
    "french",
    "german",
    "germans",
    "european",
    "europeans",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jew",
    "jews",
    "catholic",
    "catholics",
    "evangelical",
    "evangelicals",
    "islamic",
    "african",
    "african-american",
    "african-americans",
    "hispanic",
    "hispanics",
    "latino",
    "latinos",
    "latina",
    "latinas",
    "asian",
    "asians",
    "black",
    "white",
    "canadian",
    "canadians",
    "japanese",
    "korean",
    "north korean",
    "saudi",
    "saudis",
    "cuban",
    "cubans",
    "venezuelan",
    "italian",
    "irish",
    "english",
    "spanish",
    "indian",
    "pakistani",
    "turkish",
    "egyptian",
    "libyan",
    "yemeni",
    "ukrainian",
    "ukrainians",
    "polish",
    "greek",
    "swedish",
    "dutch",
    "australian",
    "brazilian",
    "colombian",
    "haitian",
    "puerto rican",
    "democratic-leaning",
    "gop-leaning",
    "westerner",
    "westerners",
    "southern",
    "northern",
    "midwestern",
    "californian",
    "californians",
    "texan",
    "texans",
    "floridian",
    "new yorker",
    "new yorkers",
    "clintonite",
    "trumpian",
    "obamacare",
    "sunni",
    "shiite",
    "kurdish",
    "kurds",
    "arab",
    "arabs",
    "persian",
    "baptist",
    "protestant",
    "mormon",
    "mormons",
    "hindu",
    "buddhist",
    "sikh",
    "native",
    "socialist",
    "communist",
    "marxist",
    "nazi",
    "nazis",
    "fascist",
    "independents",
    "independent",
    "dem",
    "dems",
    "gop'ers",
    // Peoples the rules met as names: adjectives of countries and groups like the ones above.
    "swiss",
    "kazakh",
    "philippine",
    "filipino",
    "filipinos",
    "islamist",
    "islamists",
    "whig",
    "whigs",
    "turk",
    "czech",
    "chicano",
    "chicanos",
};

// Capitalised words that do not make an entity by themselves.
// Religions and groups of people named with a capital: not a person, organisation or place.
constexpr const char *groupNames[] = {
    "islam",
    "christianity",
    "judaism",
    "hinduism",
    "buddhism",
    "african american",
    "african americans",
    "african-american",
    "african-americans",
    "millennials",
    "baby boomers",
    "boomers",
    "lgbt",
    "lgbtq",
    "evangelicals",
    // Peoples named by colour, written with a capital in some papers ("Blacks and Hispanics").
    "blacks",
    "whites",
};

// Also a transcript's stage direction ("(CROSSTALK)") and pronouns written in capitals for emphasis.
constexpr const char *nonEntityCapitals[] = {
    "the",          "a",        "an",        "i",          "i'm",       "i've",    "i'd",      "i'll",     "but",
    "and",          "or",       "if",        "in",         "on",        "at",      "for",      "monday",   "tuesday",
    "wednesday",    "thursday", "friday",    "saturday",   "sunday",    "january", "february", "march",    "april",
    "may",          "june",     "july",      "august",     "september", "october", "november", "december", "jan.",
    "feb.",         "aug.",     "sept.",     "oct.",       "nov.",      "dec.",    "mr.",      "mrs.",     "ms.",
    "dr.",          "ok",       "okay",      "tv",         "oh",        "yes",     "no",       "internet", "web",
    "mr",           "mrs",      "ms",        "et",         "al",        "pm",      "am",       "a.m.",     "p.m.",
    "ceo",          "cfo",      "gdp",       "u.s.-based", "lol",       "o.k.",    "via",      "ad",       "ads",
    "op-ed",        "photo",    "updated",   "update",     "watch",     "related", "read",     "more",     "follow",
    "editor's",     "note",     "this",      "that",       "these",     "those",   "it",       "its",      "he",
    "she",          "they",     "we",        "you",        "his",       "her",     "their",    "our",      "my",
    "there",        "here",     "when",      "where",      "what",      "who",     "why",      "how",      "after",
    "before",       "while",    "as",        "with",       "from",      "by",      "to",       "of",       "so",
    "not",          "all",      "some",      "many",       "most",      "one",     "two",      "three",    "then",
    "now",          "today",    "yesterday", "tomorrow",   "also",      "still",   "just",     "even",     "only",
    "every",        "each",     "both",      "no.",        "vs.",       "etc.",    "ph.d.",    "m.d.",     "x",
    "ii",           "iii",      "iv",        "eastern",    "western",   "pacific", "central",  "standard", "hey",
    "presidential", "federal",  "national",  "state",      "crosstalk", "me",      "him",      "them",
};

// Abbreviations of things, not of bodies: "voter ID", "a DNA test", "the VAT".
constexpr const char *thingAbbreviations[] = {"id", "dna", "gps", "iq", "pdf", "url", "atm", "vat", "faq"};

constexpr const char *knownOrganisations[] = {
    "fed",
    "treasury",
    "forbes",
    "ford",
    "cadillac",
    "pentagon",
    "politifact",
    "realclearpolitics",
    "gop",
    // British parties, named alone ("Labour's spokesman"); America writes "Labor" for its department.
    "labour",
    "tories",
    "snp",
    "plaid cymru",
    "sinn fein",
    "liberal democrats",
    "lib dems",
    "fbi",
    "cia",
    "nsa",
    "nato",
    "al qaeda",
    "dnc",
    "rnc",
    "cnn",
    "msnbc",
    "nbc",
    "abc",
    "cbs",
    "pbs",
    "npr",
    "bbc",
    "fox",
    "reuters",
    "bloomberg",
    "politico",
    "breitbart",
    "huffpost",
    "huffpollster", // its polling newsletter ("HUFFPOLLSTER: …")
    "facebook",
    "twitter",
    "google",
    "apple",
    "amazon",
    "microsoft",
    "youtube",
    "congress",
    "senate",
    "usa today",
    "un",
    "u.n.",
    "united nations",
    "eu",
    "e.u.",
    "european union",
    "african union",
    "arab league",
    "world bank",
    "isis",
    "isil",
    "al-qaeda",
    "al",
    "hamas",
    "hezbollah",
    "taliban",
    "naacp",
    "aclu",
    "nra",
    "irs",
    "epa",
    "dhs",
    "doj",
    "fda",
    "cdc",
    "sec",
    "fec",
    "fcc",
    "ftc",
    "faa",
    "nasa",
    "ice",
    "tsa",
    "atf",
    "dea",
    "usda",
    "opec",
    "imf",
    "wto",
    "who",
    "afl-cio",
    "seiu",
    "aarp",
    "planned",
    "wikileaks",
    "gallup",
    "quinnipiac",
    "rasmussen",
    "pew",
    "islamic state",
    "ap",
    "afp",
    "getty", // the photo agency, in credits ("Getty/Instagram")
    "getty images",
    "usa",
    "nyt",
    "wsj",
    "espn",
    "hbo",
    "netflix",
    "walmart",
    "exxon",
    "goldman",
    "boeing",
    "uber",
    "verizon",
    "at&t",
    "comcast",
    "disney",
    "cnbc",
    "c-span",
    "univision",
    "telemundo",
    "medicare",
    "medicaid",
    "obamacare",
    "harvard",
    "yale",
    "stanford",
    "princeton",
    "nfl",
    "nba",
    "mlb",
    "nhl",
    "ncaa",
    "fifa",
    "ioc",
    "kremlin",
    "vatican",
    "scotus",
    "potus",
    "wells",
    "citigroup",
    "jpmorgan",
    "pfizer",
    "monsanto",
    "fusion",
    // Companies whose names the dictionary lists as proper nouns, where nothing says whether a
    // person or a company is meant ("Intel said", "Nabisco will move jobs").
    "intel",
    "nabisco",
    "chevron",
    "yahoo",
    "ibm",
    "pepsico",
    "starbucks",
    "nike",
    "samsung",
    "toyota",
    "volkswagen",
    "halliburton",
    "raytheon",
    "mondelez",
};

constexpr const char *knownPlaces[] = {
    // Postal codes that are not also English words ("IN", "OR", "ME" are left out).
    "ca",
    "ny",
    "tx",
    "fl",
    "nj",
    "nc",
    "sc",
    "nh",
    "nv",
    "az",
    "wa",
    "va",
    "mi",
    "wi",
    "mn",
    "ia",
    "ks",
    "ky",
    "tn",
    "ut",
    "nm",
    "nd",
    "sd",
    "wv",
    "wy",
    "mt",
    "ri",
    "ct",
    "vt",
    "ak",
    "ar",
    "ms",
    // Countries the iso-codes names write otherwise ("Russian Federation", "Türkiye", "Korea, Republic of").
    "uk",
    "u.k.",
    "kosovo",
    "russia",
    "turkey",
    "syria",
    "iran",
    "north korea",
    "south korea",
    "venezuela",
    "bolivia",
    "vietnam",
    "laos",
    "moldova",
    "tanzania",
    "taiwan",
    "palestine",
    "macedonia",
    "congo",
    "czech republic",
    "ivory coast",
    "holland",
    "the netherlands",
    "south",
    "north",
    "west",
    "east",
    "midwest",
    "southwest",
    "northeast",
    "southeast",
    // US state abbreviations as datelines and party labels write them.
    "calif.",
    "fla.",
    "n.h.",
    "n.y.",
    "ariz.",
    "mass.",
    "pa.",
    "va.",
    "ga.",
    "ill.",
    "wis.",
    "mich.",
    "minn.",
    "tenn.",
    "ky.",
    "okla.",
    "nev.",
    "conn.",
    "colo.",
    "ore.",
    "wash.",
    "md.",
    "mo.",
    "ala.",
    "ark.",
    "miss.",
    "neb.",
    "kan.",
    "del.",
    "ind.",
    "vt.",
    "n.c.",
    "s.c.",
    "n.j.",
    "n.m.",
    "n.d.",
    "s.d.",
    "w.va.",
    "r.i.",
    "tex.",
    "la.",
    "wyo.",
    "mont.",
    "new york",
    "los angeles",
    "chicago",
    "houston",
    "philadelphia",
    "phoenix",
    "san antonio",
    "san diego",
    "dallas",
    "san jose",
    "austin",
    "boston",
    "seattle",
    "denver",
    "washington",
    "baltimore",
    "detroit",
    "miami",
    "atlanta",
    "cleveland",
    "cincinnati",
    "columbus",
    "pittsburgh",
    "milwaukee",
    "minneapolis",
    "st. louis",
    "kansas city",
    "las vegas",
    "portland",
    "charlotte",
    "nashville",
    "memphis",
    "new orleans",
    "orlando",
    "tampa",
    "sacramento",
    "san francisco",
    "oakland",
    "santa monica",
    "brooklyn",
    "manhattan",
    "queens",
    "bronx",
    "harlem",
    "london",
    "paris",
    "berlin",
    "moscow",
    "beijing",
    "tokyo",
    "jerusalem",
    "tel aviv",
    "gaza",
    "baghdad",
    "damascus",
    "aleppo",
    "kabul",
    "tehran",
    "cairo",
    "mosul",
    "raqqa",
    "benghazi",
    "tripoli",
    "havana",
    "mexico city",
    "toronto",
    "ottawa",
    "brussels",
    "rome",
    "madrid",
    "europe",
    "asia",
    "africa",
    "middle east",
    "latin america",
    "south america",
    "north america",
    "america",
    "hollywood",
    "wall street",
    "silicon valley",
    "capitol hill",
    "d.c.",
    "washington, d.c.",
    "charleston",
    "richmond",
    "raleigh",
    "des moines",
    "cedar rapids",
    "manchester",
    "concord",
    "reno",
    "tallahassee",
    "albany",
    "trenton",
    "harrisburg",
    "columbia",
    "fresno",
    "anaheim",
    "long beach",
    "el paso",
    "tucson",
    "albuquerque",
    "salt lake city",
    "omaha",
    "tulsa",
    "oklahoma city",
    "louisville",
    "indianapolis",
    "buffalo",
    "rochester",
    "syracuse",
    "hartford",
    "providence",
    "newark",
    "jersey city",
    "flint",
    "ferguson",
    "tulsa",
    "staten island",
    "long island",
    "west bank",
    "crimea",
    "kiev",
    "kyiv",
    "aleppo",
    "idlib",
    "fallujah",
    "ramadi",
    "sinai",
    "persian gulf",
    "south china sea",
    "guantanamo",
    "guantanamo bay",
    "mar-a-lago",
    "camp david",
    "midwest",
    "rust belt",
    "deep south",
    "bible belt",
    "sun belt",
    "appalachia",
    "new england",
    "the south",
    "white house",
    "the white house",
    "st. petersburg",
    "hong kong",
    "scotland",
    "england",
    "wales",
    "northern ireland",
    "britain",
    "great britain",
    "soviet union",
    "korea",
    "u.s.",
    "us",
    "u.s.a.",
    "usa",
    "america",
    "iowa",
    "nevada",
    "ohio",
    "virginia",
    "florida",
    // The polar regions and the planet: "Arctic waters", "Earth's climate".
    "arctic",
    "antarctic",
    "earth",
    // Regions and streets the country and subdivision lists lack: "across Scandinavia", "a Broadway
    // play" (the street of New York's theatres).
    "scandinavia",
    "broadway",
    "middle west",
};

// Words that join capitalised words into one name: "Bank of America", "Immigration and Customs
// Enforcement". The weak ones only when the name ends in a head word ("Trump and Clinton" is two).
constexpr const char *nameConnectors[] = {
    "of", "de", "la", "van", "von", "bin", "al", "del", "&", "and", "for", "the", "on", "da", "le",
};
constexpr const char *weakConnectors[] = {"and", "for", "the", "on", "&"};

constexpr const char *placePrefixes[] = {
    "los",   "las",   "san",  "santa", "new",  "el",    "fort",  "port", "st.",
    "north", "south", "east", "west",  "lake", "mount", "saint", "mt.",  "ft.",
};

// Not speakers after a speech verb: "said Tuesday", "said last week".
constexpr const char *timeWords[] = {
    "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday",   "sunday",  "today", "yesterday",
    "tonight", "last",    "this",      "week",     "month",  "year",       "morning", "night", "afternoon",
    "evening", "earlier", "later",     "recently", "now",    "previously", "once",    "in",    "on",
};

// Last words of organisation names beyond the organisation, law, event and place words.
constexpr const char *extraHeadWords[] = {"enforcement", "security", "affairs", "relations", "services"};

// Things that speak for whoever wrote or issued them: "the letter noted", "the order reads".
// Short names of parties that, before a noun, are used as adjectives ("GOP leaders").
constexpr const char *partyNames[] = {"gop"};

// Capitalised adjectives that are no name alone but open names ("Federal Reserve", "State of the
// Union", "National Guard").
constexpr const char *nameAdjectives[] = {"federal", "national", "state",         "central", "pacific",
                                          "eastern", "western",  "international", "united"};

// Words that can open a title without being part of a place or body before it ("Former Florida Gov.").
constexpr const char *titleModifiers[] = {"former", "then", "ex", "acting", "outgoing", "incoming"};

constexpr const char *documentNouns[] = {
    "letter", "statement", "report",        "memo",       "order",        "release",      "complaint", "lawsuit",
    "filing", "ruling",    "opinion",       "indictment", "document",     "email",        "e-mail",    "tweet",
    "post",   "ad",        "advertisement", "video",      "proclamation", "decree",       "bill",      "resolution",
    "policy", "petition",  "motion",        "brief",      "suit",         "affidavit",    "message",   "column",
    "essay",  "editorial", "op-ed",         "website",    "sign",         "constitution", "flyer",     "mailer",
};

// Verbs that report what someone said without quoting it, for indirect speech: "Negrete said the
// city would …". Only the common ones: the clause after them is the reported speech.
constexpr const char *reportingVerbs[] = {
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "argued",
    "argues",
    "explained",
    "explains",
    "stated",
    "states",
    "declared",
    "declares",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "warned",
    "warns",
    "announced",
    "announces",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "suggested",
    "suggests",
    "concluded",
    "conceded",
    "concedes",
    "emphasized",
    "stressed",
    "predicted",
    "promised",
    "vowed",
    "vows",
    "testified",
    "reported",
    "reports",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "asserted",
    "asserts",
    "complained",
    "complains",
    "confirmed",
    "tweeted",
    "wrote",
    "writes",
    "charged",
    "alleged",
    "alleges",
    "denied",
    "denies",
    "revealed",
    "reveals",
    "indicated",
    "indicates",
    "recalled",
    "recalls",
    "pointed",
    "hinted",
    "boasted",
    "bragged",
    "believes",
    "believed",
    "thinks",
    "replied",
    "responded",
    "countered",
    "cautioned",
    "observed",
    "estimated",
    "disclosed",
    "agreed",
    "repeated",
    "reiterated",
    "pledged",
    "proclaimed",
    "objected",
    "speculated",
    "worried",
    "feared",
    // What sources in the plural do: "experts say", "Democrats argue", "officials believe".
    "say",
    "argue",
    "warn",
    "insist",
    "contend",
    "maintain",
    "believe",
    "think",
    "predict",
    "acknowledge",
    "agree",
    "note",
    "suggest",
    "estimate",
    "assert",
    "allege",
    "complain",
    "worry",
    "fear",
};

// Verbs by which evidence shows a finding: "Polls show that …", "One study found Trump would …".
constexpr const char *findingVerbs[] = {"show", "shows", "showed", "found", "finds"};

// A promise or a threat reports the act it commits to: "vowed to form a task force".
constexpr const char *promiseVerbs[] = {"vowed",   "vows",    "promised",   "promises",
                                        "pledged", "pledges", "threatened", "threatens"};

// A question asked reports it: "asked Mook if …", "wondered whether …".
constexpr const char *questionVerbs[] = {"asked", "asks", "wondered", "wonders"};

// A reporting verb's participle going on from the subject: "…, saying the city could not afford it".
constexpr const char *reportParticiples[] = {"saying",     "adding",        "noting",     "arguing",     "insisting",
                                             "warning",    "explaining",    "stressing",  "suggesting",  "asserting",
                                             "contending", "acknowledging", "predicting", "emphasizing", "maintaining"};

// A reporting verb's -ing form after "be": "Trump is telling veterans that …".
constexpr const char *progressiveReports[] = {"saying",    "telling",    "arguing",    "claiming",     "insisting",
                                              "warning",   "suggesting", "predicting", "noting",       "explaining",
                                              "asserting", "contending", "announcing", "acknowledging"};

// Words in the names of news media, for "the newspaper" to find the body it stands for.
constexpr const char *newsMediaWords[] = {
    "times",     "post",      "journal",      "news",     "press",     "tribune",  "herald",     "daily",    "magazine",
    "review",    "gazette",   "chronicle",    "observer", "monitor",   "examiner", "sentinel",   "advocate", "globe",
    "star",      "register",  "inquirer",     "courier",  "dispatch",  "mirror",   "sun",        "standard", "guardian",
    "telegraph", "economist", "atlantic",     "weekly",   "media",     "radio",    "television", "tv",       "channel",
    "network",   "networks",  "broadcasting", "cnn",      "msnbc",     "nbc",      "abc",        "cbs",      "pbs",
    "npr",       "bbc",       "fox",          "reuters",  "bloomberg", "politico", "breitbart",  "huffpost", "ap",
    "axios",     "vox",       "slate",        "salon",    "newsweek",  "time",     "usa",
};

// The words of a clause that a title-case headline capitalises and that end a name before them
// ("Trump Says …"); not "May" (Theresa May), "Will" (Will Smith), "Who" (the band) or prepositions
// and "and", which real names hold ("Students For Life", "Barnes And Noble").
constexpr const char *headlineClauseWords[] = {
    "is",   "are",  "was", "were", "be",   "been", "if",  "that", "this", "his",   "her",   "its",
    "it",   "he",   "she", "they", "we",   "you",  "has", "have", "had",  "does",  "did",   "not",
    "than", "when", "why", "how",  "what", "but",  "or",  "says", "said", "would", "could", "should"};

template<std::size_t N> void addAll(WordTable &into, const char *const (&words)[N], quint64 flag)
{
    for (const char *w : words)
        into[QString::fromUtf8(w)] |= flag;
}

const WordTable &lexicon()
{
    static const WordTable table = [] {
        WordTable h(8192);
        addAll(h, abbreviations, WordLists::Abbreviation);
        addAll(h, speechVerbs, WordLists::SpeechVerb);
        addAll(h, plainSpeechVerbs, WordLists::SpeechVerb);
        addAll(h, speechNouns, WordLists::SpeechNoun);
        addAll(h, personTitles, WordLists::PersonTitle);
        for (const char *prefix : titleTimePrefixes) {
            for (const char *title : personTitles)
                h[QString(QString::fromUtf8(prefix) + QString::fromUtf8(title))] |= WordLists::PersonTitle;
        }
        addAll(h, roleNouns, WordLists::RoleNoun);
        addAll(h, organisationWords, WordLists::OrganisationWord | WordLists::HeadWord);
        addAll(h, organisationHeads, WordLists::OrganisationHead);
        addAll(h, placeWords, WordLists::PlaceWord | WordLists::HeadWord);
        addAll(h, lawWords, WordLists::LawWord | WordLists::HeadWord);
        addAll(h, eventWords, WordLists::EventWord | WordLists::HeadWord);
        addAll(h, extraHeadWords, WordLists::HeadWord);
        addAll(h, pronouns, WordLists::Pronoun);
        addAll(h, determiners, WordLists::Determiner);
        addAll(h, clauseBoundaries, WordLists::ClauseBoundary);
        addAll(h, attributionFillers, WordLists::AttributionFiller);
        addAll(h, titleSmallWords, WordLists::TitleSmallWord);
        addAll(h, termCues, WordLists::TermCue);
        addAll(h, titleModifiers, WordLists::TitleModifier);
        addAll(h, partyNames, WordLists::PartyName);
        addAll(h, nameAdjectives, WordLists::NameAdjective);
        addAll(h, titleCues, WordLists::TitleCue);
        addAll(h, workNouns, WordLists::WorkNoun);
        addAll(h, demonyms, WordLists::Demonym);
        addAll(h, groupNames, WordLists::Demonym);
        addAll(h, nonEntityCapitals, WordLists::NonEntityCapital);
        addAll(h, thingAbbreviations, WordLists::NonEntityCapital);
        addAll(h, knownOrganisations, WordLists::KnownOrganisation);
        addAll(h, knownPlaces, WordLists::KnownPlace);
        addAll(h, nameConnectors, WordLists::NameConnector);
        addAll(h, weakConnectors, WordLists::WeakConnector);
        addAll(h, placePrefixes, WordLists::PlacePrefix);
        addAll(h, timeWords, WordLists::TimeWord);
        addAll(h, documentNouns, WordLists::DocumentNoun);
        addAll(h, reportingVerbs, WordLists::ReportingVerb);
        addAll(h, findingVerbs, WordLists::FindingVerb);
        addAll(h, promiseVerbs, WordLists::PromiseVerb);
        addAll(h, questionVerbs, WordLists::QuestionVerb);
        addAll(h, reportParticiples, WordLists::ReportParticiple);
        addAll(h, progressiveReports, WordLists::ProgressiveReport);
        addAll(h, headlineClauseWords, WordLists::HeadlineClauseWord);
        addAll(h, newsMediaWords, WordLists::NewsMediaWord);
        return h;
    }();
    return table;
}

const WordTable &firstNamesTable()
{
    static const WordTable table = [] {
        WordTable h(2048);
        for (const char *w :
             {"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
              "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
              "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
              "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
              "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
              "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
              "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
              "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
              "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
              "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "melania",
              "ivanka", "chelsea", "michelle", "kellyanne", "sarah", "huma", "hope", "nikki", "carly", "elizabeth",
              "nancy", "condoleezza", "madeleine", "tulsi", "kamala", "donna", "debbie", "jill", "dana", "lana",
              "megyn", "rachel", "katy", "gennifer", "paula", "juanita", "kathleen", "laura", "mika", "andrea", "jane",
              "ellen", "oprah", "beyonce", "ruth", "sonia", "elena", "loretta", "janet", "susana", "kate", "katie",
              "meghan", "monica", "stephanie", "sheila", "tammy", "barbara", "hilary", "jeanne", "lindsey", "claire",
              "kirsten", "amy", "patty", "maxine", "barbara", "marsha", "mia", "ilyse", "dottie", "ghazala", "alicia",
              "heidi", "joni", "kelly", "kristen", "kasie", "greta", "ana", "erin", "brooke", "tina", "rosie", "ruby",
              "ava", "valerie", "wendy", "gwen",
              // More of the common given names, none of them a usual surname or dictionary word.
              "kathy", "rita", "sherry", "lori", "connie", "peggy", "yvonne", "irene", "lois", "anita", "eileen",
              "vanessa", "darlene", "norma", "jeanette", "tanya", "elaine", "vicki", "vicky", "gail", "colleen",
              "caroline", "kristin", "jenna", "suzanne", "maureen", "terri", "becky", "patti", "roberta", "nina",
              "rosa", "lucia", "sofia", "adriana", "gabriela", "mariana", "sylvia", "lydia", "esther", "vera", "edith",
              "stacey", "stacy", "tiffany", "erica", "monique", "latoya", "keisha", "tamika", "aisha", "fatima",
              "malia", "sasha"})
            h[QString::fromUtf8(w)] = quint32(Gender::Female);
        for (const char *w :
             {"james",     "robert",   "john",        "michael",   "william", "david",    "richard",  "joseph",
              "thomas",    "charles",  "christopher", "daniel",    "matthew", "anthony",  "mark",     "donald",
              "steven",    "paul",     "andrew",      "joshua",    "kenneth", "kevin",    "brian",    "george",
              "timothy",   "ronald",   "edward",      "jason",     "jeffrey", "ryan",     "jacob",    "gary",
              "nicholas",  "eric",     "jonathan",    "stephen",   "larry",   "justin",   "scott",    "brandon",
              "benjamin",  "samuel",   "gregory",     "alexander", "frank",   "patrick",  "raymond",  "jack",
              "dennis",    "jerry",    "tyler",       "aaron",     "jose",    "adam",     "nathan",   "henry",
              "douglas",   "zachary",  "peter",       "kyle",      "ethan",   "walter",   "noah",     "jeremy",
              "christian", "keith",    "roger",       "terry",     "gerald",  "harold",   "sean",     "austin",
              "carl",      "arthur",   "lawrence",    "dylan",     "jesse",   "jordan",   "bryan",    "billy",
              "joe",       "bruce",    "gabriel",     "logan",     "albert",  "willie",   "alan",     "juan",
              "wayne",     "elijah",   "randy",       "roy",       "vincent", "ralph",    "eugene",   "russell",
              "bobby",     "mason",    "philip",      "louis",     "barack",  "bill",     "bernie",   "ted",
              "marco",     "jeb",      "mike",        "chris",     "rand",    "ben",      "newt",     "rudy",
              "reince",    "sean",     "corey",       "kellyanne", "tim",     "mitch",    "harry",    "chuck",
              "nancy",     "paul",     "jim",         "tom",       "bob",     "dick",     "dan",      "dave",
              "ron",       "don",      "rick",        "ricky",     "jimmy",   "johnny",   "tony",     "steve",
              "matt",      "jon",      "nick",        "alex",      "sam",     "pat",      "ed",       "fred",
              "ken",       "jeff",     "greg",        "doug",      "phil",    "vladimir", "bashar",   "kim",
              "xi",        "recep",    "benjamin",    "bibi",      "angela",  "francois", "emmanuel", "boris",
              "lindsey",   "orrin",    "lamar",       "marco",     "jared",   "eric",     "hunter",   "beau",
              "reggie",    "jake",     "wolf",        "anderson",  "lester",  "chris",    "bret",     "brit",
              "howard",    "rush",     "glenn",       "hugh",      "bret",    "newt",     "martin",   "ronald",
              "jimmy",     "gerald",   "lyndon",      "franklin",  "abraham", "woodrow",  "dwight",   "herbert",
              "calvin",    "warren",   "ulysses",     "colin",     "rex",     "jeff",     "stephen",  "mitt",
              "gary",      "evan",     "bill",        "jorge",     "carlos",  "luis",     "miguel",   "antonio",
              "francisco", "ahmed",    "mohammed",    "muhammad",  "ali",     "omar",     "khizr",    "humayun",
              "ivan",      "sergei",   "dmitry",      "abdul",     "jerome",  "jamal",    "tyrone",   "deray",
              "cornel",    "al",       "jesse",       "van",       "julian",  "dennis",   "andre",    "sheldon",
              "cory",      "theodore", "vince",       "seth",      "igor",    "nicolas",  "shinzo",   "narendra",
              "phillip",   "shawn",    "travis",      "marvin",    "alfred",  "darrell",  "derek",    "dustin",
              "hector",    "manuel",   "ricardo",     "pedro",     "raul",    "rafael",   "sergio",   "andres",
              "alberto"})
            if (h.value(QString::fromUtf8(w)) == 0)
                h[QString::fromUtf8(w)] = quint32(Gender::Male);
        return h;
    }();
    return table;
}

} // namespace

quint64 WordLists::flags(QStringView lower)
{
    return lexicon().value(lower);
}

Gender WordLists::genderOfFirstName(QStringView lower)
{
    return Gender(firstNamesTable().value(lower));
}

Gender WordLists::genderOfPronoun(QStringView lower)
{
    if (lower == u"she" || lower == u"her" || lower == u"hers")
        return Gender::Female;
    if (lower == u"he" || lower == u"him" || lower == u"his")
        return Gender::Male;
    return Gender::Unknown;
}

Gender WordLists::genderOfTitle(QStringView lower)
{
    static const WordTable titles = [] {
        WordTable h(128);
        for (const char *w : {"mrs.",          "ms.",           "mrs",           "ms",           "miss",
                              "madam",         "congresswoman", "chairwoman",    "councilwoman", "queen",
                              "princess",      "lady",          "dame",          "sister",       "actress",
                              "businesswoman", "spokeswoman",   "assemblywoman", "alderwoman",   "first lady"})
            h[QString::fromUtf8(w)] = quint32(Gender::Female);
        for (const char *w : {"mr.", "mr", "congressman", "chairman", "councilman", "king", "prince", "lord", "sir",
                              "father", "brother", "businessman", "spokesman", "assemblyman", "alderman"})
            h[QString::fromUtf8(w)] = quint32(Gender::Male);
        return h;
    }();
    return Gender(titles.value(lower));
}

} // namespace lede
