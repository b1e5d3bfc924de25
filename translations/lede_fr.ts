<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>lede-cli</name>
    <message>
        <source>no article found</source>
        <translation>aucun article trouvé</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>Reads articles (plain text or HTML) and prints their metadata, body, quotes and entities as JSON; one object per line, each with &quot;file&quot;, when given several files. No library is needed.</source>
        <translation>Lit des articles (texte brut ou HTML) et affiche leurs métadonnées, leur corps, leurs citations et leurs entités en JSON ; avec plusieurs fichiers, un objet par ligne, chacun avec « file ». Aucune bibliothèque n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Take the file as the body exactly as it is (offsets match the file).</source>
        <translation>Prendre le fichier tel quel comme corps (les positions correspondent au fichier).</translation>
    </message>
    <message>
        <source>Print JSON (the only output form).</source>
        <translation>Afficher du JSON (seule forme de sortie).</translation>
    </message>
    <message>
        <source>Article files.</source>
        <translation>Fichiers d&apos;articles.</translation>
    </message>
    <message>
        <source>no file given (see lede-cli analyze --help)</source>
        <translation>aucun fichier indiqué (voir lede-cli analyze --help)</translation>
    </message>
    <message>
        <source>END (%1) must be greater than START (%2)</source>
        <translation>END (%1) doit être supérieur à START (%2)</translation>
    </message>
    <message>
        <source>Adds a note on the span START..END (code points, end exclusive, as show --json prints them) of article ID.</source>
        <translation>Ajoute une note sur l&apos;étendue START..END (points de code, fin exclue, comme les affiche show --json) de l&apos;article ID.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;article.</translation>
    </message>
    <message>
        <source>Where the passage begins.</source>
        <translation>Où le passage commence.</translation>
    </message>
    <message>
        <source>Where it ends (exclusive).</source>
        <translation>Où il se termine (exclu).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>expected ID START END TEXT (see lede-cli note --help)</source>
        <translation>ID START END TEXT attendus (voir lede-cli note --help)</translation>
    </message>
    <message>
        <source>note %1 added to article %2 [%3-%4]</source>
        <translation>note %1 ajoutée à l&apos;article %2 [%3-%4]</translation>
    </message>
    <message>
        <source>Records a claim on the span START..END of article ID, with a verdict from the library&apos;s verdict scale (True, Mostly true, Half true, Mostly false, False, Pants on fire unless changed).</source>
        <translation>Enregistre une allégation sur l&apos;étendue START..END de l&apos;article ID, avec un verdict de l&apos;échelle de la bibliothèque (True, Mostly true, Half true, Mostly false, False, Pants on fire, sauf modification).</translation>
    </message>
    <message>
        <source>The verdict&apos;s label (any case).</source>
        <translation>Le libellé du verdict (casse indifférente).</translation>
    </message>
    <message>
        <source>The claim in a sentence (default: the passage).</source>
        <translation>L&apos;allégation en une phrase (par défaut : le passage).</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>La justification du verdict.</translation>
    </message>
    <message>
        <source>Where the claim begins.</source>
        <translation>Où l&apos;allégation commence.</translation>
    </message>
    <message>
        <source>expected ID START END --verdict LABEL (see lede-cli claim --help)</source>
        <translation>ID START END --verdict LABEL attendus (voir lede-cli claim --help)</translation>
    </message>
    <message>
        <source>--verdict LABEL is required</source>
        <translation>--verdict LABEL est obligatoire</translation>
    </message>
    <message>
        <source>claim %1 added to article %2 [%3-%4]: %5</source>
        <translation>allégation %1 ajoutée à l&apos;article %2 [%3-%4] : %5</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation>Le fichier de bibliothèque.</translation>
    </message>
    <message>
        <source> (see lede-cli %1 --help)</source>
        <translation> (voir lede-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] %1</source>
        <translation>Utilisation : lede-cli [--library PATH] %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier, pas « %2 »</translation>
    </message>
    <message>
        <source>Exports articles with their annotations.</source>
        <translation>Exporte des articles avec leurs annotations.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>L&apos;un de : %1.</translation>
    </message>
    <message>
        <source>Export this article (repeatable; default: all).</source>
        <translation>Exporter cet article (répétable ; par défaut : tous).</translation>
    </message>
    <message>
        <source>The organisation or person publishing.</source>
        <translation>L&apos;organisation ou la personne qui publie.</translation>
    </message>
    <message>
        <source>Where the export will be published.</source>
        <translation>Où l&apos;export sera publié.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheets.</source>
        <translation>CSV : commencer par une marque d&apos;ordre des octets UTF-8, pour les tableurs.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose one of: %2</source>
        <translation>format inconnu « %1 » ; choisissez l&apos;un de : %2</translation>
    </message>
    <message>
        <source>--format is required; choose one of: %1</source>
        <translation>--format est obligatoire ; choisissez l&apos;un de : %1</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT est obligatoire</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the %1 export needs Qt&apos;s GUI module, which could not start</source>
        <translation>l&apos;export %1 nécessite le module graphique de Qt, qui n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>aucun article %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>%n article exporté en %1 vers %2</numerusform>
            <numerusform>%n articles exportés en %1 vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON report.</source>
        <translation>Afficher un rapport JSON.</translation>
    </message>
    <message>
        <source>nothing to import: give files, folders or URLs</source>
        <translation>rien à importer : indiquez des fichiers, des dossiers ou des URL</translation>
    </message>
    <message>
        <source>imported %1: %2 (%3)</source>
        <translation>importé (article %1) : %2 (%3)</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>ignoré : %1 : %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the library&apos;s articles (not those in the trash), oldest import first.</source>
        <translation>Liste les articles de la bibliothèque (sauf ceux de la corbeille), du plus ancien import au plus récent.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata, body, quotes and entities as JSON (no library needed)</source>
        <translation>Afficher métadonnées, corps, citations et entités d&apos;un article en JSON (sans bibliothèque)</translation>
    </message>
    <message>
        <source>List the library&apos;s articles</source>
        <translation>Lister les articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Show an article with its annotations</source>
        <translation>Afficher un article avec ses annotations</translation>
    </message>
    <message>
        <source>Full-text search over titles, bylines and text</source>
        <translation>Recherche plein texte dans les titres, signatures et textes</translation>
    </message>
    <message>
        <source>Add a note on a span of an article</source>
        <translation>Ajouter une note sur un passage d&apos;un article</translation>
    </message>
    <message>
        <source>Record a claim with a verdict on a span of an article</source>
        <translation>Enregistrer une allégation avec un verdict sur un passage d&apos;un article</translation>
    </message>
    <message>
        <source>Export articles and annotations</source>
        <translation>Exporter des articles et des annotations</translation>
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
        <translation>Utilisation : lede-cli [--library PATH] COMMAND [ARGS...]
               lede-cli --version

Parcourir et annoter la couverture médiatique en ligne de commande.

Options :
  --library PATH  Le fichier de bibliothèque (par défaut : %1)
  --version       Afficher la version
  -h, --help      Afficher cette aide ; COMMAND --help affiche celle d&apos;une commande

Commandes :</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 some input failed (the rest was done), 2 usage error or unreadable library.</source>
        <translation>Code de sortie : 0 succès, 1 une entrée a échoué (le reste a été fait), 2 erreur d&apos;utilisation ou bibliothèque illisible.</translation>
    </message>
    <message>
        <source>--library needs a PATH</source>
        <translation>--library nécessite un chemin (PATH)</translation>
    </message>
    <message>
        <source>unknown option %1 (see lede-cli --help)</source>
        <translation>option inconnue %1 (voir lede-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see lede-cli --help)</source>
        <translation>aucune commande indiquée (voir lede-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lede-cli --help)</source>
        <translation>commande inconnue « %1 » (voir lede-cli --help)</translation>
    </message>
    <message>
        <source>Searches titles, bylines and text, best match first. Plain words match words in any form (sanctuary finds sanctuaries); FTS5 syntax also works: &quot;exact phrase&quot;, AND, OR, NOT, NEAR(a b), prefix*, title:word.</source>
        <translation>Recherche dans les titres, signatures et textes, meilleure correspondance d&apos;abord. Les mots simples trouvent toutes leurs formes (sanctuary trouve sanctuaries) ; la syntaxe FTS5 fonctionne aussi : &quot;expression exacte&quot;, AND, OR, NOT, NEAR(a b), préfixe*, title:mot.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Au plus N résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Ce qu&apos;il faut chercher.</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>aucune requête indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Citations :</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(locuteur inconnu)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Allégations :</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sans verdict</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Shows an article with its quotes, entities, notes, claims and tags. Offsets are code points into the body.</source>
        <translation>Affiche un article avec ses citations, entités, notes, allégations et étiquettes. Les positions sont des points de code dans le corps.</translation>
    </message>
    <message>
        <source>Print JSON: analyze&apos;s shape plus id, notes, claims and tags.</source>
        <translation>Afficher du JSON : la forme d&apos;analyze plus id, notes, allégations et étiquettes.</translation>
    </message>
    <message>
        <source>The article&apos;s id (see list).</source>
        <translation>L&apos;identifiant de l&apos;article (voir list).</translation>
    </message>
    <message>
        <source>give exactly one article ID</source>
        <translation>indiquez exactement un ID d&apos;article</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecte</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>de distance</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), RSS, RDF and Atom feeds, or folders of them; web pages and feeds by http(s) URL. For each feed item the linked page is fetched, or the feed&apos;s own text taken when the page fails. Duplicates (same text, or same URL) are skipped and reported.</source>
        <translation>Importe des articles dans la bibliothèque : fichiers texte brut, pages HTML, JSON Lines (un objet article par ligne), flux RSS, RDF et Atom, ou dossiers qui en contiennent ; pages web et flux par URL http(s). Pour chaque élément d&apos;un flux, la page liée est téléchargée, ou le texte du flux lui-même est pris si la page échoue. Les doublons (même texte ou même URL) sont ignorés et signalés.</translation>
    </message>
    <message>
        <source>Take feed items from the feed&apos;s own text; fetch no linked pages.</source>
        <translation>Prendre les éléments du flux dans le texte du flux lui-même ; ne télécharger aucune page liée.</translation>
    </message>
    <message>
        <source>Give up on a server silent for this long (default 30).</source>
        <translation>Abandonner si un serveur reste muet aussi longtemps (30 par défaut).</translation>
    </message>
    <message>
        <source>Files, folders or http(s) URLs to import.</source>
        <translation>Fichiers, dossiers ou URL http(s) à importer.</translation>
    </message>
    <message>
        <source>Import text, HTML, JSON Lines or feed files, folders and URLs into the library</source>
        <translation>Importer des fichiers (texte, HTML, JSON Lines, flux), des dossiers et des URL</translation>
    </message>
    <message>
        <source>Feed subscriptions: add, list, remove, refresh, OPML import and export</source>
        <translation>Abonnements aux flux : ajouter, lister, supprimer, actualiser, importer et exporter en OPML</translation>
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
        <translation>Utilisation : lede-cli [--library PATH] feed SUBCOMMAND [ARGS...]

Suit des flux RSS, RDF et Atom. Une actualisation ne demande à chaque flux que ce qui a changé
(ETag, Last-Modified) et importe les éléments qu&apos;il n&apos;a pas encore livrés : la page liée de
chacun, ou le texte du flux lui-même quand la page échoue.

Sous-commandes :
  add URL [--interval MIN] [--title TEXT]  S&apos;abonner (intervalle d&apos;actualisation en minutes, 60 par défaut)
  list [--json]                            Abonnements avec le nombre de non-lus et les dernières erreurs
  remove ID|URL                            Se désabonner ; les articles importés restent
  refresh [ID|URL...] [--due] [--json]     Vérifier les flux (tous, ou ceux arrivés à échéance) et importer les nouveaux éléments
  opml-import FILE                         S&apos;abonner aux flux qu&apos;énumère un fichier OPML
  opml-export -o FILE                      Écrire les abonnements en OPML

SUBCOMMAND --help affiche les options d&apos;une sous-commande.
</translation>
    </message>
    <message>
        <source>no feed subscription %1 (see lede-cli feed list)</source>
        <translation>aucun abonnement %1 (voir lede-cli feed list)</translation>
    </message>
    <message>
        <source>give one feed URL (see lede-cli feed add --help)</source>
        <translation>indiquez une URL de flux (voir lede-cli feed add --help)</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>--interval must be 1 to %1 minutes, not %2</source>
        <translation>--interval doit être compris entre 1 et %1 minutes, pas %2</translation>
    </message>
    <message>
        <source>subscribed %1: %2 (every %3 min)</source>
        <translation>abonnement %1 créé : %2 (toutes les %3 min)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>toutes les %1 min</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>dernière vérification : %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>no feed subscriptions (add one with lede-cli feed add URL)</source>
        <translation>aucun abonnement à un flux (ajoutez-en un avec lede-cli feed add URL)</translation>
    </message>
    <message>
        <source>give the ID or URL of a subscription (see lede-cli feed list)</source>
        <translation>indiquez l&apos;ID ou l&apos;URL d&apos;un abonnement (voir lede-cli feed list)</translation>
    </message>
    <message>
        <source>unsubscribed %1: %2</source>
        <translation>abonnement %1 supprimé : %2</translation>
    </message>
    <message>
        <source>feed %1 %2: not modified</source>
        <translation>flux %1 %2 : inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4, %5</source>
        <translation>flux %1 %2 : %3 : %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next refresh</source>
        <translation>
            <numerusform>%n reste pour la prochaine actualisation</numerusform>
            <numerusform>%n restent pour la prochaine actualisation</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4</source>
        <translation>flux %1 %2 : %3 : %4</translation>
    </message>
    <message>
        <source>no feed is due</source>
        <translation>aucun flux n&apos;est arrivé à échéance</translation>
    </message>
    <message>
        <source>no feed subscriptions</source>
        <translation>aucun abonnement à un flux</translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation>indiquez un fichier OPML</translation>
    </message>
    <message>
        <source>already subscribed: %1</source>
        <translation>déjà abonné : %1</translation>
    </message>
    <message>
        <source>subscribed %1: %2</source>
        <translation>abonnement %1 créé : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n déjà abonné</numerusform>
            <numerusform>%n déjà abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>indiquez le fichier de sortie avec -o FILE</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>impossible d&apos;écrire (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) written to %1</source>
        <translation>
            <numerusform>%n abonnement écrit dans %1</numerusform>
            <numerusform>%n abonnements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no subcommand given (see lede-cli feed --help)</source>
        <translation>aucune sous-commande indiquée (voir lede-cli feed --help)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Refresh interval in minutes (default 60).</source>
        <translation>Intervalle d&apos;actualisation en minutes (60 par défaut).</translation>
    </message>
    <message>
        <source>The name to show for the feed.</source>
        <translation>Le nom à afficher pour le flux.</translation>
    </message>
    <message>
        <source>Only the feeds whose refresh interval has passed.</source>
        <translation>Seulement les flux dont l&apos;intervalle d&apos;actualisation est écoulé.</translation>
    </message>
    <message>
        <source>The OPML file to write.</source>
        <translation>Le fichier OPML à écrire.</translation>
    </message>
    <message>
        <source>Subscribes the library to a feed.</source>
        <translation>Abonne la bibliothèque à un flux.</translation>
    </message>
    <message>
        <source>The feed&apos;s http(s) URL.</source>
        <translation>L&apos;URL http(s) du flux.</translation>
    </message>
    <message>
        <source>Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error.</source>
        <translation>Liste les abonnements : id, titre, URL, articles non lus, intervalle, dernière vérification et dernière erreur.</translation>
    </message>
    <message>
        <source>Unsubscribes; the articles the feed brought stay.</source>
        <translation>Supprime l&apos;abonnement ; les articles apportés par le flux restent.</translation>
    </message>
    <message>
        <source>Subscription IDs or URLs.</source>
        <translation>ID ou URL d&apos;abonnements.</translation>
    </message>
    <message>
        <source>Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all subscriptions (with --due, those whose interval has passed).</source>
        <translation>Vérifie les flux par un GET conditionnel et importe les éléments jamais vus. Sans FEED, tous les abonnements (avec --due, ceux dont l&apos;intervalle est écoulé).</translation>
    </message>
    <message>
        <source>Subscribes to every feed an OPML file lists.</source>
        <translation>S&apos;abonne à chaque flux qu&apos;énumère un fichier OPML.</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Le fichier OPML.</translation>
    </message>
    <message>
        <source>Writes the subscriptions as an OPML file.</source>
        <translation>Écrit les abonnements dans un fichier OPML.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (see lede-cli feed --help)</source>
        <translation>sous-commande inconnue « %1 » (voir lede-cli feed --help)</translation>
    </message>
    <message>
        <source>the feed is too large</source>
        <translation>le flux est trop volumineux</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600, pas « %1 »</translation>
    </message>
    <message>
        <source>Also report indirect speech (&quot;Negrete said the city would not help&quot;): quotes of kind &quot;indirect&quot; whose span is the reported clause. Without it only quoted words are reported.</source>
        <translation>Signale aussi le discours indirect (&quot;Negrete a dit que la ville n’aiderait pas&quot;) : citations de type &quot;indirect&quot; dont l’étendue est la proposition rapportée. Sans cette option, seuls les mots entre guillemets sont signalés.</translation>
    </message>
    <message>
        <source>Writes a copy of the library to DEST, consistent even while Lede has the library open. DEST is replaced only once the copy is complete; a failed backup leaves no file. Restore by opening the copy.</source>
        <translation>Écrit une copie de la bibliothèque dans DEST, cohérente même quand Lede a la bibliothèque ouverte. DEST n&apos;est remplacé qu&apos;une fois la copie terminée ; une sauvegarde qui échoue ne laisse aucun fichier. Pour restaurer, ouvrez la copie.</translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation>Le fichier où écrire la copie.</translation>
    </message>
    <message>
        <source>expected DEST (see lede-cli backup --help)</source>
        <translation>DEST attendu (voir lede-cli backup --help)</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3)</source>
        <translation>%1 sauvegardée dans %2 (%3)</translation>
    </message>
    <message>
        <source>Write a copy of the library, even while it is open</source>
        <translation>Écrire une copie de la bibliothèque, même ouverte</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it (&apos;&apos;We will vote,&apos;&apos; she said).</source>
        <translation>Lire deux apostrophes (&apos;&apos;) comme un guillemet, comme l&apos;écrivent les archives de presse (&apos;&apos;Nous voterons&apos;&apos;, a-t-elle dit).</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it.</source>
        <translation>Lire deux apostrophes (&apos;&apos;) comme un guillemet, comme l&apos;écrivent les archives de presse.</translation>
    </message>
</context>
<context>
    <name>lede::ArticleListModel</name>
    <message numerus="yes">
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n suggestion à relire</numerusform>
            <numerusform>%n suggestions à relire</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quotes (not rejected)</source>
        <translation>Citations (non rejetées)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDesk</name>
    <message>
        <source>All Claims</source>
        <translation>Toutes les allégations</translation>
    </message>
    <message>
        <source>Show claims of this status</source>
        <translation>Afficher les allégations de cet état</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by words of the claim, its verdict or its article</source>
        <translation>Filtrer par mots de l’allégation, de son verdict ou de son article</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrer les allégations</translation>
    </message>
    <message>
        <source>Claims of the library</source>
        <translation>Allégations de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>how many claims the list shows, of all the library&apos;s claims</extracomment>
        <translation>
            <numerusform>%1 sur %n allégation</numerusform>
            <numerusform>%1 sur %n allégations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::ClaimDeskModel</name>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;allégation</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Enregistrer une allégation</translation>
    </message>
    <message>
        <source>Claimed passage</source>
        <translation>Passage de l&apos;allégation</translation>
    </message>
    <message>
        <source>Claim summary</source>
        <translation>Résumé de l&apos;allégation</translation>
    </message>
    <message>
        <source>The checkable statement, in a sentence</source>
        <translation>L&apos;énoncé vérifiable, en une phrase</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>(no verdict yet)</source>
        <translation>(pas encore de verdict)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>État de l&apos;allégation</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explication :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>lede::ClaimModel</name>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>lede::Commands</name>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Étiqueter les articles</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Enregistrer une allégation</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;allégation</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l&apos;allégation</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Accept Quote</source>
        <translation>Accepter la citation</translation>
    </message>
    <message>
        <source>Reject Quote</source>
        <translation>Rejeter la citation</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Changer le locuteur</translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Étiqueter une entité</translation>
    </message>
    <message>
        <source>Accept Mention</source>
        <translation>Accepter la mention</translation>
    </message>
    <message>
        <source>Reject Mention</source>
        <translation>Rejeter la mention</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Renommer l&apos;entité</translation>
    </message>
    <message>
        <source>Change Entity Kind</source>
        <translation>Changer le type d&apos;entité</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>Split Alias</source>
        <translation>Détacher l&apos;alias</translation>
    </message>
    <message>
        <source>Confirm Entity</source>
        <translation>Confirmer l’entité</translation>
    </message>
    <message>
        <source>Suggest Entity in Other Articles</source>
        <translation>Suggérer l’entité dans d’autres articles</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Analyser à nouveau</translation>
    </message>
</context>
<context>
    <name>lede::EntityDialog</name>
    <message>
        <source>Entity name</source>
        <translation>Nom de l&apos;entité</translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
</context>
<context>
    <name>lede::EntityModel</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Lois</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation>Mentions dans la bibliothèque</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation>Mentions dans cet article</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
</context>
<context>
    <name>lede::EntitySpreadController</name>
    <message>
        <source>Suggesting an entity in other articles</source>
        <translation>Suggestion d’une entité dans d’autres articles</translation>
    </message>
    <message>
        <source>Articles searched</source>
        <translation>Articles parcourus</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles…</source>
        <translation>Suggestion de %1 dans d’autres articles…</translation>
    </message>
    <message>
        <source>Taking back the suggestions of %1…</source>
        <translation>Retrait des suggestions de %1…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: taking back the suggestions of %1…</source>
        <translation>Reprise : retrait des suggestions de %1…</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles (%2 of %3)…</source>
        <translation>Suggestion de %1 dans d’autres articles (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: suggesting %1 in other articles…</source>
        <translation>Reprise : suggestion de %1 dans d’autres articles…</translation>
    </message>
    <message>
        <source>No new mentions of %1 in other articles</source>
        <extracomment>After an entity was confirmed: every other article naming it has a mention of it already</extracomment>
        <translation>%1 : aucune nouvelle mention dans d’autres articles</translation>
    </message>
    <message numerus="yes">
        <source>Mentions of %1 suggested in %n other article(s)</source>
        <extracomment>%1 is one name, or a list of names (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>%1 : mentions suggérées dans %n autre article</numerusform>
            <numerusform>%1 : mentions suggérées dans %n autres articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mentions of them in other articles</source>
        <extracomment>After &quot;Confirmed 2 speakers: A and B&quot;: every other article naming them has mentions already</extracomment>
        <translation>Aucune nouvelle mention dans d’autres articles</translation>
    </message>
    <message numerus="yes">
        <source>Their mentions suggested in %n other article(s)</source>
        <translation>
            <numerusform>Leurs mentions suggérées dans %n autre article</numerusform>
            <numerusform>Leurs mentions suggérées dans %n autres articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::Export</name>
    <message>
        <source>the OpenDocument text could not be written</source>
        <translation>le texte OpenDocument n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the selection has no claims to review</source>
        <translation>la sélection ne contient aucune allégation à vérifier</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>aucun article %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>impossible d&apos;écrire (%1)</translation>
    </message>
    <message>
        <source>in Lede</source>
        <translation>dans Lede</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Open in Lede</source>
        <translation>Ouvrir dans Lede</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Speaker not known</source>
        <translation>Locuteur inconnu</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>, also “%1”</source>
        <translation>, aussi “%1”</translation>
    </message>
    <message>
        <source> — mentioned at %1</source>
        <translation> — mentionnée aux positions %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Pas encore de verdict</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>État : %1 — %2</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exporté le %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecte</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>de distance</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>to-check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>law</source>
        <translation>loi</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code of this translation, for the lang attribute of HTML exports.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>impossible de commencer les pages</translation>
    </message>
    <message>
        <source>Annotations on “%1”</source>
        <translation>Annotations sur « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Annotations on %n article(s)</source>
        <translation>
            <numerusform>Annotations sur %n article</numerusform>
            <numerusform>Annotations sur %n articles</numerusform>
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
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation>Tableau CSV (une ligne par annotation)</translation>
    </message>
    <message>
        <source>JSON bundle (imports back into Lede)</source>
        <translation>Paquet JSON (réimportable dans Lede)</translation>
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
        <translation>Marque d&apos;ordre des octets en tête (pour tableurs)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>The organisation or person publishing</source>
        <translation>L&apos;organisation ou la personne qui publie</translation>
    </message>
    <message>
        <source>Publication URL</source>
        <translation>URL de publication</translation>
    </message>
    <message>
        <source>Where the export will be published (optional)</source>
        <translation>Où l&apos;export sera publié (facultatif)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>Publication &amp;URL:</source>
        <translation>URL de publ&amp;ication :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name</source>
        <translation>%1 : c&apos;est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the format is %3; change one of them</source>
        <translation>%1 : le nom se termine par .%2 mais le format est %3 ; changez l&apos;un des deux</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s) read</source>
        <extracomment>The export&apos;s progress bar: &quot;23,000 of 100,000 articles read&quot;</extracomment>
        <translation>
            <numerusform>%1 sur %Ln article lu</numerusform>
            <numerusform>%1 sur %Ln articles lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export annulé : %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s) as %1 to %2</source>
        <translation>
            <numerusform>%Ln article exporté en %1 dans %2</numerusform>
            <numerusform>%Ln articles exportés en %1 dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>lede::ExportPreview</name>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Preview of the spreadsheet</source>
        <translation>Aperçu du tableau</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>il n&apos;y a aucun article à exporter</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>This selection cannot be written as %1: %2</source>
        <translation>Cette sélection ne peut pas être écrite en %1 : %2</translation>
    </message>
    <message>
        <source>… (the preview stops here)</source>
        <translation>… (l&apos;aperçu s&apos;arrête ici)</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %1 of %Ln article(s).</source>
        <translation>
            <numerusform>Aperçu des %1 premiers sur %Ln article.</numerusform>
            <numerusform>Aperçu des %1 premiers sur %Ln articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %Ln article(s).</source>
        <translation>
            <numerusform>Aperçu de %Ln article.</numerusform>
            <numerusform>Aperçu de %Ln articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation>Le fichier fera %1.</translation>
    </message>
    <message>
        <source>The %1 is laid out from this document.</source>
        <translation>Le fichier (%1) est mis en page à partir de ce document.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Aperçu des pages</translation>
    </message>
</context>
<context>
    <name>lede::ExportScopeBox</name>
    <message>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Articles &amp;tagged</source>
        <translation>Articles é&amp;tiquetés</translation>
    </message>
    <message>
        <source>Saved &amp;search</source>
        <translation>Recherche enre&amp;gistrée</translation>
    </message>
    <message>
        <source>The open &amp;article: %1</source>
        <translation>L&apos;a&amp;rticle ouvert : %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Le %Ln article sélectionné</numerusform>
            <numerusform>Les %Ln articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected articles (select several in the list)</source>
        <translation>Les articles sélectionnés (sélectionnez-en plusieurs dans la liste)</translation>
    </message>
    <message numerus="yes">
        <source>The whole &amp;library (%Ln article(s))</source>
        <translation>
            <numerusform>Toute la &amp;bibliothèque (%Ln article)</numerusform>
            <numerusform>Toute la &amp;bibliothèque (%Ln articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Étiquette à exporter</translation>
    </message>
    <message>
        <source>Saved search to export</source>
        <translation>Recherche enregistrée à exporter</translation>
    </message>
</context>
<context>
    <name>lede::ExportWorker</name>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation>il n&apos;existe pas de format d&apos;export « %1 »</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>il n&apos;y a aucun article à exporter</translation>
    </message>
</context>
<context>
    <name>lede::FeedListModel</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Échec de la dernière vérification : %1</translation>
    </message>
</context>
<context>
    <name>lede::FeedsController</name>
    <message>
        <source>Import &amp;URL…</source>
        <translation>Importer une UR&amp;L…</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Actualiser les flux</translation>
    </message>
    <message>
        <source>Import a web page or a feed by its address</source>
        <translation>Importer une page web ou un flux par son adresse</translation>
    </message>
    <message>
        <source>Add and remove feeds, set how often they are checked</source>
        <translation>Ajouter et supprimer des flux, régler la fréquence de vérification</translation>
    </message>
    <message>
        <source>Check every feed for new articles now</source>
        <translation>Chercher maintenant de nouveaux articles dans tous les flux</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>« %1 » n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Added. Checking the feed…</source>
        <translation>Ajouté. Vérification du flux…</translation>
    </message>
    <message>
        <source>Feed removed; its articles stay in the library.</source>
        <translation>Flux supprimé ; ses articles restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Checking feeds: %1</source>
        <translation>Vérification des flux : %1</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Déjà dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %n new article(s)</source>
        <translation>
            <numerusform>Flux vérifiés : %n nouvel article</numerusform>
            <numerusform>Flux vérifiés : %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Feeds…)</source>
        <translation>
            <numerusform>%n problème (voir Flux…)</numerusform>
            <numerusform>%n problèmes (voir Flux…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed&amp;s…</source>
        <translation>&amp;Flux…</translation>
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
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>New feed address</source>
        <translation>Adresse du nouveau flux</translation>
    </message>
    <message>
        <source>Refresh interval of the new feed</source>
        <translation>Intervalle d&apos;actualisation du nouveau flux</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d&apos;actualisation</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Actualiser &amp;toutes les :</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>New &amp;feed:</source>
        <translation>&amp;Nouveau flux :</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>No feeds yet: add one below.</source>
        <translation>Aucun flux pour l&apos;instant : ajoutez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>lede::FeedsPanel</name>
    <message>
        <source>&lt;b&gt;Feeds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flux&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>lede::FilterPanel</name>
    <message>
        <source>Has &amp;unreviewed suggestions</source>
        <translation>Avec des &amp;suggestions à relire</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Article filters</source>
        <translation>Filtres d&apos;articles</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Filtre par média</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Publié le ou après le</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Publié le ou avant le</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filtre par locuteur</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>Filtre par entité</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Filtre par verdict</translation>
    </message>
    <message>
        <source>Only articles with unreviewed suggestions</source>
        <translation>Seulement les articles avec des suggestions à relire</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>Rec&amp;herches :</translation>
    </message>
    <message>
        <source>Ou&amp;tlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette :</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>Loc&amp;uteur :</translation>
    </message>
    <message>
        <source>Entit&amp;y:</source>
        <translation>Ent&amp;ité :</translation>
    </message>
    <message>
        <source>Ve&amp;rdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Tous les locuteurs</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Choose a saved search</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>lede::FindBar</name>
    <message>
        <source>&amp;Match case</source>
        <translation>Sensi&amp;ble à la casse</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Texte à rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>lede::HighlightLegend</name>
    <message>
        <source>Suggested quote</source>
        <translation>Citation suggérée</translation>
    </message>
    <message>
        <source>Highlight legend</source>
        <translation>Légende des surlignages</translation>
    </message>
</context>
<context>
    <name>lede::HighlightPalette</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
</context>
<context>
    <name>lede::Import</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
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
            <numerusform>%n allégation</numerusform>
            <numerusform>%n allégations</numerusform>
        </translation>
    </message>
    <message>
        <source>no new annotations</source>
        <translation>aucune nouvelle annotation</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>ajouté : %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in this copy)</source>
        <translation>
            <numerusform>, %n non placée (passage introuvable dans cette copie)</numerusform>
            <numerusform>, %n non placées (passages introuvables dans cette copie)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid Lede bundle (%1 at offset %2)</source>
        <translation>paquet Lede non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (not a JSON object)</source>
        <translation>paquet Lede non valide (pas un objet JSON)</translation>
    </message>
    <message>
        <source>a bundle from a newer Lede (version %1; this one reads up to %2)</source>
        <translation>un paquet d&apos;une version plus récente de Lede (version %1 ; celle-ci lit jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (&quot;lede_bundle&quot; is not a version number)</source>
        <translation>paquet Lede non valide (« lede_bundle » n&apos;est pas un numéro de version)</translation>
    </message>
    <message>
        <source>%1: article %2</source>
        <translation>%1 : article %2</translation>
    </message>
    <message>
        <source>the article has no &quot;body&quot; text</source>
        <translation>l&apos;article n&apos;a pas de texte « body »</translation>
    </message>
    <message>
        <source>the bundle holds no articles</source>
        <translation>le paquet ne contient aucun article</translation>
    </message>
    <message numerus="yes">
        <source>%n Hypothesis note(s) added</source>
        <translation>
            <numerusform>%n note Hypothesis ajoutée</numerusform>
            <numerusform>%n notes Hypothesis ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in the article)</source>
        <translation>
            <numerusform>, %n non placée (passage introuvable dans l&apos;article)</numerusform>
            <numerusform>, %n non placées (passages introuvables dans l&apos;article)</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) mark no passage (page notes or replies) and were left out</source>
        <translation>
            <numerusform>%n annotation ne marque aucun passage (note de page ou réponse) et a été ignorée</numerusform>
            <numerusform>%n annotations ne marquent aucun passage (notes de page ou réponses) et ont été ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>no Hypothesis annotations found</source>
        <translation>aucune annotation Hypothesis trouvée</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>empty file, no HTML to read</source>
        <translation>fichier vide, aucun HTML à lire</translation>
    </message>
    <message>
        <source>not an HTML page: the file is %1</source>
        <translation>pas une page HTML : le fichier contient %1</translation>
    </message>
    <message>
        <source>not an HTML page: no document body could be parsed</source>
        <translation>pas une page HTML : aucun corps de document n&apos;a pu être analysé</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>aucun texte d&apos;article trouvé dans la page</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>same URL as article %1</source>
        <translation>même URL que l&apos;article %1</translation>
    </message>
    <message>
        <source>same text as article %1</source>
        <translation>même texte que l&apos;article %1</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (dans la corbeille)</translation>
    </message>
    <message>
        <source>no article in the library has the URL %1; import the article first</source>
        <translation>aucun article de la bibliothèque n&apos;a l&apos;URL %1 ; importez d&apos;abord l&apos;article</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large for an article (%1 MB, the limit is %2 MB)</source>
        <translation>trop volumineux pour un article (%1 Mo, la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>a PDF document, not a text or HTML article</source>
        <translation>un document PDF, pas un article texte ou HTML</translation>
    </message>
    <message>
        <source>no article found</source>
        <translation>aucun article trouvé</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>aucun texte d&apos;article trouvé</translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation>données binaires, pas un article texte</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>pas d&apos;accès au réseau</translation>
    </message>
    <message>
        <source>the feed is malformed (line %1: %2)</source>
        <translation>le flux est mal formé (ligne %1 : %2)</translation>
    </message>
    <message>
        <source>not a feed (not an XML document)</source>
        <translation>n&apos;est pas un flux (pas un document XML)</translation>
    </message>
    <message>
        <source>not an RSS, RDF or Atom feed (the document is &lt;%1&gt;)</source>
        <translation>n&apos;est pas un flux RSS, RDF ou Atom (le document est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the feed is truncated (line %1: %2)</source>
        <translation>le flux est tronqué (ligne %1 : %2)</translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation>le flux compte plus de %1 éléments</translation>
    </message>
    <message>
        <source>the feed is too large (%1 MB, the limit is %2 MB)</source>
        <translation>le flux est trop volumineux (%1 Mo, la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>empty feed</source>
        <translation>flux vide</translation>
    </message>
    <message>
        <source>too large for a subscription list (limit %1 MB)</source>
        <translation>trop volumineux pour une liste d&apos;abonnements (limite : %1 Mo)</translation>
    </message>
    <message>
        <source>not an OPML document (%1)</source>
        <translation>n&apos;est pas un document OPML (%1)</translation>
    </message>
    <message>
        <source>not an OPML document (empty)</source>
        <translation>n&apos;est pas un document OPML (vide)</translation>
    </message>
    <message>
        <source>not an OPML document (the document is &lt;%1&gt;)</source>
        <translation>n&apos;est pas un document OPML (le document est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a feed URL</source>
        <translation>ligne %1 : « %2 » n&apos;est pas une URL de flux</translation>
    </message>
    <message>
        <source>the subscription list is truncated or malformed (line %1: %2)</source>
        <translation>la liste d&apos;abonnements est tronquée ou mal formée (ligne %1 : %2)</translation>
    </message>
    <message>
        <source>a feed, not a web page</source>
        <translation>un flux, pas une page web</translation>
    </message>
    <message>
        <source>the feed item has no text of its own</source>
        <translation>l&apos;élément du flux n&apos;a pas de texte propre</translation>
    </message>
    <message>
        <source>the page holds less text than the feed</source>
        <translation>la page contient moins de texte que le flux</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, RDF or Atom feed</source>
        <translation>un fichier XML qui n&apos;est pas un flux RSS, RDF ou Atom</translation>
    </message>
    <message>
        <source>a web page that names no RSS or Atom feed</source>
        <translation>une page web qui ne nomme aucun flux RSS ou Atom</translation>
    </message>
    <message>
        <source>its feed %1: %2</source>
        <translation>son flux %1 : %2</translation>
    </message>
</context>
<context>
    <name>lede::ImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation>La bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>lede::LibraryBackup</name>
    <message>
        <source>a backup cannot replace the library itself</source>
        <translation>une sauvegarde ne peut pas remplacer la bibliothèque elle-même</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
</context>
<context>
    <name>lede::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Nombre d&apos;articles</translation>
    </message>
    <message>
        <source>Annotations of the open article</source>
        <translation>Annotations de l&apos;article ouvert</translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation>%1 — Lede</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Lede&lt;/h2&gt;&lt;p&gt;This library has no articles yet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Add the demo article&lt;/a&gt; (a city-council story with quotes to review), or &lt;a href=&quot;lede:import&quot;&gt;import files&lt;/a&gt; (File ▸ Import Files, Ctrl+I), or drop files on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Lede&lt;/h2&gt;&lt;p&gt;Cette bibliothèque ne contient encore aucun article.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Ajoutez l&apos;article de démonstration&lt;/a&gt; (un sujet de conseil municipal avec des citations à relire), &lt;a href=&quot;lede:import&quot;&gt;importez des fichiers&lt;/a&gt; (Fichier ▸ Importer des fichiers, Ctrl+I) ou déposez des fichiers sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an article in the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un article dans la liste.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%n article dans la corbeille</numerusform>
            <numerusform>%n articles dans la corbeille</numerusform>
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
            <numerusform>%n article correspond</numerusform>
            <numerusform>%n articles correspondent</numerusform>
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
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
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
            <numerusform>%n allégation</numerusform>
            <numerusform>%n allégations</numerusform>
        </translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Importer &amp;des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer &amp;un dossier…</translation>
    </message>
    <message>
        <source>Import the &amp;Demo Article</source>
        <translation>&amp;Importer l&apos;article de démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>R&amp;echercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Z&amp;oom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Aller au &amp;lecteur</translation>
    </message>
    <message>
        <source>Open &amp;Link in Browser</source>
        <translation>&amp;Ouvrir le lien dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Tag Articles…</source>
        <translation>Étiqueter &amp;les articles…</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation>À &amp;propos de Lede</translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation>À propos de Lede</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Browse and annotate news coverage: quotes, speakers, entities, notes and claims.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Parcourir et annoter la couverture médiatique : citations, locuteurs, entités, notes et allégations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Bibliothèques récentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K): words, &quot;a phrase&quot;, negr*, NOT trump</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+K) : mots, &quot;une expression&quot;, negr*, NOT trump</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Bibliothèque ouverte : %1</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede)</source>
        <translation>Bibliothèques Lede (*.lede)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede);;All files (*)</source>
        <translation>Bibliothèques Lede (*.lede);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Étiqueter les articles</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n article(s):</source>
        <translation>
            <numerusform>Étiquette pour %n article :</numerusform>
            <numerusform>Étiquette pour %n articles :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n article mis à la corbeille (Ctrl+Z pour annuler)</numerusform>
            <numerusform>%n articles mis à la corbeille (Ctrl+Z pour annuler)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored</source>
        <translation>
            <numerusform>%n article restauré</numerusform>
            <numerusform>%n articles restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La corbeille est vide</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their annotations? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n article de la corbeille, avec ses annotations ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n articles de la corbeille, avec leurs annotations ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted</source>
        <translation>
            <numerusform>%n article supprimé</numerusform>
            <numerusform>%n articles supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the search (the query and the filters):</source>
        <translation>Nom de la recherche (la requête et les filtres) :</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;</source>
        <translation>Recherche « %1 » enregistrée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotations sidebar&lt;/h3&gt;&lt;p&gt;Alt+Q, Alt+I, Alt+O, Alt+L: Quotes, Entities, Notes, Claims. The one-key shortcuts (A, R, N, S, M, P, F2, Del) work while that list has the focus; Return edits the current row.&lt;/p&gt;&lt;h3&gt;Reader&lt;/h3&gt;&lt;p&gt;Move with the arrow keys, select with Shift; Return on a highlight shows it in the sidebar. Ctrl+F finds text and selects it, ready to annotate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Panneau des annotations&lt;/h3&gt;&lt;p&gt;Alt+C, Alt+T, Alt+O, Alt+G : Citations, Entités, Notes, Allégations. Les raccourcis à une touche (A, R, N, S, M, P, F2, Suppr) fonctionnent quand cette liste a le focus ; Entrée modifie la ligne courante.&lt;/p&gt;&lt;h3&gt;Lecteur&lt;/h3&gt;&lt;p&gt;Déplacez-vous avec les flèches, sélectionnez avec Maj ; Entrée sur un surlignage l&apos;affiche dans le panneau. Ctrl+F trouve du texte et le sélectionne, prêt à annoter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote…</source>
        <translation>&amp;Marquer comme citation…</translation>
    </message>
    <message>
        <source>Tag &amp;Entity…</source>
        <translation>É&amp;tiqueter une entité…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <source>Record &amp;Claim…</source>
        <translation>Enregistrer &amp;une allégation…</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Acce&amp;pter la suggestion</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>R&amp;ejeter la suggestion</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation>&amp;Suggestion suivante à relire</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Changer le locuteur…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation>Locuteur…</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>&amp;Fusionner des entités…</translation>
    </message>
    <message>
        <source>S&amp;plit Alias Out…</source>
        <translation>&amp;Détacher un alias…</translation>
    </message>
    <message>
        <source>Accept Entity&apos;s Mentions Here</source>
        <translation>Accepter ici les mentions de l&apos;entité</translation>
    </message>
    <message>
        <source>Reject Entity&apos;s Mentions Here</source>
        <translation>Rejeter ici les mentions de l&apos;entité</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Détacher…</translation>
    </message>
    <message>
        <source>Ed&amp;it Note or Claim…</source>
        <translation>Modifier la &amp;note ou l&apos;allégation…</translation>
    </message>
    <message>
        <source>&amp;Delete Note or Claim</source>
        <translation>Supprimer &amp;la note ou l&apos;allégation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Sélectionnez d&apos;abord du texte dans l&apos;article</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Étiqueter une entité</translation>
    </message>
    <message>
        <source>No quotes left to review in this article</source>
        <translation>Plus aucune citation à relire dans cet article</translation>
    </message>
    <message>
        <source>No suggested mentions of %1 in this article</source>
        <translation>Aucune mention suggérée de %1 dans cet article</translation>
    </message>
    <message>
        <source>Accept Mentions</source>
        <translation>Accepter les mentions</translation>
    </message>
    <message>
        <source>Reject Mentions</source>
        <translation>Rejeter les mentions</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Modifier l&apos;entité</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entity(ies) into %1</source>
        <translation>
            <numerusform>%n entité fusionnée dans %1</numerusform>
            <numerusform>%n entités fusionnées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its aliases into:</source>
        <translation>Fusionner « %1 » et ses alias dans :</translation>
    </message>
    <message>
        <source>%1 has no other alias to split out</source>
        <translation>%1 n&apos;a pas d&apos;autre alias à détacher</translation>
    </message>
    <message>
        <source>Split Alias Out</source>
        <translation>Détacher un alias</translation>
    </message>
    <message>
        <source>Make this alias of &quot;%1&quot; an entity of its own:</source>
        <translation>Faire de cet alias de « %1 » une entité à part entière :</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <comment>toolbar</comment>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Mark as Quote…</source>
        <comment>toolbar</comment>
        <translation>Citation…</translation>
    </message>
    <message>
        <source>Tag Entity…</source>
        <comment>toolbar</comment>
        <translation>Entité…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <comment>toolbar</comment>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Record Claim…</source>
        <comment>toolbar</comment>
        <translation>Allégation…</translation>
    </message>
    <message>
        <source>Show Filters</source>
        <comment>toolbar</comment>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Rename or Re-&amp;kind Entity…</source>
        <translation>&amp;Renommer ou changer le type de l&apos;entité…</translation>
    </message>
    <message>
        <source>Show Filt&amp;ers</source>
        <translation>Afficher les &amp;filtres</translation>
    </message>
    <message>
        <source>Go to Article Li&amp;st</source>
        <translation>Aller à la liste &amp;des articles</translation>
    </message>
    <message>
        <source>&amp;Go to Annotations</source>
        <translation>&amp;Aller aux annotations</translation>
    </message>
    <message>
        <source>lede://article/%1: there is no such article in %2</source>
        <translation>lede://article/%1 : cet article n&apos;existe pas dans %2</translation>
    </message>
    <message>
        <source>The linked passage (%1–%2) is not in this version of the article</source>
        <translation>Le passage lié (%1–%2) ne figure pas dans cette version de l&apos;article</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) or folder(s) will be imported next</source>
        <translation>
            <numerusform>%n autre fichier ou dossier sera importé ensuite</numerusform>
            <numerusform>%n autres fichiers ou dossiers seront importés ensuite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n queued file(s) or folder(s) not imported)</source>
        <translation>
            <numerusform>(%n fichier ou dossier en attente non importé)</numerusform>
            <numerusform>(%n fichiers ou dossiers en attente non importés)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>Ordre &amp;décroissant</translation>
    </message>
    <message>
        <source>Sort Articles &amp;By</source>
        <translation>Tr&amp;ier les articles par</translation>
    </message>
    <message>
        <source>&amp;Analyse Again…</source>
        <translation>A&amp;nalyser à nouveau…</translation>
    </message>
    <message>
        <source>Wait for the import to finish, then analyse again.</source>
        <translation>Attendez la fin de l’importation, puis analysez à nouveau.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %Ln article(s)…</source>
        <translation>
            <numerusform>Analyse de %Ln article…</numerusform>
            <numerusform>Analyse de %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) analysed again</source>
        <translation>
            <numerusform>%n article analysé à nouveau</numerusform>
            <numerusform>%n articles analysés à nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions kept</source>
        <translation>
            <numerusform>%n de vos décisions conservée</numerusform>
            <numerusform>%n de vos décisions conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped: %1</source>
        <translation>L’analyse s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggested Quotes</source>
        <translation>Accepter t&amp;outes les citations suggérées</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Accept All Quotes</source>
        <translation>Accepter toutes les citations</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n quote(s)</source>
        <translation>
            <numerusform>%n citation acceptée</numerusform>
            <numerusform>%n citations acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) suggested</source>
        <translation>
            <numerusform>%n citation suggérée</numerusform>
            <numerusform>%n citations suggérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) suggested</source>
        <translation>
            <numerusform>%n mention d’entité suggérée</numerusform>
            <numerusform>%n mentions d’entités suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n speaker(s): %1</source>
        <extracomment>%1 is a list of names in the language&apos;s own form (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>%n locuteur confirmé : %1</numerusform>
            <numerusform>%n locuteurs confirmés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Impossible d’imprimer : %1</translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them</source>
        <translation>Ouvrez un article, ou sélectionnez des articles dans la liste, pour les imprimer</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>%n article envoyé à l’imprimante</numerusform>
            <numerusform>%n articles envoyés à l’imprimante</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Printing stopped</source>
        <translation>Impression arrêtée</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>%1 backup %2.lede</source>
        <translation>%1 sauvegarde %2.lede</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Could not back up the library: %1</source>
        <translation>Impossible de sauvegarder la bibliothèque : %1</translation>
    </message>
    <message>
        <source>Library backed up to %1 (%2)</source>
        <translation>Bibliothèque sauvegardée dans %1 (%2)</translation>
    </message>
    <message>
        <source>Could not back up the library: %1: the folder cannot be created</source>
        <translation>Impossible de sauvegarder la bibliothèque : %1 : le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>Automatic backup written to %1 (%2)</source>
        <translation>Sauvegarde automatique écrite dans %1 (%2)</translation>
    </message>
    <message>
        <source>All &amp;Claims…</source>
        <translation>Toutes les allé&amp;gations…</translation>
    </message>
    <message>
        <source>This article writes quotation marks as two apostrophes (&apos;&apos;): Settings ▸ Analysis can read them, then Article ▸ Analyse Again.</source>
        <translation>Cet article écrit les guillemets avec deux apostrophes (&apos;&apos;) : Paramètres ▸ Analyse peut les lire, puis Article ▸ Analyser à nouveau.</translation>
    </message>
</context>
<context>
    <name>lede::Network</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>de l&apos;audio ou de la vidéo</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>une police de caractères</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>une archive</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un document bureautique</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>des données JSON</translation>
    </message>
    <message>
        <source>%1 (%2), not a web page or feed</source>
        <translation>%1 (%2), ni une page web ni un flux</translation>
    </message>
    <message>
        <source>too large (%1 MB, the limit is %2 MB)</source>
        <translation>trop volumineux (%1 Mo, la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>too large (more than %1 MB)</source>
        <translation>trop volumineux (plus de %1 Mo)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1; a redirect loop?)</source>
        <translation>trop de redirections (plus de %1 ; une boucle de redirections ?)</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; not followed</source>
        <translation>redirection de HTTPS vers HTTP non chiffré ; non suivie</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>the compressed response is damaged or too large once decompressed</source>
        <translation>la réponse compressée est endommagée ou trop volumineuse une fois décompressée</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>aucune réponse du serveur depuis %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>le serveur a envoyé une réponse vide</translation>
    </message>
</context>
<context>
    <name>lede::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Passage annoté</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>lede::NoteModel</name>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>lede::QuoteDialog</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Who said it (empty: unknown)</source>
        <translation>Qui l&apos;a dit (vide : inconnu)</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>Type de citation</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Locuteur :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Changer le locuteur</translation>
    </message>
</context>
<context>
    <name>lede::QuoteModel</name>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirecte</translation>
    </message>
    <message>
        <source>Scare quote</source>
        <translation>Guillemets de distance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Verbe</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>lede::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Select text and use the Annotate menu to mark quotes, entities, notes and claims</source>
        <translation>Sélectionnez du texte et utilisez le menu Annoter pour marquer citations, entités, notes et allégations</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No byline, outlet or date</source>
        <translation>Ni signature, ni média, ni date</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <source>Quote (suggested): %1</source>
        <translation>Citation (suggérée) : %1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Citation : %1</translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation>Entité : %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Claim (%1): %2</source>
        <translation>Allégation (%1) : %2</translation>
    </message>
</context>
<context>
    <name>lede::ReanalysisDialog</name>
    <message>
        <source>Analyse Again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>What to analyse again</source>
        <translation>Quoi analyser à nouveau</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalyser</translation>
    </message>
    <message>
        <source>The quotes, speakers and entities Lede suggested are found again with this version&apos;s analysis and the entities confirmed in this library. Quotes and mentions you accepted, rejected or marked yourself stay as they are, and nothing new is suggested where they are.</source>
        <translation>Les citations, les locuteurs et les entités que Lede a suggérés sont cherchés à nouveau avec l’analyse de cette version et les entités confirmées dans cette bibliothèque. Les citations et mentions que vous avez acceptées, rejetées ou marquées vous-même restent telles quelles, et rien de nouveau n’est suggéré à leur place.</translation>
    </message>
    <message>
        <source>There is no article to analyse again.</source>
        <translation>Il n’y a aucun article à analyser à nouveau.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts the replaced suggestions back.</source>
        <translation>Édition ▸ Annuler remet les suggestions remplacées.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the suggestions of %n article(s) and cannot be undone.</source>
        <translation>
            <numerusform>Cela remplace les suggestions de %n article et ne peut pas être annulé.</numerusform>
            <numerusform>Cela remplace les suggestions de %n articles et ne peut pas être annulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cela ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>lede::ReportPrinting</name>
    <message>
        <source>there is no article to print</source>
        <translation>il n’y a aucun article à imprimer</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>the printer %1 is not available</source>
        <translation>l’imprimante %1 n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>lede::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name, for exports</source>
        <translation>Votre nom, pour les exports</translation>
    </message>
    <message>
        <source>Organisation, for exports</source>
        <translation>Organisation, pour les exports</translation>
    </message>
    <message>
        <source>Verdict scale, truest first, one per line</source>
        <translation>Échelle des verdicts, du plus vrai au moins vrai, un par ligne</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Taille de police du lecteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation :</translation>
    </message>
    <message>
        <source>&amp;Verdict scale
(truest first):</source>
        <translation>Échelle des &amp;verdicts
(le plus vrai d&apos;abord) :</translation>
    </message>
    <message>
        <source>%1 highlight colour</source>
        <translation>Couleur de surlignage : %1</translation>
    </message>
    <message>
        <source>%1 colour:</source>
        <translation>Couleur (%1) :</translation>
    </message>
    <message>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Taille de police du lecteur :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Lede starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Lede.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>How often the open library is backed up</source>
        <translation>Fréquence de sauvegarde de la bibliothèque ouverte</translation>
    </message>
    <message>
        <source>&amp;Back up the open library:</source>
        <translation>&amp;Sauvegarder la bibliothèque ouverte :</translation>
    </message>
    <message>
        <source>Backups kept of each library</source>
        <translation>Sauvegardes conservées de chaque bibliothèque</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>Sauvegardes &amp;conservées :</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Folder of the Automatic Backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>Each library gets a folder of its own there. To restore a backup, open it with File ▸ Open Library.</source>
        <translation>Chaque bibliothèque y a son propre dossier. Pour restaurer une sauvegarde, ouvrez-la avec Fichier ▸ Ouvrir une bibliothèque.</translation>
    </message>
    <message>
        <source>Read two &amp;apostrophes (&apos;&apos;) as a quotation mark, as news archives write it</source>
        <translation>Lire deux &amp;apostrophes (&apos;&apos;) comme un guillemet, comme l&apos;écrivent les archives de presse</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Analyse :</translation>
    </message>
    <message>
        <source>For articles imported or analysed again from now on (Article ▸ Analyse Again…).</source>
        <translation>Pour les articles importés ou analysés à nouveau dorénavant (Article ▸ Analyser à nouveau…).</translation>
    </message>
</context>
<context>
    <name>lede::Sidebar</name>
    <message>
        <source>This arti&amp;cle only</source>
        <translation>Cet artic&amp;le seulement</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Filtrer les entités par nom ou alias</translation>
    </message>
    <message>
        <source>Show only the entities of this article</source>
        <translation>N&apos;afficher que les entités de cet article</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <source>Ent&amp;ities</source>
        <translation>En&amp;tités</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Allé&amp;gations</translation>
    </message>
</context>
<context>
    <name>lede::Storage</name>
    <message>
        <source>invalid search query: %1</source>
        <translation>requête de recherche non valide : %1</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>aucun article %1</translation>
    </message>
    <message>
        <source>no such library</source>
        <translation>bibliothèque introuvable</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a library file</source>
        <translation>est un dossier, pas un fichier de bibliothèque</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>not a Lede library (not an SQLite database)</source>
        <translation>pas une bibliothèque Lede (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>not a Lede library (an SQLite database of another program)</source>
        <translation>pas une bibliothèque Lede (une base de données SQLite d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>written by a newer version of Lede (library schema %1, this version reads up to %2); it was left untouched</source>
        <translation>écrite par une version plus récente de Lede (schéma de bibliothèque %1, cette version lit jusqu&apos;au %2) ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (%1)</source>
        <translation>impossible de passer la bibliothèque en mode WAL (%1)</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>la migration %1 est manquante</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité doit avoir un nom</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>une entité ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>no such entity</source>
        <translation>entité introuvable</translation>
    </message>
    <message>
        <source>no such alias</source>
        <translation>alias introuvable</translation>
    </message>
    <message>
        <source>the canonical name cannot be split out</source>
        <translation>le nom canonique ne peut pas être détaché</translation>
    </message>
    <message>
        <source>an entity named &quot;%1&quot; exists already</source>
        <translation>une entité nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>span %1-%2 is not inside article %3 (its text has %4 characters)</source>
        <translation>l&apos;étendue %1-%2 n&apos;est pas dans l&apos;article %3 (son texte compte %4 caractères)</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;; the library&apos;s scale is: %2</source>
        <translation>verdict inconnu « %1 » ; l&apos;échelle de la bibliothèque est : %2</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>une recherche enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>requête vide</translation>
    </message>
    <message>
        <source>the library is locked by another program</source>
        <translation>la bibliothèque est verrouillée par un autre programme</translation>
    </message>
    <message>
        <source>not a Lede library (file is not a database)</source>
        <translation>pas une bibliothèque Lede (le fichier n&apos;est pas une base de données)</translation>
    </message>
    <message>
        <source>the refresh interval must be 1 to %1 minutes</source>
        <translation>l&apos;intervalle d&apos;actualisation doit être compris entre 1 et %1 minutes</translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation>déjà abonné à %1</translation>
    </message>
    <message>
        <source>no feed subscription %1</source>
        <translation>aucun abonnement %1</translation>
    </message>
    <message>
        <source>too many suggestions for one article</source>
        <translation>trop de suggestions pour un seul article</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>la connexion de la bibliothèque n&apos;est pas SQLite</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>la bibliothèque n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>lede::UrlImportDialog</name>
    <message>
        <source>Import URL</source>
        <translation>Importer une URL</translation>
    </message>
    <message>
        <source>Address of a news page or a feed (RSS, Atom):</source>
        <translation>Adresse d&apos;une page d&apos;actualité ou d&apos;un flux (RSS, Atom) :</translation>
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
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://.</source>
        <translation>Saisissez une adresse qui commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
</context>
<context>
    <name>lede::WebImportWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The library: %1</source>
        <translation>La bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and annotate news coverage.</source>
        <translation>Parcourir et annoter la couverture médiatique.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Ouvrir ce fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>Open the demo library (created on first use).</source>
        <translation>Ouvrir la bibliothèque de démonstration (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted article list, and quit.</source>
        <translation>Afficher le temps entre le démarrage et le premier affichage de la liste d&apos;articles, puis quitter.</translation>
    </message>
    <message>
        <source>Articles to import, a library file to open, or a lede://article/ID link.</source>
        <translation>Articles à importer, un fichier de bibliothèque à ouvrir ou un lien lede://article/ID.</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque : %1</translation>
    </message>
</context>
</TS>
