<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lede-cli</name>
    <message>
        <source>no article found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads articles (plain text or HTML) and prints their metadata, body, quotes and entities as JSON; one object per line, each with &quot;file&quot;, when given several files. No library is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file as the body exactly as it is (offsets match the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the only output form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given (see lede-cli analyze --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END (%1) must be greater than START (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a note on the span START..END (code points, end exclusive, as show --json prints them) of article ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the passage begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it ends (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ID START END TEXT (see lede-cli note --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1 added to article %2 [%3-%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a claim on the span START..END of article ID, with a verdict from the library&apos;s verdict scale (True, Mostly true, Half true, Mostly false, False, Pants on fire unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s label (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in a sentence (default: the passage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the claim begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ID START END --verdict LABEL (see lede-cli claim --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict LABEL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 added to article %2 [%3-%4]: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see lede-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports articles with their annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this article (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation or person publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the export will be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required; choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 export needs Qt&apos;s GUI module, which could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>exported %n article as %1 to %2</numerusform>
            <numerusform>exported %n articles as %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: give files, folders or URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the library&apos;s articles (not those in the trash), oldest import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata, body, quotes and entities as JSON (no library needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an article with its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over titles, bylines and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on a span of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a claim with a verdict on a span of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] COMMAND [ARGS...]
       lede-cli --version

Browse and annotate news coverage from the command line.

Options:
  --library PATH  The library file (default: %1)
  --version       Print the version
  -h, --help      Show this help; COMMAND --help shows a command&apos;s

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 some input failed (the rest was done), 2 usage error or unreadable library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see lede-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see lede-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lede-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches titles, bylines and text, best match first. Plain words match words in any form (sanctuary finds sanctuaries); FTS5 syntax also works: &quot;exact phrase&quot;, AND, OR, NOT, NEAR(a b), prefix*, title:word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an article with its quotes, entities, notes, claims and tags. Offsets are code points into the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: analyze&apos;s shape plus id, notes, claims and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id (see list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one article ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), RSS, RDF and Atom feeds, or folders of them; web pages and feeds by http(s) URL. For each feed item the linked page is fetched, or the feed&apos;s own text taken when the page fails. Duplicates (same text, or same URL) are skipped and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take feed items from the feed&apos;s own text; fetch no linked pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a server silent for this long (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, folders or http(s) URLs to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text, HTML, JSON Lines or feed files, folders and URLs into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed subscriptions: add, list, remove, refresh, OPML import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] feed SUBCOMMAND [ARGS...]

Follows RSS, RDF and Atom feeds. A refresh asks each feed only for what changed (ETag,
Last-Modified) and imports the items it has not delivered before: the linked page of each,
or the feed&apos;s own text when the page fails.

Subcommands:
  add URL [--interval MIN] [--title TEXT]  Subscribe (refresh interval in minutes, default 60)
  list [--json]                            Subscriptions with unread counts and last errors
  remove ID|URL                            Unsubscribe; the imported articles stay
  refresh [ID|URL...] [--due] [--json]     Check feeds (all, or the due ones) and import new items
  opml-import FILE                         Subscribe to the feeds an OPML file lists
  opml-export -o FILE                      Write the subscriptions as OPML

SUBCOMMAND --help shows a subcommand&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed subscription %1 (see lede-cli feed list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one feed URL (see lede-cli feed add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be 1 to %1 minutes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed %1: %2 (every %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed subscriptions (add one with lede-cli feed add URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the ID or URL of a subscription (see lede-cli feed list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1 %2: not modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next refresh</source>
        <translation>
            <numerusform>%n left for the next refresh</numerusform>
            <numerusform>%n left for the next refresh</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already subscribed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) written to %1</source>
        <translation>
            <numerusform>%n subscription written to %1</numerusform>
            <numerusform>%n subscriptions written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no subcommand given (see lede-cli feed --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in minutes (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to show for the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the feeds whose refresh interval has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribes the library to a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribes; the articles the feed brought stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription IDs or URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all subscriptions (with --due, those whose interval has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribes to every feed an OPML file lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the subscriptions as an OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (see lede-cli feed --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report indirect speech (&quot;Negrete said the city would not help&quot;): quotes of kind &quot;indirect&quot; whose span is the reported clause. Without it only quoted words are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a copy of the library to DEST, consistent even while Lede has the library open. DEST is replaced only once the copy is complete; a failed backup leaves no file. Restore by opening the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected DEST (see lede-cli backup --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the library, even while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it (&apos;&apos;We will vote,&apos;&apos; she said).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ArticleListModel</name>
    <message numerus="yes">
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n suggestion waiting for review</numerusform>
            <numerusform>%n suggestions waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (not rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ClaimDesk</name>
    <message>
        <source>All Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims of this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words of the claim, its verdict or its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>how many claims the list shows, of all the library&apos;s claims</extracomment>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::ClaimDeskModel</name>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkable statement, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no verdict yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ClaimModel</name>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::Commands</name>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entity Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Entity in Other Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::EntityDialog</name>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::EntityModel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::EntitySpreadController</name>
    <message>
        <source>Suggesting an entity in other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back the suggestions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing what was started earlier: taking back the suggestions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing what was started earlier: suggesting %1 in other articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new mentions of %1 in other articles</source>
        <extracomment>After an entity was confirmed: every other article naming it has a mention of it already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mentions of %1 suggested in %n other article(s)</source>
        <extracomment>%1 is one name, or a list of names (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>Mentions of %1 suggested in %n other article</numerusform>
            <numerusform>Mentions of %1 suggested in %n other articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mentions of them in other articles</source>
        <extracomment>After &quot;Confirmed 2 speakers: A and B&quot;: every other article naming them has mentions already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their mentions suggested in %n other article(s)</source>
        <translation>
            <numerusform>Their mentions suggested in %n other article</numerusform>
            <numerusform>Their mentions suggested in %n other articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::Export</name>
    <message>
        <source>the OpenDocument text could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection has no claims to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, also “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — mentioned at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code of this translation, for the lang attribute of HTML exports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Annotations on %n article(s)</source>
        <translation>
            <numerusform>Annotations on %n article</numerusform>
            <numerusform>Annotations on %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a report&apos;s title, then who exported it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON bundle (imports back into Lede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation or person publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the export will be published (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the format is %3; change one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s) read</source>
        <extracomment>The export&apos;s progress bar: &quot;23,000 of 100,000 articles read&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln article read</numerusform>
            <numerusform>%1 of %Ln articles read</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s) as %1 to %2</source>
        <translation>
            <numerusform>Exported %Ln article as %1 to %2</numerusform>
            <numerusform>Exported %Ln articles as %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ExportPreview</name>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This selection cannot be written as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (the preview stops here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %1 of %Ln article(s).</source>
        <translation>
            <numerusform>Preview of the first %1 of %Ln article.</numerusform>
            <numerusform>Preview of the first %1 of %Ln articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %Ln article(s).</source>
        <translation>
            <numerusform>Preview of %Ln article.</numerusform>
            <numerusform>Preview of %Ln articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is laid out from this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ExportScopeBox</name>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles &amp;tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open &amp;article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>The %Ln selected article</numerusform>
            <numerusform>The %Ln selected articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected articles (select several in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole &amp;library (%Ln article(s))</source>
        <translation>
            <numerusform>The whole &amp;library (%Ln article)</numerusform>
            <numerusform>The whole &amp;library (%Ln articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ExportWorker</name>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FeedListModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FeedsController</name>
    <message>
        <source>Import &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a web page or a feed by its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and remove feeds, set how often they are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every feed for new articles now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Checking the feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed removed; its articles stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %n new article(s)</source>
        <translation>
            <numerusform>Feeds checked: %n new article</numerusform>
            <numerusform>Feeds checked: %n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Feeds…)</source>
        <translation>
            <numerusform>%n problem (see Feeds…)</numerusform>
            <numerusform>%n problems (see Feeds…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FeedsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/feed.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval of the new feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeds yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FeedsPanel</name>
    <message>
        <source>&lt;b&gt;Feeds&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FilterPanel</name>
    <message>
        <source>Has &amp;unreviewed suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with unreviewed suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ou&amp;tlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::FindBar</name>
    <message>
        <source>&amp;Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::HighlightLegend</name>
    <message>
        <source>Suggested quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::HighlightPalette</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::Import</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>no new annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in this copy)</source>
        <translation>
            <numerusform>, %n not placed (passage not found in this copy)</numerusform>
            <numerusform>, %n not placed (passage not found in this copy)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid Lede bundle (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Lede bundle (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle from a newer Lede (version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Lede bundle (&quot;lede_bundle&quot; is not a version number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no &quot;body&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds no articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Hypothesis note(s) added</source>
        <translation>
            <numerusform>%n Hypothesis note added</numerusform>
            <numerusform>%n Hypothesis notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in the article)</source>
        <translation>
            <numerusform>, %n not placed (passage not found in the article)</numerusform>
            <numerusform>, %n not placed (passage not found in the article)</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) mark no passage (page notes or replies) and were left out</source>
        <translation>
            <numerusform>%n annotation mark no passage (page notes or replies) and were left out</numerusform>
            <numerusform>%n annotations mark no passage (page notes or replies) and were left out</numerusform>
        </translation>
    </message>
    <message>
        <source>no Hypothesis annotations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file, no HTML to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTML page: the file is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTML page: no document body could be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same URL as article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text as article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article in the library has the URL %1; import the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for an article (%1 MB, the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document, not a text or HTML article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is malformed (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feed (not an XML document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSS, RDF or Atom feed (the document is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is truncated (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is too large (%1 MB, the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a subscription list (limit %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OPML document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OPML document (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OPML document (the document is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription list is truncated or malformed (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feed, not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed item has no text of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds less text than the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, RDF or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page that names no RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its feed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::LibraryBackup</name>
    <message>
        <source>a backup cannot replace the library itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of the open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Lede&lt;/h2&gt;&lt;p&gt;This library has no articles yet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Add the demo article&lt;/a&gt; (a city-council story with quotes to review), or &lt;a href=&quot;lede:import&quot;&gt;import files&lt;/a&gt; (File ▸ Import Files, Ctrl+I), or drop files on this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an article in the list.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%n article in the trash</numerusform>
            <numerusform>%n articles in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article match</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <extracomment>Status bar: &quot;12 quotes (3 to review) · 2 notes · 1 claim&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;Demo Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Browse and annotate news coverage: quotes, speakers, entities, notes and claims.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K): words, &quot;a phrase&quot;, negr*, NOT trump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede libraries (*.lede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede libraries (*.lede);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n article(s):</source>
        <translation>
            <numerusform>Tag for %n article:</numerusform>
            <numerusform>Tag for %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n article moved to the trash (Ctrl+Z to undo)</numerusform>
            <numerusform>%n articles moved to the trash (Ctrl+Z to undo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored</source>
        <translation>
            <numerusform>%n article restored</numerusform>
            <numerusform>%n articles restored</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their annotations? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n article in the trash for good, with their annotations? This cannot be undone.</numerusform>
            <numerusform>Delete %n articles in the trash for good, with their annotations? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted</source>
        <translation>
            <numerusform>%n article deleted</numerusform>
            <numerusform>%n articles deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search (the query and the filters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotations sidebar&lt;/h3&gt;&lt;p&gt;Alt+Q, Alt+I, Alt+O, Alt+L: Quotes, Entities, Notes, Claims. The one-key shortcuts (A, R, N, S, M, P, F2, Del) work while that list has the focus; Return edits the current row.&lt;/p&gt;&lt;h3&gt;Reader&lt;/h3&gt;&lt;p&gt;Move with the arrow keys, select with Shift; Return on a highlight shows it in the sidebar. Ctrl+F finds text and selects it, ready to annotate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Alias Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Entity&apos;s Mentions Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Entity&apos;s Mentions Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it Note or Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Note or Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes left to review in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggested mentions of %1 in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entity(ies) into %1</source>
        <translation>
            <numerusform>Merged %n entity into %1</numerusform>
            <numerusform>Merged %n entities into %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its aliases into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no other alias to split out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Alias Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this alias of &quot;%1&quot; an entity of its own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Quote…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Entity…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Claim…</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Filters</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or Re-&amp;kind Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Filt&amp;ers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Article Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lede://article/%1: there is no such article in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked passage (%1–%2) is not in this version of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) or folder(s) will be imported next</source>
        <translation>
            <numerusform>%n more file or folder will be imported next</numerusform>
            <numerusform>%n more files or folders will be imported next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n queued file(s) or folder(s) not imported)</source>
        <translation>
            <numerusform>(%n queued file or folder not imported)</numerusform>
            <numerusform>(%n queued files or folders not imported)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Articles &amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, then analyse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysing %Ln article(s)…</source>
        <translation>
            <numerusform>Analysing %Ln article…</numerusform>
            <numerusform>Analysing %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) analysed again</source>
        <translation>
            <numerusform>%n article analysed again</numerusform>
            <numerusform>%n articles analysed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions kept</source>
        <translation>
            <numerusform>%n of your decisions kept</numerusform>
            <numerusform>%n of your decisions kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggested Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n quote(s)</source>
        <translation>
            <numerusform>Accepted %n quote</numerusform>
            <numerusform>Accepted %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) suggested</source>
        <translation>
            <numerusform>%n quote suggested</numerusform>
            <numerusform>%n quotes suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) suggested</source>
        <translation>
            <numerusform>%n entity mention suggested</numerusform>
            <numerusform>%n entity mentions suggested</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n speaker(s): %1</source>
        <extracomment>%1 is a list of names in the language&apos;s own form (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>Confirmed %n speaker: %1</numerusform>
            <numerusform>Confirmed %n speakers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>Sent %n article to the printer</numerusform>
            <numerusform>Sent %n articles to the printer</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2.lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library backed up to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the library: %1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article writes quotation marks as two apostrophes (&apos;&apos;): Settings ▸ Analysis can read them, then Article ▸ Analyse Again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::Network</name>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), not a web page or feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1 MB, the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (more than %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1; a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed response is damaged or too large once decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::NoteModel</name>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::QuoteDialog</name>
    <message>
        <source>Mark as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (empty: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::QuoteModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scare quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text and use the Annotate menu to mark quotes, entities, notes and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No byline, outlet or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote (suggested): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ReanalysisDialog</name>
    <message>
        <source>Analyse Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotes, speakers and entities Lede suggested are found again with this version&apos;s analysis and the entities confirmed in this library. Quotes and mentions you accepted, rejected or marked yourself stay as they are, and nothing new is suggested where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article to analyse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts the replaced suggestions back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This replaces the suggestions of %n article(s) and cannot be undone.</source>
        <translation>
            <numerusform>This replaces the suggestions of %n article and cannot be undone.</numerusform>
            <numerusform>This replaces the suggestions of %n articles and cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::ReportPrinting</name>
    <message>
        <source>there is no article to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, for exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict scale, truest first, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict scale
(truest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Lede starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the open library is backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the open library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept of each library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Automatic Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each library gets a folder of its own there. To restore a backup, open it with File ▸ Open Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read two &amp;apostrophes (&apos;&apos;) as a quotation mark, as news archives write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For articles imported or analysed again from now on (Article ▸ Analyse Again…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::Sidebar</name>
    <message>
        <source>This arti&amp;cle only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entities of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ent&amp;ities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::Storage</name>
    <message>
        <source>invalid search query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Lede library (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Lede library (an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of Lede (library schema %1, this version reads up to %2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonical name cannot be split out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1-%2 is not inside article %3 (its text has %4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;; the library&apos;s scale is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Lede library (file is not a database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh interval must be 1 to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many suggestions for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::UrlImportDialog</name>
    <message>
        <source>Import URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a news page or a feed (RSS, Atom):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lede::WebImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and annotate news coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo library (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from start to the first painted article list, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to import, a library file to open, or a lede://article/ID link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
