<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>lede-cli</name>
    <message>
        <source>no article found</source>
        <translation>kein Artikel gefunden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Reads articles (plain text or HTML) and prints their metadata, body, quotes and entities as JSON; one object per line, each with &quot;file&quot;, when given several files. No library is needed.</source>
        <translation>Liest Artikel (Klartext oder HTML) und gibt Metadaten, Text, Zitate und Entitäten als JSON aus; bei mehreren Dateien ein Objekt pro Zeile, jeweils mit &quot;file&quot;. Keine Bibliothek nötig.</translation>
    </message>
    <message>
        <source>Take the file as the body exactly as it is (offsets match the file).</source>
        <translation>Die Datei unverändert als Text nehmen (Positionen entsprechen der Datei).</translation>
    </message>
    <message>
        <source>Print JSON (the only output form).</source>
        <translation>JSON ausgeben (die einzige Ausgabeform).</translation>
    </message>
    <message>
        <source>Article files.</source>
        <translation>Artikeldateien.</translation>
    </message>
    <message>
        <source>no file given (see lede-cli analyze --help)</source>
        <translation>keine Datei angegeben (siehe lede-cli analyze --help)</translation>
    </message>
    <message>
        <source>END (%1) must be greater than START (%2)</source>
        <translation>END (%1) muss größer als START (%2) sein</translation>
    </message>
    <message>
        <source>Adds a note on the span START..END (code points, end exclusive, as show --json prints them) of article ID.</source>
        <translation>Fügt eine Notiz zum Bereich START..END (Codepunkte, Ende ausschließlich, wie show --json sie ausgibt) des Artikels ID hinzu.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>Die ID des Artikels.</translation>
    </message>
    <message>
        <source>Where the passage begins.</source>
        <translation>Wo die Textstelle beginnt.</translation>
    </message>
    <message>
        <source>Where it ends (exclusive).</source>
        <translation>Wo sie endet (ausschließlich).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>expected ID START END TEXT (see lede-cli note --help)</source>
        <translation>erwartet: ID START END TEXT (siehe lede-cli note --help)</translation>
    </message>
    <message>
        <source>note %1 added to article %2 [%3-%4]</source>
        <translation>Notiz %1 zu Artikel %2 hinzugefügt [%3-%4]</translation>
    </message>
    <message>
        <source>Records a claim on the span START..END of article ID, with a verdict from the library&apos;s verdict scale (True, Mostly true, Half true, Mostly false, False, Pants on fire unless changed).</source>
        <translation>Erfasst eine Behauptung im Bereich START..END des Artikels ID, mit einer Bewertung aus der Skala der Bibliothek (True, Mostly true, Half true, Mostly false, False, Pants on fire, sofern nicht geändert).</translation>
    </message>
    <message>
        <source>The verdict&apos;s label (any case).</source>
        <translation>Die Bezeichnung der Bewertung (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>The claim in a sentence (default: the passage).</source>
        <translation>Die Behauptung in einem Satz (Standard: die Textstelle).</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>Begründung der Bewertung.</translation>
    </message>
    <message>
        <source>Where the claim begins.</source>
        <translation>Wo die Behauptung beginnt.</translation>
    </message>
    <message>
        <source>expected ID START END --verdict LABEL (see lede-cli claim --help)</source>
        <translation>erwartet: ID START END --verdict LABEL (siehe lede-cli claim --help)</translation>
    </message>
    <message>
        <source>--verdict LABEL is required</source>
        <translation>--verdict LABEL ist erforderlich</translation>
    </message>
    <message>
        <source>claim %1 added to article %2 [%3-%4]: %5</source>
        <translation>Behauptung %1 zu Artikel %2 hinzugefügt [%3-%4]: %5</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation>Die Bibliotheksdatei.</translation>
    </message>
    <message>
        <source> (see lede-cli %1 --help)</source>
        <translation> (siehe lede-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] %1</source>
        <translation>Aufruf: lede-cli [--library PATH] %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Exports articles with their annotations.</source>
        <translation>Exportiert Artikel mit ihren Annotationen.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>Export this article (repeatable; default: all).</source>
        <translation>Diesen Artikel exportieren (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>The organisation or person publishing.</source>
        <translation>Die veröffentlichende Organisation oder Person.</translation>
    </message>
    <message>
        <source>Where the export will be published.</source>
        <translation>Wo der Export veröffentlicht wird.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheets.</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen, für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose one of: %2</source>
        <translation>unbekanntes Format &quot;%1&quot;; wählen Sie eines von: %2</translation>
    </message>
    <message>
        <source>--format is required; choose one of: %1</source>
        <translation>--format ist erforderlich; wählen Sie eines von: %1</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT ist erforderlich</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the %1 export needs Qt&apos;s GUI module, which could not start</source>
        <translation>der %1-Export braucht Qts GUI-Modul, das nicht starten konnte</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>kein Artikel %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>%n Artikel als %1 nach %2 exportiert</numerusform>
            <numerusform>%n Artikel als %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON report.</source>
        <translation>Einen JSON-Bericht ausgeben.</translation>
    </message>
    <message>
        <source>nothing to import: give files, folders or URLs</source>
        <translation>nichts zu importieren: Dateien, Ordner oder URLs angeben</translation>
    </message>
    <message>
        <source>imported %1: %2 (%3)</source>
        <translation>importiert (Artikel %1): %2 (%3)</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the library&apos;s articles (not those in the trash), oldest import first.</source>
        <translation>Listet die Artikel der Bibliothek (ohne Papierkorb), älteste Importe zuerst.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata, body, quotes and entities as JSON (no library needed)</source>
        <translation>Metadaten, Text, Zitate und Entitäten eines Artikels als JSON ausgeben (ohne Bibliothek)</translation>
    </message>
    <message>
        <source>List the library&apos;s articles</source>
        <translation>Die Artikel der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>Show an article with its annotations</source>
        <translation>Einen Artikel mit seinen Annotationen zeigen</translation>
    </message>
    <message>
        <source>Full-text search over titles, bylines and text</source>
        <translation>Volltextsuche in Titeln, Autorenzeilen und Text</translation>
    </message>
    <message>
        <source>Add a note on a span of an article</source>
        <translation>Eine Notiz zu einer Textstelle eines Artikels hinzufügen</translation>
    </message>
    <message>
        <source>Record a claim with a verdict on a span of an article</source>
        <translation>Eine Behauptung mit Bewertung zu einer Textstelle eines Artikels erfassen</translation>
    </message>
    <message>
        <source>Export articles and annotations</source>
        <translation>Artikel und Annotationen exportieren</translation>
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
        <translation>Aufruf: lede-cli [--library PATH] COMMAND [ARGS...]
        lede-cli --version

Nachrichtenberichterstattung auf der Kommandozeile durchsuchen und annotieren.

Optionen:
  --library PATH  Die Bibliotheksdatei (Standard: %1)
  --version       Die Version ausgeben
  -h, --help      Diese Hilfe zeigen; COMMAND --help zeigt die eines Befehls

Befehle:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 some input failed (the rest was done), 2 usage error or unreadable library.</source>
        <translation>Exit-Status: 0 Erfolg, 1 eine Eingabe schlug fehl (der Rest wurde erledigt), 2 Aufruffehler oder unlesbare Bibliothek.</translation>
    </message>
    <message>
        <source>--library needs a PATH</source>
        <translation>--library braucht einen Pfad (PATH)</translation>
    </message>
    <message>
        <source>unknown option %1 (see lede-cli --help)</source>
        <translation>unbekannte Option %1 (siehe lede-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see lede-cli --help)</source>
        <translation>kein Befehl angegeben (siehe lede-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lede-cli --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (siehe lede-cli --help)</translation>
    </message>
    <message>
        <source>Searches titles, bylines and text, best match first. Plain words match words in any form (sanctuary finds sanctuaries); FTS5 syntax also works: &quot;exact phrase&quot;, AND, OR, NOT, NEAR(a b), prefix*, title:word.</source>
        <translation>Durchsucht Titel, Autorenzeilen und Text, beste Treffer zuerst. Einfache Wörter finden jede Form (sanctuary findet sanctuaries); auch FTS5-Syntax geht: &quot;genaue Phrase&quot;, AND, OR, NOT, NEAR(a b), Präfix*, title:Wort.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Höchstens N Ergebnisse (Standard 50).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>keine Suchanfrage angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n Artikel gefunden</numerusform>
            <numerusform>%n Artikel gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Zitate:</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(Sprecher unbekannt)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Behauptungen:</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Shows an article with its quotes, entities, notes, claims and tags. Offsets are code points into the body.</source>
        <translation>Zeigt einen Artikel mit Zitaten, Entitäten, Notizen, Behauptungen und Schlagwörtern. Positionen sind Codepunkte im Text.</translation>
    </message>
    <message>
        <source>Print JSON: analyze&apos;s shape plus id, notes, claims and tags.</source>
        <translation>JSON ausgeben: die Form von analyze plus ID, Notizen, Behauptungen und Schlagwörter.</translation>
    </message>
    <message>
        <source>The article&apos;s id (see list).</source>
        <translation>Die ID des Artikels (siehe list).</translation>
    </message>
    <message>
        <source>give exactly one article ID</source>
        <translation>genau eine Artikel-ID angeben</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>Direktzitat</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>Distanzierung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), RSS, RDF and Atom feeds, or folders of them; web pages and feeds by http(s) URL. For each feed item the linked page is fetched, or the feed&apos;s own text taken when the page fails. Duplicates (same text, or same URL) are skipped and reported.</source>
        <translation>Importiert Artikel in die Bibliothek: Klartextdateien, HTML-Seiten, JSON Lines (ein Artikelobjekt pro Zeile), RSS-, RDF- und Atom-Feeds oder Ordner davon; Webseiten und Feeds per http(s)-URL. Für jeden Feed-Eintrag wird die verlinkte Seite abgerufen oder, wenn das fehlschlägt, der Text des Feeds selbst genommen. Duplikate (gleicher Text oder gleiche URL) werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <source>Take feed items from the feed&apos;s own text; fetch no linked pages.</source>
        <translation>Feed-Einträge aus dem Text des Feeds selbst nehmen; keine verlinkten Seiten abrufen.</translation>
    </message>
    <message>
        <source>Give up on a server silent for this long (default 30).</source>
        <translation>Aufgeben, wenn ein Server so lange schweigt (Standard 30).</translation>
    </message>
    <message>
        <source>Files, folders or http(s) URLs to import.</source>
        <translation>Zu importierende Dateien, Ordner oder http(s)-URLs.</translation>
    </message>
    <message>
        <source>Import text, HTML, JSON Lines or feed files, folders and URLs into the library</source>
        <translation>Dateien (Text, HTML, JSON Lines, Feeds), Ordner und URLs importieren</translation>
    </message>
    <message>
        <source>Feed subscriptions: add, list, remove, refresh, OPML import and export</source>
        <translation>Feed-Abonnements: hinzufügen, auflisten, entfernen, aktualisieren, OPML-Import und -Export</translation>
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
        <translation>Aufruf: lede-cli [--library PATH] feed SUBCOMMAND [ARGS...]

Folgt RSS-, RDF- und Atom-Feeds. Eine Aktualisierung fragt jeden Feed nur nach Änderungen (ETag,
Last-Modified) und importiert die Einträge, die er noch nicht geliefert hat: jeweils die verlinkte
Seite oder, wenn die Seite scheitert, den eigenen Text des Feeds.

Unterbefehle:
  add URL [--interval MIN] [--title TEXT]  Abonnieren (Aktualisierungsintervall in Minuten, Standard 60)
  list [--json]                            Abonnements mit Zahl der ungelesenen Artikel und letzten Fehlern
  remove ID|URL                            Abbestellen; die importierten Artikel bleiben
  refresh [ID|URL...] [--due] [--json]     Feeds prüfen (alle oder die fälligen) und neue Einträge importieren
  opml-import FILE                         Die Feeds abonnieren, die eine OPML-Datei auflistet
  opml-export -o FILE                      Die Abonnements als OPML schreiben

SUBCOMMAND --help zeigt die Optionen eines Unterbefehls.
</translation>
    </message>
    <message>
        <source>no feed subscription %1 (see lede-cli feed list)</source>
        <translation>kein Feed-Abonnement %1 (siehe lede-cli feed list)</translation>
    </message>
    <message>
        <source>give one feed URL (see lede-cli feed add --help)</source>
        <translation>eine Feed-URL angeben (siehe lede-cli feed add --help)</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-URL</translation>
    </message>
    <message>
        <source>--interval must be 1 to %1 minutes, not %2</source>
        <translation>--interval muss 1 bis %1 Minuten betragen, nicht %2</translation>
    </message>
    <message>
        <source>subscribed %1: %2 (every %3 min)</source>
        <translation>Abonnement %1 angelegt: %2 (alle %3 min)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>no feed subscriptions (add one with lede-cli feed add URL)</source>
        <translation>keine Feed-Abonnements (eines hinzufügen mit lede-cli feed add URL)</translation>
    </message>
    <message>
        <source>give the ID or URL of a subscription (see lede-cli feed list)</source>
        <translation>ID oder URL eines Abonnements angeben (siehe lede-cli feed list)</translation>
    </message>
    <message>
        <source>unsubscribed %1: %2</source>
        <translation>Abonnement %1 beendet: %2</translation>
    </message>
    <message>
        <source>feed %1 %2: not modified</source>
        <translation>Feed %1 %2: unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4, %5</source>
        <translation>Feed %1 %2: %3: %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next refresh</source>
        <translation>
            <numerusform>%n bleibt für die nächste Aktualisierung</numerusform>
            <numerusform>%n bleiben für die nächste Aktualisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4</source>
        <translation>Feed %1 %2: %3: %4</translation>
    </message>
    <message>
        <source>no feed is due</source>
        <translation>kein Feed ist fällig</translation>
    </message>
    <message>
        <source>no feed subscriptions</source>
        <translation>keine Feed-Abonnements</translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation>eine OPML-Datei angeben</translation>
    </message>
    <message>
        <source>already subscribed: %1</source>
        <translation>bereits abonniert: %1</translation>
    </message>
    <message>
        <source>subscribed %1: %2</source>
        <translation>Abonnement %1 angelegt: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n bereits abonniert</numerusform>
            <numerusform>%n bereits abonniert</numerusform>
        </translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>die Ausgabedatei mit -o FILE angeben</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>kann nicht geschrieben werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) written to %1</source>
        <translation>
            <numerusform>%n Abonnement nach %1 geschrieben</numerusform>
            <numerusform>%n Abonnements nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>no subcommand given (see lede-cli feed --help)</source>
        <translation>kein Unterbefehl angegeben (siehe lede-cli feed --help)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Refresh interval in minutes (default 60).</source>
        <translation>Aktualisierungsintervall in Minuten (Standard 60).</translation>
    </message>
    <message>
        <source>The name to show for the feed.</source>
        <translation>Der Name, der für den Feed angezeigt wird.</translation>
    </message>
    <message>
        <source>Only the feeds whose refresh interval has passed.</source>
        <translation>Nur die Feeds, deren Aktualisierungsintervall abgelaufen ist.</translation>
    </message>
    <message>
        <source>The OPML file to write.</source>
        <translation>Die zu schreibende OPML-Datei.</translation>
    </message>
    <message>
        <source>Subscribes the library to a feed.</source>
        <translation>Abonniert einen Feed für die Bibliothek.</translation>
    </message>
    <message>
        <source>The feed&apos;s http(s) URL.</source>
        <translation>Die http(s)-URL des Feeds.</translation>
    </message>
    <message>
        <source>Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error.</source>
        <translation>Listet die Abonnements auf: ID, Titel, URL, ungelesene Artikel, Intervall, letzte Prüfung und letzter Fehler.</translation>
    </message>
    <message>
        <source>Unsubscribes; the articles the feed brought stay.</source>
        <translation>Beendet das Abonnement; die Artikel, die der Feed gebracht hat, bleiben.</translation>
    </message>
    <message>
        <source>Subscription IDs or URLs.</source>
        <translation>IDs oder URLs von Abonnements.</translation>
    </message>
    <message>
        <source>Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all subscriptions (with --due, those whose interval has passed).</source>
        <translation>Prüft Feeds mit einem bedingten GET und importiert die noch nicht gesehenen Einträge. Ohne FEED alle Abonnements (mit --due die, deren Intervall abgelaufen ist).</translation>
    </message>
    <message>
        <source>Subscribes to every feed an OPML file lists.</source>
        <translation>Abonniert jeden Feed, den eine OPML-Datei auflistet.</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Die OPML-Datei.</translation>
    </message>
    <message>
        <source>Writes the subscriptions as an OPML file.</source>
        <translation>Schreibt die Abonnements als OPML-Datei.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (see lede-cli feed --help)</source>
        <translation>unbekannter Unterbefehl &quot;%1&quot; (siehe lede-cli feed --help)</translation>
    </message>
    <message>
        <source>the feed is too large</source>
        <translation>der Feed ist zu groß</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout muss eine Zahl von Sekunden zwischen 0 und 3600 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Also report indirect speech (&quot;Negrete said the city would not help&quot;): quotes of kind &quot;indirect&quot; whose span is the reported clause. Without it only quoted words are reported.</source>
        <translation>Auch indirekte Rede melden (&quot;Negrete sagte, die Stadt werde nicht helfen&quot;): Zitate der Art &quot;indirect&quot;, deren Bereich der wiedergegebene Nebensatz ist. Ohne diese Option werden nur Wörter in Anführungszeichen gemeldet.</translation>
    </message>
    <message>
        <source>Writes a copy of the library to DEST, consistent even while Lede has the library open. DEST is replaced only once the copy is complete; a failed backup leaves no file. Restore by opening the copy.</source>
        <translation>Schreibt eine Kopie der Bibliothek nach DEST, stimmig auch während Lede die Bibliothek geöffnet hat. DEST wird erst ersetzt, wenn die Kopie vollständig ist; eine fehlgeschlagene Sicherung hinterlässt keine Datei. Zum Wiederherstellen die Kopie öffnen.</translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation>Die Datei, in die die Kopie geschrieben wird.</translation>
    </message>
    <message>
        <source>expected DEST (see lede-cli backup --help)</source>
        <translation>DEST erwartet (siehe lede-cli backup --help)</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3)</source>
        <translation>%1 gesichert nach %2 (%3)</translation>
    </message>
    <message>
        <source>Write a copy of the library, even while it is open</source>
        <translation>Eine Kopie der Bibliothek schreiben, auch während sie geöffnet ist</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it (&apos;&apos;We will vote,&apos;&apos; she said).</source>
        <translation>Zwei Apostrophe (&apos;&apos;) als Anführungszeichen lesen, wie Pressearchive sie schreiben (&apos;&apos;Wir stimmen ab&apos;&apos;, sagte sie).</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it.</source>
        <translation>Zwei Apostrophe (&apos;&apos;) als Anführungszeichen lesen, wie Pressearchive sie schreiben.</translation>
    </message>
</context>
<context>
    <name>lede::ArticleListModel</name>
    <message numerus="yes">
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n Vorschlag wartet auf Prüfung</numerusform>
            <numerusform>%n Vorschläge warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quotes (not rejected)</source>
        <translation>Zitate (nicht abgelehnt)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDesk</name>
    <message>
        <source>All Claims</source>
        <translation>Alle Behauptungen</translation>
    </message>
    <message>
        <source>Show claims of this status</source>
        <translation>Behauptungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Filter by words of the claim, its verdict or its article</source>
        <translation>Nach Wörtern der Behauptung, ihrer Bewertung oder ihres Artikels filtern</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <source>Claims of the library</source>
        <translation>Behauptungen der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>how many claims the list shows, of all the library&apos;s claims</extracomment>
        <translation>
            <numerusform>%1 von %n Behauptung</numerusform>
            <numerusform>%1 von %n Behauptungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::ClaimDeskModel</name>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Behauptung erfassen</translation>
    </message>
    <message>
        <source>Claimed passage</source>
        <translation>Textstelle der Behauptung</translation>
    </message>
    <message>
        <source>Claim summary</source>
        <translation>Zusammenfassung der Behauptung</translation>
    </message>
    <message>
        <source>The checkable statement, in a sentence</source>
        <translation>Die überprüfbare Aussage in einem Satz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>(no verdict yet)</source>
        <translation>(noch keine Bewertung)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Status der Behauptung</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Textstelle:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>lede::ClaimModel</name>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>lede::Commands</name>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Artikel verschlagworten</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Behauptung erfassen</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Accept Quote</source>
        <translation>Zitat annehmen</translation>
    </message>
    <message>
        <source>Reject Quote</source>
        <translation>Zitat ablehnen</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Sprecher ändern</translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation>Als Zitat markieren</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Entität markieren</translation>
    </message>
    <message>
        <source>Accept Mention</source>
        <translation>Erwähnung annehmen</translation>
    </message>
    <message>
        <source>Reject Mention</source>
        <translation>Erwähnung ablehnen</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Change Entity Kind</source>
        <translation>Art der Entität ändern</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>Split Alias</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <source>Confirm Entity</source>
        <translation>Entität bestätigen</translation>
    </message>
    <message>
        <source>Suggest Entity in Other Articles</source>
        <translation>Entität in anderen Artikeln vorschlagen</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Neu analysieren</translation>
    </message>
</context>
<context>
    <name>lede::EntityDialog</name>
    <message>
        <source>Entity name</source>
        <translation>Name der Entität</translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation>Art der Entität</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
</context>
<context>
    <name>lede::EntityModel</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Gesetze</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation>Erwähnungen in der Bibliothek</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation>Erwähnungen in diesem Artikel</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>lede::EntitySpreadController</name>
    <message>
        <source>Suggesting an entity in other articles</source>
        <translation>Entität wird in anderen Artikeln vorgeschlagen</translation>
    </message>
    <message>
        <source>Articles searched</source>
        <translation>Durchsuchte Artikel</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles…</source>
        <translation>%1 wird in anderen Artikeln vorgeschlagen…</translation>
    </message>
    <message>
        <source>Taking back the suggestions of %1…</source>
        <translation>Vorschläge für %1 werden zurückgenommen…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: taking back the suggestions of %1…</source>
        <translation>Fortsetzung: Vorschläge für %1 werden zurückgenommen…</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles (%2 of %3)…</source>
        <translation>%1 wird in anderen Artikeln vorgeschlagen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: suggesting %1 in other articles…</source>
        <translation>Fortsetzung: %1 wird in anderen Artikeln vorgeschlagen…</translation>
    </message>
    <message>
        <source>No new mentions of %1 in other articles</source>
        <extracomment>After an entity was confirmed: every other article naming it has a mention of it already</extracomment>
        <translation>Keine neuen Erwähnungen von %1 in anderen Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>Mentions of %1 suggested in %n other article(s)</source>
        <extracomment>%1 is one name, or a list of names (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>Erwähnungen von %1 in %n weiteren Artikel vorgeschlagen</numerusform>
            <numerusform>Erwähnungen von %1 in %n weiteren Artikeln vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mentions of them in other articles</source>
        <extracomment>After &quot;Confirmed 2 speakers: A and B&quot;: every other article naming them has mentions already</extracomment>
        <translation>Keine neuen Erwähnungen in anderen Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>Their mentions suggested in %n other article(s)</source>
        <translation>
            <numerusform>Ihre Erwähnungen in %n weiteren Artikel vorgeschlagen</numerusform>
            <numerusform>Ihre Erwähnungen in %n weiteren Artikeln vorgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::Export</name>
    <message>
        <source>the OpenDocument text could not be written</source>
        <translation>der OpenDocument-Text konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the selection has no claims to review</source>
        <translation>die Auswahl enthält keine zu prüfenden Behauptungen</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>kein Artikel %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>in Lede</source>
        <translation>in Lede</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Open in Lede</source>
        <translation>In Lede öffnen</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Speaker not known</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>, also “%1”</source>
        <translation>, auch “%1”</translation>
    </message>
    <message>
        <source> — mentioned at %1</source>
        <translation> — erwähnt an den Stellen %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Status: %1 — %2</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportiert am %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>Direktzitat</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>Distanzierung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>to-check</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code of this translation, for the lang attribute of HTML exports.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>die Seiten konnten nicht begonnen werden</translation>
    </message>
    <message>
        <source>Annotations on “%1”</source>
        <translation>Anmerkungen zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Annotations on %n article(s)</source>
        <translation>
            <numerusform>Anmerkungen zu %n Artikel</numerusform>
            <numerusform>Anmerkungen zu %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a report&apos;s title, then who exported it</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lede::ExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-Text (ODT)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation>CSV-Tabelle (eine Zeile pro Annotation)</translation>
    </message>
    <message>
        <source>JSON bundle (imports back into Lede)</source>
        <translation>JSON-Paket (wieder in Lede importierbar)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheets)</source>
        <translation>Mit Bytereihenfolgemarke (für Tabellenprogramme)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>The organisation or person publishing</source>
        <translation>Die veröffentlichende Organisation oder Person</translation>
    </message>
    <message>
        <source>Publication URL</source>
        <translation>Veröffentlichungs-URL</translation>
    </message>
    <message>
        <source>Where the export will be published (optional)</source>
        <translation>Wo der Export veröffentlicht wird (optional)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Auto&amp;r:</translation>
    </message>
    <message>
        <source>Publication &amp;URL:</source>
        <translation>Veröffentlichungs-&amp;URL:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name</source>
        <translation>%1: das ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the format is %3; change one of them</source>
        <translation>%1: der Name endet auf .%2, aber das Format ist %3; ändern Sie eines von beiden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s) read</source>
        <extracomment>The export&apos;s progress bar: &quot;23,000 of 100,000 articles read&quot;</extracomment>
        <translation>
            <numerusform>%1 von %Ln Artikel gelesen</numerusform>
            <numerusform>%1 von %Ln Artikeln gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s) as %1 to %2</source>
        <translation>
            <numerusform>%Ln Artikel als %1 nach %2 exportiert</numerusform>
            <numerusform>%Ln Artikel als %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>lede::ExportPreview</name>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Vorschau des Dokuments</translation>
    </message>
    <message>
        <source>Preview of the spreadsheet</source>
        <translation>Vorschau der Tabelle</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>es gibt keine Artikel zum Exportieren</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>This selection cannot be written as %1: %2</source>
        <translation>Diese Auswahl kann nicht als %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>… (the preview stops here)</source>
        <translation>… (die Vorschau endet hier)</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %1 of %Ln article(s).</source>
        <translation>
            <numerusform>Vorschau der ersten %1 von %Ln Artikel.</numerusform>
            <numerusform>Vorschau der ersten %1 von %Ln Artikeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %Ln article(s).</source>
        <translation>
            <numerusform>Vorschau von %Ln Artikel.</numerusform>
            <numerusform>Vorschau von %Ln Artikeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation>Die Datei wird %1 groß.</translation>
    </message>
    <message>
        <source>The %1 is laid out from this document.</source>
        <translation>Die Datei (%1) wird aus diesem Dokument gesetzt.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
</context>
<context>
    <name>lede::ExportScopeBox</name>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Articles &amp;tagged</source>
        <translation>Artikel mit &amp;Schlagwort</translation>
    </message>
    <message>
        <source>Saved &amp;search</source>
        <translation>&amp;Gespeicherte Suche</translation>
    </message>
    <message>
        <source>The open &amp;article: %1</source>
        <translation>Der geöffne&amp;te Artikel: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Artikel</numerusform>
            <numerusform>Die %Ln ausgewählten Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected articles (select several in the list)</source>
        <translation>Die ausgewählten Artikel (mehrere in der Liste auswählen)</translation>
    </message>
    <message numerus="yes">
        <source>The whole &amp;library (%Ln article(s))</source>
        <translation>
            <numerusform>Die ganze &amp;Bibliothek (%Ln Artikel)</numerusform>
            <numerusform>Die ganze &amp;Bibliothek (%Ln Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Zu exportierendes Schlagwort</translation>
    </message>
    <message>
        <source>Saved search to export</source>
        <translation>Zu exportierende gespeicherte Suche</translation>
    </message>
</context>
<context>
    <name>lede::ExportWorker</name>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation>es gibt kein Exportformat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>es gibt keine Artikel zum Exportieren</translation>
    </message>
</context>
<context>
    <name>lede::FeedListModel</name>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Letzte Prüfung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lede::FeedsController</name>
    <message>
        <source>Import &amp;URL…</source>
        <translation>&amp;URL importieren…</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Feeds aktualisieren</translation>
    </message>
    <message>
        <source>Import a web page or a feed by its address</source>
        <translation>Eine Webseite oder einen Feed über seine Adresse importieren</translation>
    </message>
    <message>
        <source>Add and remove feeds, set how often they are checked</source>
        <translation>Feeds hinzufügen und entfernen, festlegen, wie oft sie geprüft werden</translation>
    </message>
    <message>
        <source>Check every feed for new articles now</source>
        <translation>Jetzt alle Feeds auf neue Artikel prüfen</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Added. Checking the feed…</source>
        <translation>Hinzugefügt. Feed wird geprüft…</translation>
    </message>
    <message>
        <source>Feed removed; its articles stay in the library.</source>
        <translation>Feed entfernt; seine Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Checking feeds: %1</source>
        <translation>Feeds werden geprüft: %1</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Bereits in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %n new article(s)</source>
        <translation>
            <numerusform>Feeds geprüft: %n neuer Artikel</numerusform>
            <numerusform>Feeds geprüft: %n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Feeds…)</source>
        <translation>
            <numerusform>%n Problem (siehe Feeds…)</numerusform>
            <numerusform>%n Probleme (siehe Feeds…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed&amp;s…</source>
        <translation>&amp;Feeds…</translation>
    </message>
</context>
<context>
    <name>lede::FeedsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>New feed address</source>
        <translation>Adresse des neuen Feeds</translation>
    </message>
    <message>
        <source>Refresh interval of the new feed</source>
        <translation>Aktualisierungsintervall des neuen Feeds</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Aktualisierung a&amp;lle:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;feed:</source>
        <translation>Neuer &amp;Feed:</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>No feeds yet: add one below.</source>
        <translation>Noch keine Feeds: Fügen Sie unten einen hinzu.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>lede::FeedsPanel</name>
    <message>
        <source>&lt;b&gt;Feeds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feeds&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
<context>
    <name>lede::FilterPanel</name>
    <message>
        <source>Has &amp;unreviewed suggestions</source>
        <translation>Mit ungeprüften &amp;Vorschlägen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Article filters</source>
        <translation>Artikelfilter</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Filter nach Medium</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Veröffentlicht am oder nach dem</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Veröffentlicht am oder vor dem</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter nach Schlagwort</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filter nach Sprecher</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>Filter nach Entität</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Filter nach Bewertung</translation>
    </message>
    <message>
        <source>Only articles with unreviewed suggestions</source>
        <translation>Nur Artikel mit ungeprüften Vorschlägen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Die gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>Gespei&amp;chert:</translation>
    </message>
    <message>
        <source>Ou&amp;tlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Zeitra&amp;um:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Sch&amp;lagwort:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <source>Entit&amp;y:</source>
        <translation>En&amp;tität:</translation>
    </message>
    <message>
        <source>Ve&amp;rdict:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Alle Entitäten</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Choose a saved search</source>
        <translation>Suche wählen</translation>
    </message>
</context>
<context>
    <name>lede::FindBar</name>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Im Artikel zu suchender Text</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>lede::HighlightLegend</name>
    <message>
        <source>Suggested quote</source>
        <translation>Vorgeschlagenes Zitat</translation>
    </message>
    <message>
        <source>Highlight legend</source>
        <translation>Legende der Hervorhebungen</translation>
    </message>
</context>
<context>
    <name>lede::HighlightPalette</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
</context>
<context>
    <name>lede::Import</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no new annotations</source>
        <translation>keine neuen Annotationen</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in this copy)</source>
        <translation>
            <numerusform>, %n nicht zugeordnet (Textstelle in dieser Kopie nicht gefunden)</numerusform>
            <numerusform>, %n nicht zugeordnet (Textstellen in dieser Kopie nicht gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid Lede bundle (%1 at offset %2)</source>
        <translation>kein gültiges Lede-Paket (%1 an Position %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (not a JSON object)</source>
        <translation>kein gültiges Lede-Paket (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>a bundle from a newer Lede (version %1; this one reads up to %2)</source>
        <translation>ein Paket aus einem neueren Lede (Version %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (&quot;lede_bundle&quot; is not a version number)</source>
        <translation>kein gültiges Lede-Paket (&quot;lede_bundle&quot; ist keine Versionsnummer)</translation>
    </message>
    <message>
        <source>%1: article %2</source>
        <translation>%1: Artikel %2</translation>
    </message>
    <message>
        <source>the article has no &quot;body&quot; text</source>
        <translation>der Artikel hat keinen &quot;body&quot;-Text</translation>
    </message>
    <message>
        <source>the bundle holds no articles</source>
        <translation>das Paket enthält keine Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n Hypothesis note(s) added</source>
        <translation>
            <numerusform>%n Hypothesis-Notiz hinzugefügt</numerusform>
            <numerusform>%n Hypothesis-Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in the article)</source>
        <translation>
            <numerusform>, %n nicht zugeordnet (Textstelle im Artikel nicht gefunden)</numerusform>
            <numerusform>, %n nicht zugeordnet (Textstellen im Artikel nicht gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) mark no passage (page notes or replies) and were left out</source>
        <translation>
            <numerusform>%n Annotation markiert keine Textstelle (Seitennotiz oder Antwort) und wurde ausgelassen</numerusform>
            <numerusform>%n Annotationen markieren keine Textstelle (Seitennotizen oder Antworten) und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>no Hypothesis annotations found</source>
        <translation>keine Hypothesis-Annotationen gefunden</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>empty file, no HTML to read</source>
        <translation>leere Datei, kein HTML zu lesen</translation>
    </message>
    <message>
        <source>not an HTML page: the file is %1</source>
        <translation>keine HTML-Seite: die Datei enthält %1</translation>
    </message>
    <message>
        <source>not an HTML page: no document body could be parsed</source>
        <translation>keine HTML-Seite: kein Dokumentkörper lesbar</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>kein Artikeltext auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>same URL as article %1</source>
        <translation>gleiche URL wie Artikel %1</translation>
    </message>
    <message>
        <source>same text as article %1</source>
        <translation>gleicher Text wie Artikel %1</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (im Papierkorb)</translation>
    </message>
    <message>
        <source>no article in the library has the URL %1; import the article first</source>
        <translation>kein Artikel der Bibliothek hat die URL %1; importieren Sie zuerst den Artikel</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>too large for an article (%1 MB, the limit is %2 MB)</source>
        <translation>zu groß für einen Artikel (%1 MB, die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>a PDF document, not a text or HTML article</source>
        <translation>ein PDF-Dokument, kein Text- oder HTML-Artikel</translation>
    </message>
    <message>
        <source>no article found</source>
        <translation>kein Artikel gefunden</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>kein Artikeltext gefunden</translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation>Binärdaten, kein Textartikel</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugriff</translation>
    </message>
    <message>
        <source>the feed is malformed (line %1: %2)</source>
        <translation>der Feed ist fehlerhaft (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>not a feed (not an XML document)</source>
        <translation>kein Feed (kein XML-Dokument)</translation>
    </message>
    <message>
        <source>not an RSS, RDF or Atom feed (the document is &lt;%1&gt;)</source>
        <translation>kein RSS-, RDF- oder Atom-Feed (das Dokument ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the feed is truncated (line %1: %2)</source>
        <translation>der Feed ist abgeschnitten (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation>der Feed hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the feed is too large (%1 MB, the limit is %2 MB)</source>
        <translation>der Feed ist zu groß (%1 MB, die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>empty feed</source>
        <translation>leerer Feed</translation>
    </message>
    <message>
        <source>too large for a subscription list (limit %1 MB)</source>
        <translation>zu groß für eine Abonnementliste (Grenze: %1 MB)</translation>
    </message>
    <message>
        <source>not an OPML document (%1)</source>
        <translation>kein OPML-Dokument (%1)</translation>
    </message>
    <message>
        <source>not an OPML document (empty)</source>
        <translation>kein OPML-Dokument (leer)</translation>
    </message>
    <message>
        <source>not an OPML document (the document is &lt;%1&gt;)</source>
        <translation>kein OPML-Dokument (das Dokument ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a feed URL</source>
        <translation>Zeile %1: &quot;%2&quot; ist keine Feed-URL</translation>
    </message>
    <message>
        <source>the subscription list is truncated or malformed (line %1: %2)</source>
        <translation>die Abonnementliste ist abgeschnitten oder fehlerhaft (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>a feed, not a web page</source>
        <translation>ein Feed, keine Webseite</translation>
    </message>
    <message>
        <source>the feed item has no text of its own</source>
        <translation>der Feed-Eintrag hat keinen eigenen Text</translation>
    </message>
    <message>
        <source>the page holds less text than the feed</source>
        <translation>die Seite enthält weniger Text als der Feed</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, RDF or Atom feed</source>
        <translation>eine XML-Datei, die kein RSS-, RDF- oder Atom-Feed ist</translation>
    </message>
    <message>
        <source>a web page that names no RSS or Atom feed</source>
        <translation>eine Webseite, die keinen RSS- oder Atom-Feed nennt</translation>
    </message>
    <message>
        <source>its feed %1: %2</source>
        <translation>ihr Feed %1: %2</translation>
    </message>
</context>
<context>
    <name>lede::ImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation>Die Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>lede::LibraryBackup</name>
    <message>
        <source>a backup cannot replace the library itself</source>
        <translation>eine Sicherung kann die Bibliothek selbst nicht ersetzen</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>lede::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Anzahl der Artikel</translation>
    </message>
    <message>
        <source>Annotations of the open article</source>
        <translation>Annotationen des geöffneten Artikels</translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation>%1 — Lede</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Lede&lt;/h2&gt;&lt;p&gt;This library has no articles yet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Add the demo article&lt;/a&gt; (a city-council story with quotes to review), or &lt;a href=&quot;lede:import&quot;&gt;import files&lt;/a&gt; (File ▸ Import Files, Ctrl+I), or drop files on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Lede&lt;/h2&gt;&lt;p&gt;Diese Bibliothek enthält noch keine Artikel.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Fügen Sie den Demo-Artikel hinzu&lt;/a&gt; (ein Stadtratsbericht mit zu prüfenden Zitaten), &lt;a href=&quot;lede:import&quot;&gt;importieren Sie Dateien&lt;/a&gt; (Datei ▸ Dateien importieren, Strg+I) oder ziehen Sie Dateien auf dieses Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an article in the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Artikel in der Liste.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%n Artikel im Papierkorb</numerusform>
            <numerusform>%n Artikel im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n Artikel passt</numerusform>
            <numerusform>%n Artikel passen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <extracomment>Status bar: &quot;12 quotes (3 to review) · 2 notes · 1 claim&quot;</extracomment>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>B&amp;ibliothek öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import the &amp;Demo Article</source>
        <translation>Demo-&amp;Artikel importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation>In &amp;der Bibliothek suchen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Im Artikel suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Zum &amp;Lesebereich</translation>
    </message>
    <message>
        <source>Open &amp;Link in Browser</source>
        <translation>&amp;Link im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Tag Articles…</source>
        <translation>Artikel &amp;verschlagworten…</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Papierkorb leeren…</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Suche speichern…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation>Über &amp;Lede</translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation>Über Lede</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Browse and annotate news coverage: quotes, speakers, entities, notes and claims.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Nachrichtenberichterstattung durchsuchen und annotieren: Zitate, Sprecher, Entitäten, Notizen und Behauptungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>In der Bibliothek suchen</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K): words, &quot;a phrase&quot;, negr*, NOT trump</source>
        <translation>In der Bibliothek suchen (Strg+K): Wörter, &quot;eine Phrase&quot;, negr*, NOT trump</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede)</source>
        <translation>Lede-Bibliotheken (*.lede)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede);;All files (*)</source>
        <translation>Lede-Bibliotheken (*.lede);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)</source>
        <translation>Artikel (*.txt *.html *.htm *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Artikel verschlagworten</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n article(s):</source>
        <translation>
            <numerusform>Schlagwort für %n Artikel:</numerusform>
            <numerusform>Schlagwort für %n Artikel:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored</source>
        <translation>
            <numerusform>%n Artikel wiederhergestellt</numerusform>
            <numerusform>%n Artikel wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their annotations? This cannot be undone.</source>
        <translation>
            <numerusform>%n Artikel im Papierkorb samt Annotationen endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Artikel im Papierkorb samt Annotationen endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted</source>
        <translation>
            <numerusform>%n Artikel gelöscht</numerusform>
            <numerusform>%n Artikel gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the search (the query and the filters):</source>
        <translation>Name der Suche (Suchanfrage und Filter):</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;</source>
        <translation>Suche &quot;%1&quot; gespeichert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotations sidebar&lt;/h3&gt;&lt;p&gt;Alt+Q, Alt+I, Alt+O, Alt+L: Quotes, Entities, Notes, Claims. The one-key shortcuts (A, R, N, S, M, P, F2, Del) work while that list has the focus; Return edits the current row.&lt;/p&gt;&lt;h3&gt;Reader&lt;/h3&gt;&lt;p&gt;Move with the arrow keys, select with Shift; Return on a highlight shows it in the sidebar. Ctrl+F finds text and selects it, ready to annotate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotationsleiste&lt;/h3&gt;&lt;p&gt;Alt+Z, Alt+I, Alt+O, Alt+E: Zitate, Entitäten, Notizen, Behauptungen. Die Ein-Tasten-Kürzel (A, R, N, S, M, P, F2, Entf) wirken, solange diese Liste den Fokus hat; Eingabe bearbeitet die aktuelle Zeile.&lt;/p&gt;&lt;h3&gt;Lesebereich&lt;/h3&gt;&lt;p&gt;Mit den Pfeiltasten bewegen, mit Umschalt auswählen; Eingabe auf einer Hervorhebung zeigt sie in der Seitenleiste. Strg+F findet Text und wählt ihn aus, bereit zum Annotieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote…</source>
        <translation>Als Zitat &amp;markieren…</translation>
    </message>
    <message>
        <source>Tag &amp;Entity…</source>
        <translation>En&amp;tität markieren…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Record &amp;Claim…</source>
        <translation>&amp;Behauptung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Vorschlag annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>V&amp;orschlag ablehnen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation>Nächster &amp;ungeprüfter Vorschlag</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Sprecher ändern…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation>Sprecher…</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>Entitäten &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>S&amp;plit Alias Out…</source>
        <translation>&amp;Alias abtrennen…</translation>
    </message>
    <message>
        <source>Accept Entity&apos;s Mentions Here</source>
        <translation>Erwähnungen der Entität hier annehmen</translation>
    </message>
    <message>
        <source>Reject Entity&apos;s Mentions Here</source>
        <translation>Erwähnungen der Entität hier ablehnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Vereinen…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Ed&amp;it Note or Claim…</source>
        <translation>Not&amp;iz oder Behauptung bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Note or Claim</source>
        <translation>&amp;Notiz oder Behauptung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Wählen Sie zuerst Text im Artikel aus</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Entität markieren</translation>
    </message>
    <message>
        <source>No quotes left to review in this article</source>
        <translation>In diesem Artikel sind keine Zitate mehr zu prüfen</translation>
    </message>
    <message>
        <source>No suggested mentions of %1 in this article</source>
        <translation>Keine vorgeschlagenen Erwähnungen von %1 in diesem Artikel</translation>
    </message>
    <message>
        <source>Accept Mentions</source>
        <translation>Erwähnungen annehmen</translation>
    </message>
    <message>
        <source>Reject Mentions</source>
        <translation>Erwähnungen ablehnen</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Entität bearbeiten</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entity(ies) into %1</source>
        <translation>
            <numerusform>%n Entität in %1 zusammengeführt</numerusform>
            <numerusform>%n Entitäten in %1 zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its aliases into:</source>
        <translation>&quot;%1&quot; und seine Aliasse zusammenführen mit:</translation>
    </message>
    <message>
        <source>%1 has no other alias to split out</source>
        <translation>%1 hat keinen weiteren Alias zum Abtrennen</translation>
    </message>
    <message>
        <source>Split Alias Out</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <source>Make this alias of &quot;%1&quot; an entity of its own:</source>
        <translation>Diesen Alias von &quot;%1&quot; zu einer eigenen Entität machen:</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <comment>toolbar</comment>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Mark as Quote…</source>
        <comment>toolbar</comment>
        <translation>Zitat…</translation>
    </message>
    <message>
        <source>Tag Entity…</source>
        <comment>toolbar</comment>
        <translation>Entität…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <comment>toolbar</comment>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Record Claim…</source>
        <comment>toolbar</comment>
        <translation>Behauptung…</translation>
    </message>
    <message>
        <source>Show Filters</source>
        <comment>toolbar</comment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rename or Re-&amp;kind Entity…</source>
        <translation>&amp;Entität umbenennen oder Art ändern…</translation>
    </message>
    <message>
        <source>Show Filt&amp;ers</source>
        <translation>&amp;Filter anzeigen</translation>
    </message>
    <message>
        <source>Go to Article Li&amp;st</source>
        <translation>Zur &amp;Artikelliste</translation>
    </message>
    <message>
        <source>&amp;Go to Annotations</source>
        <translation>&amp;Zu den Annotationen</translation>
    </message>
    <message>
        <source>lede://article/%1: there is no such article in %2</source>
        <translation>lede://article/%1: diesen Artikel gibt es in %2 nicht</translation>
    </message>
    <message>
        <source>The linked passage (%1–%2) is not in this version of the article</source>
        <translation>Die verlinkte Textstelle (%1–%2) ist nicht in dieser Version des Artikels</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) or folder(s) will be imported next</source>
        <translation>
            <numerusform>Danach wird noch %n Datei oder Ordner importiert</numerusform>
            <numerusform>Danach werden noch %n Dateien oder Ordner importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n queued file(s) or folder(s) not imported)</source>
        <translation>
            <numerusform>(%n Datei oder Ordner in der Warteschlange nicht importiert)</numerusform>
            <numerusform>(%n Dateien oder Ordner in der Warteschlange nicht importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message>
        <source>Sort Articles &amp;By</source>
        <translation>Artikel &amp;sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Analyse Again…</source>
        <translation>&amp;Neu analysieren…</translation>
    </message>
    <message>
        <source>Wait for the import to finish, then analyse again.</source>
        <translation>Warten Sie, bis der Import fertig ist, und analysieren Sie dann neu.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere…</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Neu analysieren</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %Ln article(s)…</source>
        <translation>
            <numerusform>Analysiere %Ln Artikel…</numerusform>
            <numerusform>Analysiere %Ln Artikel…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) analysed again</source>
        <translation>
            <numerusform>%n Artikel neu analysiert</numerusform>
            <numerusform>%n Artikel neu analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions kept</source>
        <translation>
            <numerusform>%n Ihrer Entscheidungen behalten</numerusform>
            <numerusform>%n Ihrer Entscheidungen behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped: %1</source>
        <translation>Analyse abgebrochen: %1</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggested Quotes</source>
        <translation>A&amp;lle vorgeschlagenen Zitate annehmen</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Accept All Quotes</source>
        <translation>Alle Zitate annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n quote(s)</source>
        <translation>
            <numerusform>%n Zitat angenommen</numerusform>
            <numerusform>%n Zitate angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) suggested</source>
        <translation>
            <numerusform>%n Zitat vorgeschlagen</numerusform>
            <numerusform>%n Zitate vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) suggested</source>
        <translation>
            <numerusform>%n Erwähnung einer Entität vorgeschlagen</numerusform>
            <numerusform>%n Erwähnungen von Entitäten vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n speaker(s): %1</source>
        <extracomment>%1 is a list of names in the language&apos;s own form (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>%n Sprecher bestätigt: %1</numerusform>
            <numerusform>%n Sprecher bestätigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Drucken nicht möglich: %1</translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them</source>
        <translation>Öffnen Sie einen Artikel oder wählen Sie Artikel in der Liste aus, um sie zu drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>%n Artikel an den Drucker gesendet</numerusform>
            <numerusform>%n Artikel an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing stopped</source>
        <translation>Drucken abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <source>%1 backup %2.lede</source>
        <translation>%1 Sicherung %2.lede</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not back up the library: %1</source>
        <translation>Die Bibliothek konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Library backed up to %1 (%2)</source>
        <translation>Bibliothek gesichert in %1 (%2)</translation>
    </message>
    <message>
        <source>Could not back up the library: %1: the folder cannot be created</source>
        <translation>Die Bibliothek konnte nicht gesichert werden: %1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Automatic backup written to %1 (%2)</source>
        <translation>Automatische Sicherung geschrieben in %1 (%2)</translation>
    </message>
    <message>
        <source>All &amp;Claims…</source>
        <translation>Alle &amp;Behauptungen…</translation>
    </message>
    <message>
        <source>This article writes quotation marks as two apostrophes (&apos;&apos;): Settings ▸ Analysis can read them, then Article ▸ Analyse Again.</source>
        <translation>Dieser Artikel schreibt Anführungszeichen als zwei Apostrophe (&apos;&apos;): Einstellungen ▸ Analyse kann sie lesen, danach Artikel ▸ Neu analysieren.</translation>
    </message>
</context>
<context>
    <name>lede::Network</name>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>Audio oder Video</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>eine Schriftart</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>ein Archiv</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>ein Office-Dokument</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>%1 (%2), not a web page or feed</source>
        <translation>%1 (%2), keine Webseite und kein Feed</translation>
    </message>
    <message>
        <source>too large (%1 MB, the limit is %2 MB)</source>
        <translation>zu groß (%1 MB, die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>too large (more than %1 MB)</source>
        <translation>zu groß (mehr als %1 MB)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1; a redirect loop?)</source>
        <translation>zu viele Weiterleitungen (mehr als %1; eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; not followed</source>
        <translation>Weiterleitung von HTTPS auf unverschlüsseltes HTTP; nicht gefolgt</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>the compressed response is damaged or too large once decompressed</source>
        <translation>die komprimierte Antwort ist beschädigt oder entpackt zu groß</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-URL</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>keine Antwort vom Server seit %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>der Server hat eine leere Antwort gesendet</translation>
    </message>
</context>
<context>
    <name>lede::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Annotierte Textstelle</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Textstelle:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>lede::NoteModel</name>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>lede::QuoteDialog</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Als Zitat markieren</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Zitierte Textstelle</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Who said it (empty: unknown)</source>
        <translation>Wer es gesagt hat (leer: unbekannt)</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>Art des Zitats</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Textstelle:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Sprecher ändern</translation>
    </message>
</context>
<context>
    <name>lede::QuoteModel</name>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirekt</translation>
    </message>
    <message>
        <source>Scare quote</source>
        <translation>Distanzierung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lede::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Select text and use the Annotate menu to mark quotes, entities, notes and claims</source>
        <translation>Text auswählen und über das Menü Annotieren Zitate, Entitäten, Notizen und Behauptungen markieren</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No byline, outlet or date</source>
        <translation>Ohne Autor, Medium und Datum</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>Quote (suggested): %1</source>
        <translation>Zitat (vorgeschlagen): %1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation>Entität: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Claim (%1): %2</source>
        <translation>Behauptung (%1): %2</translation>
    </message>
</context>
<context>
    <name>lede::ReanalysisDialog</name>
    <message>
        <source>Analyse Again</source>
        <translation>Neu analysieren</translation>
    </message>
    <message>
        <source>What to analyse again</source>
        <translation>Was neu analysiert wird</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalysieren</translation>
    </message>
    <message>
        <source>The quotes, speakers and entities Lede suggested are found again with this version&apos;s analysis and the entities confirmed in this library. Quotes and mentions you accepted, rejected or marked yourself stay as they are, and nothing new is suggested where they are.</source>
        <translation>Die Zitate, Sprecher und Entitäten, die Lede vorgeschlagen hat, werden mit der Analyse dieser Version und den in dieser Bibliothek bestätigten Entitäten neu gesucht. Zitate und Erwähnungen, die Sie angenommen, abgelehnt oder selbst markiert haben, bleiben, wie sie sind, und an ihrer Stelle wird nichts Neues vorgeschlagen.</translation>
    </message>
    <message>
        <source>There is no article to analyse again.</source>
        <translation>Es gibt keinen Artikel, der neu analysiert werden kann.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts the replaced suggestions back.</source>
        <translation>Bearbeiten ▸ Rückgängig stellt die ersetzten Vorschläge wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the suggestions of %n article(s) and cannot be undone.</source>
        <translation>
            <numerusform>Das ersetzt die Vorschläge von %n Artikel und kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Das ersetzt die Vorschläge von %n Artikeln und kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>lede::ReportPrinting</name>
    <message>
        <source>there is no article to print</source>
        <translation>es gibt keinen Artikel zum Drucken</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the printer %1 is not available</source>
        <translation>der Drucker %1 ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>lede::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, for exports</source>
        <translation>Ihr Name, für Exporte</translation>
    </message>
    <message>
        <source>Organisation, for exports</source>
        <translation>Organisation, für Exporte</translation>
    </message>
    <message>
        <source>Verdict scale, truest first, one per line</source>
        <translation>Bewertungsskala, die wahrste zuerst, eine pro Zeile</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Schriftgröße im Lesebereich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>&amp;Verdict scale
(truest first):</source>
        <translation>&amp;Bewertungsskala
(wahrste zuerst):</translation>
    </message>
    <message>
        <source>%1 highlight colour</source>
        <translation>Hervorhebungsfarbe: %1</translation>
    </message>
    <message>
        <source>%1 colour:</source>
        <translation>Farbe (%1):</translation>
    </message>
    <message>
        <source>Reader &amp;font size:</source>
        <translation>Schrift&amp;größe im Lesebereich:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Lede starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Lede.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>How often the open library is backed up</source>
        <translation>Wie oft die geöffnete Bibliothek gesichert wird</translation>
    </message>
    <message>
        <source>&amp;Back up the open library:</source>
        <translation>Geöffnete Bibliothek &amp;automatisch sichern:</translation>
    </message>
    <message>
        <source>Backups kept of each library</source>
        <translation>Aufbewahrte Sicherungen jeder Bibliothek</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>Aufbewahrte Sicher&amp;ungen:</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Ordner der automatischen Sicherungen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Folder of the Automatic Backups</source>
        <translation>Ordner der automatischen Sicherungen</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Each library gets a folder of its own there. To restore a backup, open it with File ▸ Open Library.</source>
        <translation>Jede Bibliothek bekommt dort einen eigenen Ordner. Um eine Sicherung wiederherzustellen, öffnen Sie sie mit Datei ▸ Bibliothek öffnen.</translation>
    </message>
    <message>
        <source>Read two &amp;apostrophes (&apos;&apos;) as a quotation mark, as news archives write it</source>
        <translation>Zwei &amp;Apostrophe (&apos;&apos;) als Anführungszeichen lesen, wie Pressearchive sie schreiben</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Analyse:</translation>
    </message>
    <message>
        <source>For articles imported or analysed again from now on (Article ▸ Analyse Again…).</source>
        <translation>Für Artikel, die von nun an importiert oder erneut analysiert werden (Artikel ▸ Neu analysieren…).</translation>
    </message>
</context>
<context>
    <name>lede::Sidebar</name>
    <message>
        <source>This arti&amp;cle only</source>
        <translation>Nur die&amp;ser Artikel</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Entitäten nach Name oder Alias filtern</translation>
    </message>
    <message>
        <source>Show only the entities of this article</source>
        <translation>Nur die Entitäten dieses Artikels zeigen</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>Ent&amp;ities</source>
        <translation>Ent&amp;itäten</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>B&amp;ehauptungen</translation>
    </message>
</context>
<context>
    <name>lede::Storage</name>
    <message>
        <source>invalid search query: %1</source>
        <translation>ungültige Suchanfrage: %1</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>kein Artikel %1</translation>
    </message>
    <message>
        <source>no such library</source>
        <translation>Bibliothek nicht vorhanden</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a library file</source>
        <translation>ist ein Ordner, keine Bibliotheksdatei</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a Lede library (not an SQLite database)</source>
        <translation>keine Lede-Bibliothek (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>not a Lede library (an SQLite database of another program)</source>
        <translation>keine Lede-Bibliothek (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>written by a newer version of Lede (library schema %1, this version reads up to %2); it was left untouched</source>
        <translation>von einer neueren Lede-Version geschrieben (Bibliotheksschema %1, diese Version liest bis %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (%1)</source>
        <translation>die Bibliothek kann nicht in den WAL-Modus wechseln (%1)</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>eine Entität braucht einen Namen</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>eine Entität kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>no such entity</source>
        <translation>Entität nicht vorhanden</translation>
    </message>
    <message>
        <source>no such alias</source>
        <translation>Alias nicht vorhanden</translation>
    </message>
    <message>
        <source>the canonical name cannot be split out</source>
        <translation>der Hauptname kann nicht abgetrennt werden</translation>
    </message>
    <message>
        <source>an entity named &quot;%1&quot; exists already</source>
        <translation>eine Entität namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>span %1-%2 is not inside article %3 (its text has %4 characters)</source>
        <translation>der Bereich %1-%2 liegt nicht in Artikel %3 (sein Text hat %4 Zeichen)</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>eine Notiz braucht Text</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;; the library&apos;s scale is: %2</source>
        <translation>unbekannte Bewertung &quot;%1&quot;; die Skala der Bibliothek ist: %2</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>eine gespeicherte Suche braucht einen Namen</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>leere Suchanfrage</translation>
    </message>
    <message>
        <source>the library is locked by another program</source>
        <translation>die Bibliothek ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>not a Lede library (file is not a database)</source>
        <translation>keine Lede-Bibliothek (die Datei ist keine Datenbank)</translation>
    </message>
    <message>
        <source>the refresh interval must be 1 to %1 minutes</source>
        <translation>das Aktualisierungsintervall muss 1 bis %1 Minuten betragen</translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation>%1 ist bereits abonniert</translation>
    </message>
    <message>
        <source>no feed subscription %1</source>
        <translation>kein Feed-Abonnement %1</translation>
    </message>
    <message>
        <source>too many suggestions for one article</source>
        <translation>zu viele Vorschläge für einen Artikel</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>die Verbindung der Bibliothek ist nicht SQLite</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>die Bibliothek ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>lede::UrlImportDialog</name>
    <message>
        <source>Import URL</source>
        <translation>URL importieren</translation>
    </message>
    <message>
        <source>Address of a news page or a feed (RSS, Atom):</source>
        <translation>Adresse einer Nachrichtenseite oder eines Feeds (RSS, Atom):</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://.</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
</context>
<context>
    <name>lede::WebImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation>Die Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and annotate news coverage.</source>
        <translation>Nachrichtenberichterstattung durchsuchen und annotieren.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Diese Bibliotheksdatei öffnen.</translation>
    </message>
    <message>
        <source>Open the demo library (created on first use).</source>
        <translation>Die Demo-Bibliothek öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted article list, and quit.</source>
        <translation>Die Zeit vom Start bis zur ersten gezeichneten Artikelliste ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Articles to import, a library file to open, or a lede://article/ID link.</source>
        <translation>Zu importierende Artikel, eine zu öffnende Bibliotheksdatei oder ein lede://article/ID-Link.</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>Die Bibliothek kann nicht geöffnet werden: %1</translation>
    </message>
</context>
</TS>
