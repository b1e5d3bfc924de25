#include "analysis/wordlists.h"

#include <QHash>
#include <initializer_list>

namespace lede {
namespace {

QSet<QString> setOf(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    set.reserve(int(words.size()));
    for (const char *w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

// Inflected forms are listed because the rules look words up as they stand in the text.
const QSet<QString> &speechVerbs()
{
    static const QSet<QString> set = setOf({
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes", "write", "writing",
        "added", "adds", "noted", "notes", "asked", "asks", "argued", "argues", "explained", "explains",
        "continued", "continues", "stated", "states", "declared", "declares", "insisted", "insists", "claimed",
        "claims", "according", "replied", "replies", "responded", "responds", "remarked", "recalled", "recalls",
        "warned", "warns", "announced", "announces", "tweeted", "tweets", "posted", "acknowledged",
        "acknowledges", "admitted", "admits", "observed", "suggested", "suggests", "concluded", "countered",
        "quipped", "joked", "jokes", "shouted", "yelled", "urged", "urges", "conceded", "concedes", "emphasized",
        "stressed", "predicted", "promised", "vowed", "vows", "testified", "reported", "reports", "called",
        "calls", "described", "describes", "charged", "contended", "contends", "maintained", "maintains",
        "asserted", "asserts", "pointed", "interjected", "demanded", "wondered", "mused", "boasted", "bragged",
        "complained", "complains", "lamented", "retorted", "answered", "texted", "emailed", "read", "reads",
        "proclaimed", "pledged", "repeated", "reiterated", "confirmed", "agreed", "cautioned", "advised",
        "explaining", "adding", "noting", "arguing", "asking", "insisting", "warning", "writing", "claiming",
        "stating", "wrote:", "chanted", "screamed", "exclaimed", "whispered", "sighed", "laughed",
        "begged", "pleaded", "thundered", "blasted", "slammed", "mocked", "tweeting", "telling", "opined",
        "quoted", "recounted", "recounts", "elaborated", "summed", "shot", "fired", "chimed", "went", "goes",
        "concluding", "writes:", "read:", "concluded:", "stated:", "announcing", "questioned", "mentioned",
        "speculated", "surmised", "conceded", "observes", "notes:", "implored", "cried", "boomed", "intoned",
    });
    return set;
}

const QSet<QString> &speechNouns()
{
    static const QSet<QString> set = setOf({
        "statement", "interview", "tweet", "tweets", "speech", "letter", "email", "e-mail", "post", "op-ed",
        "remarks", "release", "memo", "message", "column", "posting", "video", "ad", "address", "briefing",
        "conference", "testimony", "report", "essay", "editorial", "rally", "debate", "appearance", "call",
    });
    return set;
}

const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = setOf({
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
        "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "vs", "etc", "jan", "feb", "mar",
        "apr", "aug", "sept", "sep", "oct", "nov", "dec", "calif", "fla", "ariz", "mass", "pa", "va", "ga", "ill",
        "wis", "mich", "minn", "tenn", "ky", "okla", "nev", "conn", "colo", "ore", "wash", "md", "mo", "ala",
        "ark", "miss", "neb", "kan", "del", "ind", "n.h", "vt", "ft", "mt", "no", "pres", "supt", "gov", "messrs",
        "lt. gov", "atty", "dept", "univ", "assn", "bros", "cmdr", "maj", "amb", "sec", "secy",
    });
    return set;
}

const QSet<QString> &personTitles()
{
    static const QSet<QString> set = setOf({
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.",
        "prof.", "rev.", "pres.", "sens.", "reps.", "mayor", "president", "senator", "governor", "congressman",
        "congresswoman", "secretary", "judge", "justice", "chairman", "chairwoman", "speaker", "sheriff",
        "chief", "commissioner", "councilmember", "councilman", "councilwoman", "representative", "ambassador",
        "attorney", "pastor", "father", "sister", "brother", "bishop", "pope", "king", "queen", "prince",
        "princess", "lord", "lady", "sir", "dame", "professor", "coach", "officer", "detective", "sergeant",
        "lieutenant", "captain", "colonel", "general", "admiral", "major", "director", "minister", "premier",
        "chancellor", "candidate", "nominee", "vice", "former", "ex-president", "leader", "majority", "minority", "whip", "assemblyman", "assemblywoman", "delegate", "rabbi",
        "imam", "reverend", "trooper", "deputy", "superintendent", "comptroller", "treasurer", "auditor",
        "dean", "provost", "ceo", "host", "anchor", "correspondent", "columnist", "commentator", "activist",
        "businessman", "businesswoman", "billionaire", "mogul", "mrs", "mr", "ms", "dr", "sen", "rep", "gov",
        "miss", "madam", "lt. gov.", "vp", "pm", "rapper", "singer", "actor", "actress", "comedian",
    });
    return set;
}

const QSet<QString> &roleNouns()
{
    static const QSet<QString> set = setOf({
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "adviser",
        "advisor", "advisers", "senator", "congressman", "congresswoman", "governor", "mayor", "president",
        "candidate", "nominee", "source", "sources", "analyst", "expert", "experts", "economist", "lawyer",
        "attorney", "director", "chairman", "chairwoman", "leader", "leaders", "secretary", "manager", "strategist",
        "pollster", "professor", "researcher", "historian", "author", "report", "letter", "statement", "memo",
        "study", "poll", "survey", "ad", "campaign", "group", "organization", "nonprofit", "committee", "agency",
        "department", "administration", "official", "woman", "man", "voter", "voters", "supporter",
        "supporters", "critic", "critics", "republican", "democrat", "republicans", "democrats", "businessman",
        "billionaire", "mogul", "lawmaker", "lawmakers", "senators", "representative", "judge", "police",
        "sheriff", "officer", "founder", "ceo", "executive", "host", "anchor", "reporter", "writer", "columnist",
        "editor", "article", "story", "release", "website", "paper", "newspaper", "network", "magazine",
        "spokespeople", "representatives", "people", "residents", "activist", "activists", "officer", "chief",
        "commissioner", "worker", "workers", "student", "students", "teacher", "mother", "father", "son",
        "daughter", "wife", "husband", "friend", "veteran", "member", "members", "prosecutor", "prosecutors",
        "investigators", "delegate", "delegates", "operative", "consultant", "partner", "fact-checker",
        "organizers", "organizer", "caller", "audience", "crowd", "transcript", "tweet", "post", "headline",
        "document", "documents", "filing", "lawsuit", "complaint", "indictment", "ruling", "opinion", "order",
    });
    return set;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> set = setOf({
        "council", "department", "district", "inc.", "inc", "corp.", "corp", "co.", "ltd.", "llc", "company",
        "corporation", "committee", "party", "university", "college", "school", "academy", "association",
        "foundation", "institute", "institution", "center", "centre", "agency", "administration", "bureau",
        "commission", "court", "senate", "house", "congress", "assembly", "legislature", "parliament",
        "network", "group", "club", "bank", "fund", "journal", "times", "post", "news", "press", "tribune",
        "herald", "daily", "magazine", "review", "gazette", "chronicle", "observer", "monitor", "examiner",
        "service", "services", "office", "board", "union", "federation", "league", "coalition", "alliance",
        "society", "church", "ministry", "police", "army", "navy", "guard", "force", "forces", "corps",
        "authority", "trust", "foundation", "project", "campaign", "caucus", "pac", "cabinet", "council",
        "reserve", "exchange", "airlines", "motors", "systems", "technologies", "holdings", "partners",
        "group", "organization", "organisation", "conference", "industries", "enterprises", "associates",
        "hospital", "clinic", "laboratory", "lab", "labs", "media", "broadcasting", "radio", "television",
        "tv", "channel", "station", "studios", "records", "entertainment", "research", "watch", "initiative",
        "network", "networks", "council", "nation", "taliban", "brotherhood", "cartel", "front",
    });
    return set;
}

const QSet<QString> &organisationHeads()
{
    static const QSet<QString> set = setOf({
        "nonprofit", "group", "organization", "organisation", "campaign", "company", "firm", "agency",
        "department", "committee", "network", "newspaper", "paper", "magazine", "website", "outlet", "council",
        "administration", "party", "union", "association", "foundation", "institute", "center", "bank",
        "corporation", "charity", "coalition", "bureau", "office", "board", "commission", "court", "report",
        "letter", "statement", "release",
    });
    return set;
}

const QSet<QString> &placeWords()
{
    static const QSet<QString> set = setOf({
        "county", "city", "river", "street", "avenue", "boulevard", "road", "island", "islands", "mountains",
        "mountain", "valley", "beach", "lake", "bay", "park", "square", "heights", "springs", "falls", "hills",
        "peninsula", "ocean", "sea", "gulf", "coast", "canyon", "desert", "harbor", "harbour", "port", "village",
        "township", "parish", "province", "state", "territory", "region", "plaza", "bridge", "airport", "st.",
        "ave.", "blvd.", "strip", "mount", "mt.", "fort", "ft.",
    });
    return set;
}

const QSet<QString> &lawWords()
{
    static const QSet<QString> set = setOf({
        "act", "amendment", "bill", "law", "code", "treaty", "accord", "accords", "agreement", "constitution",
        "ordinance", "resolution", "statute", "directive", "doctrine", "protocol", "charter", "convention",
        "proposition", "measure", "initiative", "deal", "pact",
    });
    return set;
}

const QSet<QString> &eventWords()
{
    static const QSet<QString> set = setOf({
        "war", "election", "elections", "primary", "primaries", "caucuses", "summit", "olympics", "games",
        "festival", "debate", "debates", "revolution", "crisis", "massacre", "attack", "attacks", "riots",
        "forum", "cup", "series", "bowl", "championship", "marathon", "day", "week", "conference", "hearing",
        "scandal", "movement", "rally", "march",
    });
    return set;
}

const QSet<QString> &pronouns()
{
    static const QSet<QString> set = setOf({"he", "she", "they", "i", "we", "it", "you"});
    return set;
}

const QSet<QString> &determiners()
{
    static const QSet<QString> set = setOf({
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "one",
        "another", "two", "three", "several", "many", "some", "other",
    });
    return set;
}

const QSet<QString> &clauseBoundaries()
{
    static const QSet<QString> set = setOf({
        "that", "and", "but", "because", "when", "while", "as", "if", "although", "though", "since", "so",
        "or", "which", "who", "whom", "whose", "where", "after", "before", "until", "unless", "whether", "than",
        "then", "yet", "for", "to", "of", "in", "on", "at", "with", "by", "from", "about", "into", "over",
        "under", "during", "against", "between", "without", "through", "like", "is", "was", "are", "were",
        "be", "been", "being", "not", "what", "why", "how", "once", "also",
    });
    return set;
}

const QSet<QString> &attributionFillers()
{
    static const QSet<QString> set = setOf({
        "also", "later", "then", "has", "had", "have", "would", "will", "once", "previously", "recently",
        "again", "further", "simply", "flatly", "reportedly", "publicly", "privately", "quickly", "repeatedly",
        "often", "frequently", "bluntly", "angrily", "finally", "now", "just", "already", "has", "is", "was",
        "did", "does", "do", "still", "even", "first", "earlier", "famously", "initially", "originally",
        "once", "sarcastically", "jokingly", "memorably", "previously", "correctly", "falsely", "wrongly",
        "accurately", "openly", "explicitly", "directly", "repeatedly", "ominously", "cryptically",
    });
    return set;
}

const QSet<QString> &titleSmallWords()
{
    static const QSet<QString> set = setOf({
        "of", "the", "and", "in", "on", "a", "an", "for", "to", "at", "by", "with", "or", "as", "from", "vs.",
        "&", "--", "-", "is", "it",
    });
    return set;
}

const QSet<QString> &termCues()
{
    static const QSet<QString> set = setOf({
        "word", "words", "term", "terms", "phrase", "phrases", "so-called", "dubbed", "label", "labeled",
        "labelled", "nickname", "nicknamed", "slogan", "hashtag", "motto", "moniker", "known", "branded",
        "coined", "mantra", "catchphrase", "titled", "entitled", "named", "dubbing", "expression",
        "chant", "chants", "chanting", "chanted", "signs", "sign", "banner", "reading",
    });
    return set;
}

const QSet<QString> &titleCues()
{
    static const QSet<QString> set = setOf({
        "book", "books", "article", "articles", "headline", "headlined", "op-ed", "column", "essay", "film",
        "movie", "documentary", "show", "program", "programme", "series", "song", "album", "report", "titled",
        "entitled", "memoir", "novel", "play", "episode", "segment", "paper", "study", "podcast", "blog",
        "magazine", "story", "poem", "piece", "editorial", "sketch",
    });
    return set;
}

const QSet<QString> &demonyms()
{
    static const QSet<QString> set = setOf({
        "american", "americans", "republican", "republicans", "democrat", "democrats", "democratic",
        "libertarian", "libertarians", "conservative", "liberal", "progressive", "mexican", "mexicans",
        "russian", "russians", "chinese", "syrian", "syrians", "iraqi", "iraqis", "iranian", "afghan",
        "israeli", "israelis", "palestinian", "palestinians", "british", "french", "german", "germans",
        "european", "europeans", "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews",
        "catholic", "catholics", "evangelical", "evangelicals", "islamic", "african", "african-american",
        "african-americans", "hispanic", "hispanics", "latino", "latinos", "latina", "latinas", "asian",
        "asians", "black", "white", "canadian", "canadians", "japanese", "korean", "north korean",
        "saudi", "saudis", "cuban", "cubans", "venezuelan", "italian", "irish", "english", "spanish",
        "indian", "pakistani", "turkish", "egyptian", "libyan", "yemeni", "ukrainian", "ukrainians", "polish",
        "greek", "swedish", "dutch", "australian", "brazilian", "colombian", "haitian", "puerto rican",
        "democratic-leaning", "gop-leaning", "westerner", "westerners", "southern", "northern", "midwestern",
        "californian", "californians", "texan", "texans", "floridian", "new yorker", "new yorkers", "clintonite",
        "trumpian", "obamacare", "sunni", "shiite", "kurdish", "kurds", "arab", "arabs", "persian", "baptist",
        "protestant", "mormon", "mormons", "hindu", "buddhist", "sikh", "native", "socialist", "communist", "gop",
        "marxist", "nazi", "nazis", "fascist", "independents", "independent", "dem", "dems", "gop'ers",
    });
    return set;
}

// Capitalised words that do not make an entity by themselves.
const QSet<QString> &nonEntityCapitals()
{
    static const QSet<QString> set = setOf({
        "the", "a", "an", "i", "i'm", "i've", "i'd", "i'll", "but", "and", "or", "if", "in", "on", "at", "for",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "mr.", "mrs.", "ms.", "dr.", "ok", "okay",
        "tv", "oh", "yes", "no", "god", "internet", "web", "mr", "mrs", "ms", "et", "al", "pm", "am", "a.m.",
        "p.m.", "ceo", "cfo", "gdp", "u.s.-based", "lol", "rt", "via", "ad", "ads", "op-ed", "ap", "photo",
        "updated", "update", "watch", "related", "read", "more", "follow", "editor's", "note", "this", "that",
        "these", "those", "it", "its", "he", "she", "they", "we", "you", "his", "her", "their", "our", "my",
        "there", "here", "when", "where", "what", "who", "why", "how", "after", "before", "while", "as",
        "with", "from", "by", "to", "of", "so", "not", "all", "some", "many", "most", "one", "two", "three",
        "then", "now", "today", "yesterday", "tomorrow", "also", "still", "just", "even", "only", "every",
        "each", "both", "no.", "vs.", "etc.", "ph.d.", "m.d.", "x", "ii", "iii", "iv", "eastern", "western",
        "pacific", "central", "standard", "time", "presidential", "federal", "national", "state", "senate",
    });
    return set;
}

const QSet<QString> &knownOrganisations()
{
    static const QSet<QString> set = setOf({
        "fbi", "cia", "nsa", "nato", "gop", "dnc", "rnc", "cnn", "msnbc", "nbc", "abc", "cbs", "pbs", "npr", "bbc",
        "fox", "reuters", "bloomberg", "politico", "breitbart", "huffpost", "facebook", "twitter", "google",
        "apple", "amazon", "microsoft", "youtube", "congress", "senate", "pentagon", "un", "u.n.", "eu", "e.u.",
        "isis", "isil", "al-qaeda", "al", "hamas", "hezbollah", "taliban", "naacp", "aclu", "nra", "irs", "epa",
        "dhs", "doj", "fda", "cdc", "sec", "fec", "fcc", "ftc", "faa", "nasa", "ice", "tsa", "atf", "dea", "usda",
        "opec", "imf", "wto", "who", "afl-cio", "seiu", "aarp", "planned", "wikileaks", "gallup", "quinnipiac",
        "rasmussen", "pew", "islamic state", "ap", "afp", "usa", "nyt", "wsj", "espn", "hbo", "netflix", "walmart", "exxon",
        "goldman", "boeing", "uber", "verizon", "at&t", "comcast", "disney", "cnbc", "c-span", "univision",
        "telemundo", "medicare", "medicaid", "obamacare", "harvard", "yale", "stanford", "princeton",
        "nfl", "nba", "mlb", "nhl", "ncaa", "fifa", "ioc", "kremlin", "vatican", "scotus", "potus",
        "wells", "citigroup", "jpmorgan", "pfizer", "monsanto", "trump", "clinton", "fusion",
    });
    return set;
}

const QSet<QString> &knownPlaces()
{
    static const QSet<QString> set = setOf({
        "new york", "los angeles", "chicago", "houston", "philadelphia", "phoenix", "san antonio", "san diego",
        "dallas", "san jose", "austin", "boston", "seattle", "denver", "washington", "baltimore", "detroit",
        "miami", "atlanta", "cleveland", "cincinnati", "columbus", "pittsburgh", "milwaukee", "minneapolis",
        "st. louis", "kansas city", "las vegas", "portland", "charlotte", "nashville", "memphis", "new orleans",
        "orlando", "tampa", "sacramento", "san francisco", "oakland", "santa monica", "brooklyn", "manhattan",
        "queens", "bronx", "harlem", "london", "paris", "berlin", "moscow", "beijing", "tokyo", "jerusalem",
        "tel aviv", "gaza", "baghdad", "damascus", "aleppo", "kabul", "tehran", "cairo", "mosul", "raqqa",
        "benghazi", "tripoli", "havana", "mexico city", "toronto", "ottawa", "brussels", "rome", "madrid",
        "europe", "asia", "africa", "middle east", "latin america", "south america", "north america",
        "america", "hollywood", "wall street", "silicon valley", "capitol hill", "d.c.", "washington, d.c.",
        "charleston", "richmond", "raleigh", "des moines", "cedar rapids", "manchester", "concord", "reno",
        "tallahassee", "albany", "trenton", "harrisburg", "columbia", "fresno", "anaheim", "long beach",
        "el paso", "tucson", "albuquerque", "salt lake city", "omaha", "tulsa", "oklahoma city", "louisville",
        "indianapolis", "buffalo", "rochester", "syracuse", "hartford", "providence", "newark", "jersey city",
        "flint", "ferguson", "tulsa", "staten island", "long island", "west bank", "crimea", "kiev", "kyiv",
        "aleppo", "idlib", "fallujah", "ramadi", "sinai", "persian gulf", "south china sea", "guantanamo",
        "guantanamo bay", "mar-a-lago", "camp david", "midwest", "rust belt", "appalachia", "new england",
        "the south", "white house", "the white house", "st. petersburg", "hong kong", "scotland", "england",
        "wales", "northern ireland", "britain", "great britain", "soviet union", "korea", "u.s.", "us",
        "u.s.a.", "usa", "america", "iowa", "nevada", "ohio", "virginia", "florida",
    });
    return set;
}

const QHash<QString, Gender> &firstNames()
{
    static const QHash<QString, Gender> hash = [] {
        QHash<QString, Gender> h;
        for (const char *w : {"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
                              "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
                              "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
                              "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
                              "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
                              "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
                              "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
                              "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
                              "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
                              "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
                              "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
                              "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
                              "charlotte", "rose", "alexis", "kayla", "hillary", "melania", "ivanka", "chelsea",
                              "michelle", "kellyanne", "sarah", "huma", "hope", "nikki", "carly", "elizabeth",
                              "nancy", "condoleezza", "madeleine", "tulsi", "kamala", "donna", "debbie", "jill",
                              "dana", "lana", "megyn", "rachel", "katy", "gennifer", "paula", "juanita",
                              "kathleen", "laura", "mika", "andrea", "jane", "ellen", "oprah", "beyonce", "ruth",
                              "sonia", "elena", "loretta", "janet", "susana", "kate", "katie", "meghan", "monica",
                              "stephanie", "sheila", "tammy", "barbara", "hilary", "jeanne", "lindsey", "claire",
                              "kirsten", "amy", "patty", "maxine", "barbara", "marsha", "mia", "ilyse", "dottie",
                              "ghazala", "alicia", "heidi", "joni", "kelly", "kristen", "kasie", "greta", "ana",
                              "erin", "brooke", "tina", "rosie", "ruby", "ava", "valerie", "wendy", "gwen"})
            h.insert(QString::fromUtf8(w), Gender::Female);
        for (const char *w : {"james", "robert", "john", "michael", "william", "david", "richard", "joseph",
                              "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
                              "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george",
                              "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary",
                              "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
                              "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
                              "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas",
                              "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith",
                              "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
                              "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
                              "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
                              "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "barack", "bill",
                              "bernie", "ted", "marco", "jeb", "mike", "chris", "rand", "ben", "newt", "rudy",
                              "reince", "sean", "corey", "kellyanne", "tim", "mitch", "harry", "chuck", "nancy",
                              "paul", "jim", "tom", "bob", "dick", "dan", "dave", "ron", "don", "rick", "ricky",
                              "jimmy", "johnny", "tony", "steve", "matt", "jon", "nick", "alex", "sam", "pat",
                              "ed", "fred", "ken", "jeff", "greg", "doug", "phil", "vladimir", "bashar", "kim",
                              "xi", "recep", "benjamin", "bibi", "angela", "francois", "emmanuel", "boris",
                              "lindsey", "orrin", "lamar", "marco", "jared", "eric", "hunter", "beau", "reggie",
                              "jake", "wolf", "anderson", "lester", "chris", "bret", "brit", "howard", "rush",
                              "glenn", "hugh", "bret", "newt", "martin", "ronald", "jimmy", "gerald", "lyndon",
                              "franklin", "abraham", "woodrow", "dwight", "herbert", "calvin", "warren", "ulysses",
                              "colin", "rex", "jeff", "stephen", "mitt", "gary", "evan", "bill", "jorge", "carlos",
                              "luis", "miguel", "antonio", "francisco", "ahmed", "mohammed", "muhammad", "ali",
                              "omar", "khizr", "humayun", "ivan", "sergei", "dmitry", "abdul", "jerome", "jamal",
                              "tyrone", "deray", "cornel", "al", "jesse", "van", "julian", "dennis", "andre"})
            if (!h.contains(QString::fromUtf8(w)))
                h.insert(QString::fromUtf8(w), Gender::Male);
        return h;
    }();
    return hash;
}

} // namespace

bool WordLists::isAbbreviation(const QString &lower) { return abbreviations().contains(lower); }
bool WordLists::isSpeechVerb(const QString &lower) { return speechVerbs().contains(lower); }
bool WordLists::isSpeechNoun(const QString &lower) { return speechNouns().contains(lower); }
bool WordLists::isPersonTitle(const QString &lower) { return personTitles().contains(lower); }
bool WordLists::isRoleNoun(const QString &lower) { return roleNouns().contains(lower); }
bool WordLists::isOrganisationWord(const QString &lower) { return organisationWords().contains(lower); }
bool WordLists::isOrganisationHead(const QString &lower) { return organisationHeads().contains(lower); }
bool WordLists::isPlaceWord(const QString &lower) { return placeWords().contains(lower); }
bool WordLists::isLawWord(const QString &lower) { return lawWords().contains(lower); }
bool WordLists::isEventWord(const QString &lower) { return eventWords().contains(lower); }
bool WordLists::isPronoun(const QString &lower) { return pronouns().contains(lower); }
bool WordLists::isDeterminer(const QString &lower) { return determiners().contains(lower); }
bool WordLists::isClauseBoundary(const QString &lower) { return clauseBoundaries().contains(lower); }
bool WordLists::isAttributionFiller(const QString &lower) { return attributionFillers().contains(lower); }
bool WordLists::isTitleSmallWord(const QString &lower) { return titleSmallWords().contains(lower); }
bool WordLists::isTermCue(const QString &lower) { return termCues().contains(lower); }
bool WordLists::isTitleCue(const QString &lower) { return titleCues().contains(lower); }
bool WordLists::isDemonym(const QString &lower) { return demonyms().contains(lower); }
bool WordLists::isNonEntityCapital(const QString &lower) { return nonEntityCapitals().contains(lower); }
bool WordLists::isKnownOrganisation(const QString &lower) { return knownOrganisations().contains(lower); }
bool WordLists::isKnownPlace(const QString &lower) { return knownPlaces().contains(lower); }

Gender WordLists::genderOfFirstName(const QString &lower) { return firstNames().value(lower, Gender::Unknown); }

Gender WordLists::genderOfPronoun(const QString &lower)
{
    if (lower == u"she" || lower == u"her" || lower == u"hers")
        return Gender::Female;
    if (lower == u"he" || lower == u"him" || lower == u"his")
        return Gender::Male;
    return Gender::Unknown;
}

Gender WordLists::genderOfTitle(const QString &lower)
{
    static const QSet<QString> female = setOf({"mrs.", "ms.", "mrs", "ms", "miss", "madam", "congresswoman",
                                               "chairwoman", "councilwoman", "queen", "princess", "lady",
                                               "dame", "sister", "actress", "businesswoman", "spokeswoman",
                                               "assemblywoman", "first lady"});
    static const QSet<QString> male = setOf({"mr.", "mr", "congressman", "chairman", "councilman", "king",
                                             "prince", "lord", "sir", "father", "brother", "businessman",
                                             "spokesman", "assemblyman"});
    if (female.contains(lower))
        return Gender::Female;
    if (male.contains(lower))
        return Gender::Male;
    return Gender::Unknown;
}

} // namespace lede
