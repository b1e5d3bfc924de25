<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>lede-cli</name>
    <message>
        <source>no article found</source>
        <translation>no se encontró ningún artículo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>Reads articles (plain text or HTML) and prints their metadata, body, quotes and entities as JSON; one object per line, each with &quot;file&quot;, when given several files. No library is needed.</source>
        <translation>Lee artículos (texto plano o HTML) e imprime sus metadatos, cuerpo, citas y entidades en JSON; con varios archivos, un objeto por línea, cada uno con &quot;file&quot;. No necesita biblioteca.</translation>
    </message>
    <message>
        <source>Take the file as the body exactly as it is (offsets match the file).</source>
        <translation>Tomar el archivo tal cual como cuerpo (las posiciones coinciden con el archivo).</translation>
    </message>
    <message>
        <source>Print JSON (the only output form).</source>
        <translation>Imprimir JSON (la única forma de salida).</translation>
    </message>
    <message>
        <source>Article files.</source>
        <translation>Archivos de artículos.</translation>
    </message>
    <message>
        <source>no file given (see lede-cli analyze --help)</source>
        <translation>no se indicó ningún archivo (véase lede-cli analyze --help)</translation>
    </message>
    <message>
        <source>END (%1) must be greater than START (%2)</source>
        <translation>END (%1) debe ser mayor que START (%2)</translation>
    </message>
    <message>
        <source>Adds a note on the span START..END (code points, end exclusive, as show --json prints them) of article ID.</source>
        <translation>Añade una nota sobre el tramo START..END (puntos de código, fin excluido, como los imprime show --json) del artículo ID.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>El id del artículo.</translation>
    </message>
    <message>
        <source>Where the passage begins.</source>
        <translation>Dónde empieza el pasaje.</translation>
    </message>
    <message>
        <source>Where it ends (exclusive).</source>
        <translation>Dónde termina (excluido).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La nota.</translation>
    </message>
    <message>
        <source>expected ID START END TEXT (see lede-cli note --help)</source>
        <translation>se esperaba ID START END TEXT (véase lede-cli note --help)</translation>
    </message>
    <message>
        <source>note %1 added to article %2 [%3-%4]</source>
        <translation>nota %1 añadida al artículo %2 [%3-%4]</translation>
    </message>
    <message>
        <source>Records a claim on the span START..END of article ID, with a verdict from the library&apos;s verdict scale (True, Mostly true, Half true, Mostly false, False, Pants on fire unless changed).</source>
        <translation>Registra una afirmación sobre el tramo START..END del artículo ID, con un veredicto de la escala de la biblioteca (True, Mostly true, Half true, Mostly false, False, Pants on fire, salvo que se haya cambiado).</translation>
    </message>
    <message>
        <source>The verdict&apos;s label (any case).</source>
        <translation>La etiqueta del veredicto (mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <source>The claim in a sentence (default: the passage).</source>
        <translation>La afirmación en una frase (por defecto: el pasaje).</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>Por qué ese veredicto.</translation>
    </message>
    <message>
        <source>Where the claim begins.</source>
        <translation>Dónde empieza la afirmación.</translation>
    </message>
    <message>
        <source>expected ID START END --verdict LABEL (see lede-cli claim --help)</source>
        <translation>se esperaba ID START END --verdict LABEL (véase lede-cli claim --help)</translation>
    </message>
    <message>
        <source>--verdict LABEL is required</source>
        <translation>--verdict LABEL es obligatorio</translation>
    </message>
    <message>
        <source>claim %1 added to article %2 [%3-%4]: %5</source>
        <translation>afirmación %1 añadida al artículo %2 [%3-%4]: %5</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation>El archivo de la biblioteca.</translation>
    </message>
    <message>
        <source> (see lede-cli %1 --help)</source>
        <translation> (véase lede-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: lede-cli [--library PATH] %1</source>
        <translation>Uso: lede-cli [--library PATH] %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 debe ser un número entero, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Exports articles with their annotations.</source>
        <translation>Exporta artículos con sus anotaciones.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>Export this article (repeatable; default: all).</source>
        <translation>Exportar este artículo (repetible; por defecto: todos).</translation>
    </message>
    <message>
        <source>The organisation or person publishing.</source>
        <translation>La organización o persona que publica.</translation>
    </message>
    <message>
        <source>Where the export will be published.</source>
        <translation>Dónde se publicará la exportación.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheets.</source>
        <translation>CSV: empezar con una marca de orden de bytes UTF-8, para hojas de cálculo.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose one of: %2</source>
        <translation>formato desconocido &quot;%1&quot;; elija uno de: %2</translation>
    </message>
    <message>
        <source>--format is required; choose one of: %1</source>
        <translation>--format es obligatorio; elija uno de: %1</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT es obligatorio</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the %1 export needs Qt&apos;s GUI module, which could not start</source>
        <translation>la exportación %1 necesita el módulo gráfico de Qt, que no pudo iniciarse</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n article(s) as %1 to %2</source>
        <translation>
            <numerusform>%n artículo exportado como %1 a %2</numerusform>
            <numerusform>%n artículos exportados como %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON report.</source>
        <translation>Imprimir un informe en JSON.</translation>
    </message>
    <message>
        <source>nothing to import: give files, folders or URLs</source>
        <translation>nada que importar: indique archivos, carpetas o URL</translation>
    </message>
    <message>
        <source>imported %1: %2 (%3)</source>
        <translation>importado (artículo %1): %2 (%3)</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>omitido: %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importado</numerusform>
            <numerusform>%n importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the library&apos;s articles (not those in the trash), oldest import first.</source>
        <translation>Lista los artículos de la biblioteca (no los de la papelera), del importado hace más tiempo al más reciente.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata, body, quotes and entities as JSON (no library needed)</source>
        <translation>Imprimir metadatos, cuerpo, citas y entidades de un artículo en JSON (sin biblioteca)</translation>
    </message>
    <message>
        <source>List the library&apos;s articles</source>
        <translation>Listar los artículos de la biblioteca</translation>
    </message>
    <message>
        <source>Show an article with its annotations</source>
        <translation>Mostrar un artículo con sus anotaciones</translation>
    </message>
    <message>
        <source>Full-text search over titles, bylines and text</source>
        <translation>Búsqueda de texto completo en títulos, firmas y texto</translation>
    </message>
    <message>
        <source>Add a note on a span of an article</source>
        <translation>Añadir una nota sobre un tramo de un artículo</translation>
    </message>
    <message>
        <source>Record a claim with a verdict on a span of an article</source>
        <translation>Registrar una afirmación con veredicto sobre un tramo de un artículo</translation>
    </message>
    <message>
        <source>Export articles and annotations</source>
        <translation>Exportar artículos y anotaciones</translation>
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
        <translation>Uso: lede-cli [--library PATH] COMMAND [ARGS...]
     lede-cli --version

Explore y anote la cobertura informativa desde la línea de órdenes.

Opciones:
  --library PATH  El archivo de la biblioteca (por defecto: %1)
  --version       Imprimir la versión
  -h, --help      Mostrar esta ayuda; COMMAND --help muestra la de una orden

Órdenes:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 some input failed (the rest was done), 2 usage error or unreadable library.</source>
        <translation>Código de salida: 0 éxito, 1 alguna entrada falló (el resto se hizo), 2 error de uso o biblioteca ilegible.</translation>
    </message>
    <message>
        <source>--library needs a PATH</source>
        <translation>--library necesita una ruta (PATH)</translation>
    </message>
    <message>
        <source>unknown option %1 (see lede-cli --help)</source>
        <translation>opción desconocida %1 (véase lede-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see lede-cli --help)</source>
        <translation>no se indicó ninguna orden (véase lede-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lede-cli --help)</source>
        <translation>orden desconocida &quot;%1&quot; (véase lede-cli --help)</translation>
    </message>
    <message>
        <source>Searches titles, bylines and text, best match first. Plain words match words in any form (sanctuary finds sanctuaries); FTS5 syntax also works: &quot;exact phrase&quot;, AND, OR, NOT, NEAR(a b), prefix*, title:word.</source>
        <translation>Busca en títulos, firmas y texto, con la mejor coincidencia primero. Las palabras sueltas encuentran cualquier forma (sanctuary encuentra sanctuaries); también vale la sintaxis FTS5: &quot;frase exacta&quot;, AND, OR, NOT, NEAR(a b), prefijo*, title:palabra.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Como máximo N resultados (por defecto 50).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Qué buscar.</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>no se indicó ninguna búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n artículo encontrado</numerusform>
            <numerusform>%n artículos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Citas:</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(hablante desconocido)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Afirmaciones:</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Shows an article with its quotes, entities, notes, claims and tags. Offsets are code points into the body.</source>
        <translation>Muestra un artículo con sus citas, entidades, notas, afirmaciones y etiquetas. Las posiciones son puntos de código en el cuerpo.</translation>
    </message>
    <message>
        <source>Print JSON: analyze&apos;s shape plus id, notes, claims and tags.</source>
        <translation>Imprimir JSON: la forma de analyze más id, notas, afirmaciones y etiquetas.</translation>
    </message>
    <message>
        <source>The article&apos;s id (see list).</source>
        <translation>El id del artículo (véase list).</translation>
    </message>
    <message>
        <source>give exactly one article ID</source>
        <translation>indique exactamente un ID de artículo</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>de distancia</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Imports articles into the library: plain-text files, HTML pages, JSON Lines (one article object per line), RSS, RDF and Atom feeds, or folders of them; web pages and feeds by http(s) URL. For each feed item the linked page is fetched, or the feed&apos;s own text taken when the page fails. Duplicates (same text, or same URL) are skipped and reported.</source>
        <translation>Importa artículos a la biblioteca: archivos de texto plano, páginas HTML, JSON Lines (un objeto de artículo por línea), fuentes RSS, RDF y Atom, o carpetas que los contengan; páginas web y fuentes por URL http(s). De cada elemento de una fuente se descarga la página enlazada, o se toma el texto de la propia fuente si la página falla. Los duplicados (mismo texto o misma URL) se omiten y se indican.</translation>
    </message>
    <message>
        <source>Take feed items from the feed&apos;s own text; fetch no linked pages.</source>
        <translation>Tomar los elementos de la fuente de su propio texto; no descargar las páginas enlazadas.</translation>
    </message>
    <message>
        <source>Give up on a server silent for this long (default 30).</source>
        <translation>Abandonar si un servidor no responde durante este tiempo (por defecto 30).</translation>
    </message>
    <message>
        <source>Files, folders or http(s) URLs to import.</source>
        <translation>Archivos, carpetas o URL http(s) que importar.</translation>
    </message>
    <message>
        <source>Import text, HTML, JSON Lines or feed files, folders and URLs into the library</source>
        <translation>Importar archivos (texto, HTML, JSON Lines, fuentes), carpetas y URL a la biblioteca</translation>
    </message>
    <message>
        <source>Feed subscriptions: add, list, remove, refresh, OPML import and export</source>
        <translation>Suscripciones a fuentes: añadir, listar, quitar, actualizar, importar y exportar OPML</translation>
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
        <translation>Uso: lede-cli [--library PATH] feed SUBCOMMAND [ARGS...]

Sigue fuentes RSS, RDF y Atom. Cada actualización pide a cada fuente solo lo que ha cambiado
(ETag, Last-Modified) e importa los elementos que aún no ha entregado: la página enlazada de
cada uno, o el texto propio de la fuente cuando la página falla.

Subórdenes:
  add URL [--interval MIN] [--title TEXT]  Suscribirse (intervalo de actualización en minutos, 60 por defecto)
  list [--json]                            Suscripciones con artículos sin leer y últimos errores
  remove ID|URL                            Cancelar la suscripción; los artículos importados se quedan
  refresh [ID|URL...] [--due] [--json]     Comprobar fuentes (todas o las pendientes) e importar elementos nuevos
  opml-import FILE                         Suscribirse a las fuentes que enumera un archivo OPML
  opml-export -o FILE                      Escribir las suscripciones como OPML

SUBCOMMAND --help muestra las opciones de una suborden.
</translation>
    </message>
    <message>
        <source>no feed subscription %1 (see lede-cli feed list)</source>
        <translation>no existe la suscripción %1 (véase lede-cli feed list)</translation>
    </message>
    <message>
        <source>give one feed URL (see lede-cli feed add --help)</source>
        <translation>indique una URL de fuente (véase lede-cli feed add --help)</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>no es una URL http o https</translation>
    </message>
    <message>
        <source>--interval must be 1 to %1 minutes, not %2</source>
        <translation>--interval debe estar entre 1 y %1 minutos, no %2</translation>
    </message>
    <message>
        <source>subscribed %1: %2 (every %3 min)</source>
        <translation>suscripción %1 creada: %2 (cada %3 min)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>cada %1 min</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>última comprobación: %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nunca comprobada</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>no feed subscriptions (add one with lede-cli feed add URL)</source>
        <translation>no hay suscripciones a fuentes (añada una con lede-cli feed add URL)</translation>
    </message>
    <message>
        <source>give the ID or URL of a subscription (see lede-cli feed list)</source>
        <translation>indique el ID o la URL de una suscripción (véase lede-cli feed list)</translation>
    </message>
    <message>
        <source>unsubscribed %1: %2</source>
        <translation>suscripción %1 cancelada: %2</translation>
    </message>
    <message>
        <source>feed %1 %2: not modified</source>
        <translation>fuente %1 %2: sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4, %5</source>
        <translation>fuente %1 %2: %3: %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next refresh</source>
        <translation>
            <numerusform>%n queda para la próxima actualización</numerusform>
            <numerusform>%n quedan para la próxima actualización</numerusform>
        </translation>
    </message>
    <message>
        <source>feed %1 %2: %3: %4</source>
        <translation>fuente %1 %2: %3: %4</translation>
    </message>
    <message>
        <source>no feed is due</source>
        <translation>ninguna fuente está pendiente</translation>
    </message>
    <message>
        <source>no feed subscriptions</source>
        <translation>no hay suscripciones a fuentes</translation>
    </message>
    <message>
        <source>give one OPML file</source>
        <translation>indique un archivo OPML</translation>
    </message>
    <message>
        <source>already subscribed: %1</source>
        <translation>suscripción ya existente: %1</translation>
    </message>
    <message>
        <source>subscribed %1: %2</source>
        <translation>suscripción %1 creada: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n ya existente</numerusform>
            <numerusform>%n ya existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>indique el archivo de salida con -o FILE</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>no se puede escribir (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) written to %1</source>
        <translation>
            <numerusform>%n suscripción escrita en %1</numerusform>
            <numerusform>%n suscripciones escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no subcommand given (see lede-cli feed --help)</source>
        <translation>no se indicó ninguna suborden (véase lede-cli feed --help)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Refresh interval in minutes (default 60).</source>
        <translation>Intervalo de actualización en minutos (por defecto 60).</translation>
    </message>
    <message>
        <source>The name to show for the feed.</source>
        <translation>El nombre que se mostrará para la fuente.</translation>
    </message>
    <message>
        <source>Only the feeds whose refresh interval has passed.</source>
        <translation>Solo las fuentes cuyo intervalo de actualización ha pasado.</translation>
    </message>
    <message>
        <source>The OPML file to write.</source>
        <translation>El archivo OPML que se escribirá.</translation>
    </message>
    <message>
        <source>Subscribes the library to a feed.</source>
        <translation>Suscribe la biblioteca a una fuente.</translation>
    </message>
    <message>
        <source>The feed&apos;s http(s) URL.</source>
        <translation>La URL http(s) de la fuente.</translation>
    </message>
    <message>
        <source>Lists the subscriptions: id, title, URL, unread articles, interval, last check and last error.</source>
        <translation>Lista las suscripciones: id, título, URL, artículos sin leer, intervalo, última comprobación y último error.</translation>
    </message>
    <message>
        <source>Unsubscribes; the articles the feed brought stay.</source>
        <translation>Cancela la suscripción; los artículos que trajo la fuente se quedan.</translation>
    </message>
    <message>
        <source>Subscription IDs or URLs.</source>
        <translation>ID o URL de suscripciones.</translation>
    </message>
    <message>
        <source>Checks feeds with a conditional GET and imports the items not seen before. Without FEED, all subscriptions (with --due, those whose interval has passed).</source>
        <translation>Comprueba las fuentes con un GET condicional e importa los elementos no vistos antes. Sin FEED, todas las suscripciones (con --due, aquellas cuyo intervalo ha pasado).</translation>
    </message>
    <message>
        <source>Subscribes to every feed an OPML file lists.</source>
        <translation>Se suscribe a todas las fuentes que enumera un archivo OPML.</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>El archivo OPML.</translation>
    </message>
    <message>
        <source>Writes the subscriptions as an OPML file.</source>
        <translation>Escribe las suscripciones como archivo OPML.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (see lede-cli feed --help)</source>
        <translation>suborden desconocida &quot;%1&quot; (véase lede-cli feed --help)</translation>
    </message>
    <message>
        <source>the feed is too large</source>
        <translation>la fuente es demasiado grande</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 3600, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Also report indirect speech (&quot;Negrete said the city would not help&quot;): quotes of kind &quot;indirect&quot; whose span is the reported clause. Without it only quoted words are reported.</source>
        <translation>También informa del discurso indirecto (&quot;Negrete dijo que la ciudad no ayudaría&quot;): citas de tipo &quot;indirect&quot; cuyo tramo es la oración referida. Sin esta opción solo se informa de las palabras entre comillas.</translation>
    </message>
    <message>
        <source>Writes a copy of the library to DEST, consistent even while Lede has the library open. DEST is replaced only once the copy is complete; a failed backup leaves no file. Restore by opening the copy.</source>
        <translation>Escribe una copia de la biblioteca en DEST, coherente aunque Lede tenga la biblioteca abierta. DEST solo se reemplaza cuando la copia está completa; una copia fallida no deja ningún archivo. Para restaurar, abra la copia.</translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation>El archivo donde escribir la copia.</translation>
    </message>
    <message>
        <source>expected DEST (see lede-cli backup --help)</source>
        <translation>se esperaba DEST (véase lede-cli backup --help)</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3)</source>
        <translation>copia de %1 escrita en %2 (%3)</translation>
    </message>
    <message>
        <source>Write a copy of the library, even while it is open</source>
        <translation>Escribir una copia de la biblioteca, aunque esté abierta</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it (&apos;&apos;We will vote,&apos;&apos; she said).</source>
        <translation>Leer dos apóstrofos (&apos;&apos;) como comillas, como las escriben los archivos de prensa (&apos;&apos;Votaremos&apos;&apos;, dijo ella).</translation>
    </message>
    <message>
        <source>Read two apostrophes (&apos;&apos;) as a quotation mark, as news archives write it.</source>
        <translation>Leer dos apóstrofos (&apos;&apos;) como comillas, como las escriben los archivos de prensa.</translation>
    </message>
</context>
<context>
    <name>lede::ArticleListModel</name>
    <message numerus="yes">
        <source>%n suggestion(s) waiting for review</source>
        <translation>
            <numerusform>%n sugerencia pendiente de revisión</numerusform>
            <numerusform>%n sugerencias pendientes de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n por revisar</numerusform>
            <numerusform>%n por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Quotes (not rejected)</source>
        <translation>Citas (no rechazadas)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDesk</name>
    <message>
        <source>All Claims</source>
        <translation>Todas las afirmaciones</translation>
    </message>
    <message>
        <source>Show claims of this status</source>
        <translation>Mostrar las afirmaciones en este estado</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by words of the claim, its verdict or its article</source>
        <translation>Filtrar por palabras de la afirmación, su veredicto o su artículo</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrar afirmaciones</translation>
    </message>
    <message>
        <source>Claims of the library</source>
        <translation>Afirmaciones de la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>how many claims the list shows, of all the library&apos;s claims</extracomment>
        <translation>
            <numerusform>%1 de %n afirmación</numerusform>
            <numerusform>%1 de %n afirmaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::ClaimDeskModel</name>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
</context>
<context>
    <name>lede::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Registrar afirmación</translation>
    </message>
    <message>
        <source>Claimed passage</source>
        <translation>Pasaje de la afirmación</translation>
    </message>
    <message>
        <source>Claim summary</source>
        <translation>Resumen de la afirmación</translation>
    </message>
    <message>
        <source>The checkable statement, in a sentence</source>
        <translation>La afirmación verificable, en una frase</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>(no verdict yet)</source>
        <translation>(aún sin veredicto)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Estado de la afirmación</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Pasaje:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredicto:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicación:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
</context>
<context>
    <name>lede::ClaimModel</name>
    <message>
        <source>To check</source>
        <translation>Por verificar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>lede::Commands</name>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Etiquetar artículos</translation>
    </message>
    <message>
        <source>Record Claim</source>
        <translation>Registrar afirmación</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Borrar afirmación</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Accept Quote</source>
        <translation>Aceptar cita</translation>
    </message>
    <message>
        <source>Reject Quote</source>
        <translation>Rechazar cita</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Cambiar hablante</translation>
    </message>
    <message>
        <source>Mark as Quote</source>
        <translation>Marcar como cita</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Etiquetar entidad</translation>
    </message>
    <message>
        <source>Accept Mention</source>
        <translation>Aceptar mención</translation>
    </message>
    <message>
        <source>Reject Mention</source>
        <translation>Rechazar mención</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Renombrar entidad</translation>
    </message>
    <message>
        <source>Change Entity Kind</source>
        <translation>Cambiar tipo de entidad</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>Split Alias</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <source>Confirm Entity</source>
        <translation>Confirmar entidad</translation>
    </message>
    <message>
        <source>Suggest Entity in Other Articles</source>
        <translation>Sugerir la entidad en otros artículos</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Analizar de nuevo</translation>
    </message>
</context>
<context>
    <name>lede::EntityDialog</name>
    <message>
        <source>Entity name</source>
        <translation>Nombre de la entidad</translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>lede::EntityModel</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation>Menciones en la biblioteca</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation>Menciones en este artículo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
</context>
<context>
    <name>lede::EntitySpreadController</name>
    <message>
        <source>Suggesting an entity in other articles</source>
        <translation>Sugiriendo una entidad en otros artículos</translation>
    </message>
    <message>
        <source>Articles searched</source>
        <translation>Artículos revisados</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles…</source>
        <translation>Sugiriendo %1 en otros artículos…</translation>
    </message>
    <message>
        <source>Taking back the suggestions of %1…</source>
        <translation>Retirando las sugerencias de %1…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: taking back the suggestions of %1…</source>
        <translation>Reanudando: se retiran las sugerencias de %1…</translation>
    </message>
    <message>
        <source>Suggesting %1 in other articles (%2 of %3)…</source>
        <translation>Sugiriendo %1 en otros artículos (%2 de %3)…</translation>
    </message>
    <message>
        <source>Finishing what was started earlier: suggesting %1 in other articles…</source>
        <translation>Reanudando: se sugiere %1 en otros artículos…</translation>
    </message>
    <message>
        <source>No new mentions of %1 in other articles</source>
        <extracomment>After an entity was confirmed: every other article naming it has a mention of it already</extracomment>
        <translation>Ninguna mención nueva de %1 en otros artículos</translation>
    </message>
    <message numerus="yes">
        <source>Mentions of %1 suggested in %n other article(s)</source>
        <extracomment>%1 is one name, or a list of names (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>Menciones de %1 sugeridas en %n artículo más</numerusform>
            <numerusform>Menciones de %1 sugeridas en %n artículos más</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mentions of them in other articles</source>
        <extracomment>After &quot;Confirmed 2 speakers: A and B&quot;: every other article naming them has mentions already</extracomment>
        <translation>Ninguna mención nueva en otros artículos</translation>
    </message>
    <message numerus="yes">
        <source>Their mentions suggested in %n other article(s)</source>
        <translation>
            <numerusform>Sus menciones sugeridas en %n artículo más</numerusform>
            <numerusform>Sus menciones sugeridas en %n artículos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lede::Export</name>
    <message>
        <source>the OpenDocument text could not be written</source>
        <translation>no se pudo escribir el texto OpenDocument</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>the selection has no claims to review</source>
        <translation>la selección no tiene afirmaciones que revisar</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>no se puede escribir (%1)</translation>
    </message>
    <message>
        <source>in Lede</source>
        <translation>en Lede</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Open in Lede</source>
        <translation>Abrir en Lede</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Speaker not known</source>
        <translation>Hablante desconocido</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>, also “%1”</source>
        <translation>, también “%1”</translation>
    </message>
    <message>
        <source> — mentioned at %1</source>
        <translation> — mencionada en las posiciones %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Aún sin veredicto</translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation>Estado: %1 — %2</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportado el %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>de distancia</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>to-check</source>
        <translation>por verificar</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>law</source>
        <translation>ley</translation>
    </message>
    <message>
        <source>event</source>
        <translation>acontecimiento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code of this translation, for the lang attribute of HTML exports.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>no se pudieron empezar las páginas</translation>
    </message>
    <message>
        <source>Annotations on “%1”</source>
        <translation>Anotaciones sobre «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Annotations on %n article(s)</source>
        <translation>
            <numerusform>Anotaciones sobre %n artículo</numerusform>
            <numerusform>Anotaciones sobre %n artículos</numerusform>
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
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texto OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation>Hoja de cálculo CSV (una fila por anotación)</translation>
    </message>
    <message>
        <source>JSON bundle (imports back into Lede)</source>
        <translation>Paquete JSON (se reimporta en Lede)</translation>
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
        <translation>Con marca de orden de bytes (para hojas de cálculo)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>The organisation or person publishing</source>
        <translation>La organización o persona que publica</translation>
    </message>
    <message>
        <source>Publication URL</source>
        <translation>URL de publicación</translation>
    </message>
    <message>
        <source>Where the export will be published (optional)</source>
        <translation>Dónde se publicará la exportación (opcional)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Auto&amp;r:</translation>
    </message>
    <message>
        <source>Publication &amp;URL:</source>
        <translation>&amp;URL de publicación:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name</source>
        <translation>%1: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the format is %3; change one of them</source>
        <translation>%1: el nombre termina en .%2 pero el formato es %3; cambie uno de los dos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s) read</source>
        <extracomment>The export&apos;s progress bar: &quot;23,000 of 100,000 articles read&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln artículo leído</numerusform>
            <numerusform>%1 de %Ln artículos leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Exportación cancelada: no se ha escrito %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s) as %1 to %2</source>
        <translation>
            <numerusform>Exportado %Ln artículo como %1 en %2</numerusform>
            <numerusform>Exportados %Ln artículos como %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>lede::ExportPreview</name>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Preview of the spreadsheet</source>
        <translation>Vista previa de la hoja de cálculo</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>no hay artículos que exportar</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>This selection cannot be written as %1: %2</source>
        <translation>Esta selección no se puede escribir como %1: %2</translation>
    </message>
    <message>
        <source>… (the preview stops here)</source>
        <translation>… (la vista previa termina aquí)</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %1 of %Ln article(s).</source>
        <translation>
            <numerusform>Vista previa de los primeros %1 de %Ln artículo.</numerusform>
            <numerusform>Vista previa de los primeros %1 de %Ln artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %Ln article(s).</source>
        <translation>
            <numerusform>Vista previa de %Ln artículo.</numerusform>
            <numerusform>Vista previa de %Ln artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation>El archivo ocupará %1.</translation>
    </message>
    <message>
        <source>The %1 is laid out from this document.</source>
        <translation>El archivo (%1) se compone a partir de este documento.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
</context>
<context>
    <name>lede::ExportScopeBox</name>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Articles &amp;tagged</source>
        <translation>Artículos con la e&amp;tiqueta</translation>
    </message>
    <message>
        <source>Saved &amp;search</source>
        <translation>Búsqueda &amp;guardada</translation>
    </message>
    <message>
        <source>The open &amp;article: %1</source>
        <translation>El artículo a&amp;bierto: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>El %Ln artículo seleccionado</numerusform>
            <numerusform>Los %Ln artículos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected articles (select several in the list)</source>
        <translation>Los artículos seleccionados (seleccione varios en la lista)</translation>
    </message>
    <message numerus="yes">
        <source>The whole &amp;library (%Ln article(s))</source>
        <translation>
            <numerusform>Toda la b&amp;iblioteca (%Ln artículo)</numerusform>
            <numerusform>Toda la b&amp;iblioteca (%Ln artículos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Etiqueta que exportar</translation>
    </message>
    <message>
        <source>Saved search to export</source>
        <translation>Búsqueda guardada que exportar</translation>
    </message>
</context>
<context>
    <name>lede::ExportWorker</name>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation>no existe el formato de exportación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there are no articles to export</source>
        <translation>no hay artículos que exportar</translation>
    </message>
</context>
<context>
    <name>lede::FeedListModel</name>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>La última comprobación falló: %1</translation>
    </message>
</context>
<context>
    <name>lede::FeedsController</name>
    <message>
        <source>Import &amp;URL…</source>
        <translation>Importar &amp;URL…</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Actualizar fuentes</translation>
    </message>
    <message>
        <source>Import a web page or a feed by its address</source>
        <translation>Importar una página web o una fuente por su dirección</translation>
    </message>
    <message>
        <source>Add and remove feeds, set how often they are checked</source>
        <translation>Añadir y quitar fuentes, y fijar cada cuánto se comprueban</translation>
    </message>
    <message>
        <source>Check every feed for new articles now</source>
        <translation>Buscar ahora artículos nuevos en todas las fuentes</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>«%1» no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>Added. Checking the feed…</source>
        <translation>Añadida. Comprobando la fuente…</translation>
    </message>
    <message>
        <source>Feed removed; its articles stay in the library.</source>
        <translation>Fuente quitada; sus artículos siguen en la biblioteca.</translation>
    </message>
    <message>
        <source>Checking feeds: %1</source>
        <translation>Comprobando fuentes: %1</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Ya está en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n artículo importado</numerusform>
            <numerusform>%n artículos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %n new article(s)</source>
        <translation>
            <numerusform>Fuentes comprobadas: %n artículo nuevo</numerusform>
            <numerusform>Fuentes comprobadas: %n artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Feeds…)</source>
        <translation>
            <numerusform>%n problema (véase Fuentes…)</numerusform>
            <numerusform>%n problemas (véase Fuentes…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed&amp;s…</source>
        <translation>&amp;Fuentes…</translation>
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
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml</source>
        <translation>https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>New feed address</source>
        <translation>Dirección de la nueva fuente</translation>
    </message>
    <message>
        <source>Refresh interval of the new feed</source>
        <translation>Intervalo de actualización de la nueva fuente</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Actualizar ca&amp;da:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>New &amp;feed:</source>
        <translation>Nueva &amp;fuente:</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>No feeds yet: add one below.</source>
        <translation>Aún no hay fuentes: añada una abajo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
</context>
<context>
    <name>lede::FeedsPanel</name>
    <message>
        <source>&lt;b&gt;Feeds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fuentes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>lede::FilterPanel</name>
    <message>
        <source>Has &amp;unreviewed suggestions</source>
        <translation>Con su&amp;gerencias sin revisar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Article filters</source>
        <translation>Filtros de artículos</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Filtro por medio</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Publicado el o después del</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Publicado el o antes del</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filtro por hablante</translation>
    </message>
    <message>
        <source>Entity filter</source>
        <translation>Filtro por entidad</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Filtro por veredicto</translation>
    </message>
    <message>
        <source>Only articles with unreviewed suggestions</source>
        <translation>Solo artículos con sugerencias sin revisar</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Borrar la búsqueda guardada</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>&amp;Búsquedas:</translation>
    </message>
    <message>
        <source>Ou&amp;tlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Fec&amp;has:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>Hab&amp;lante:</translation>
    </message>
    <message>
        <source>Entit&amp;y:</source>
        <translation>En&amp;tidad:</translation>
    </message>
    <message>
        <source>Ve&amp;rdict:</source>
        <translation>Vered&amp;icto:</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Cualquier medio</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Cualquier hablante</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Cualquier entidad</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Choose a saved search</source>
        <translation>Elegir búsqueda</translation>
    </message>
</context>
<context>
    <name>lede::FindBar</name>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Texto que buscar en el artículo</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>lede::HighlightLegend</name>
    <message>
        <source>Suggested quote</source>
        <translation>Cita sugerida</translation>
    </message>
    <message>
        <source>Highlight legend</source>
        <translation>Leyenda de resaltados</translation>
    </message>
</context>
<context>
    <name>lede::HighlightPalette</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
</context>
<context>
    <name>lede::Import</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no new annotations</source>
        <translation>ninguna anotación nueva</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>añadido: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in this copy)</source>
        <translation>
            <numerusform>, %n sin ubicar (pasaje no encontrado en esta copia)</numerusform>
            <numerusform>, %n sin ubicar (pasajes no encontrados en esta copia)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid Lede bundle (%1 at offset %2)</source>
        <translation>no es un paquete de Lede válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (not a JSON object)</source>
        <translation>no es un paquete de Lede válido (no es un objeto JSON)</translation>
    </message>
    <message>
        <source>a bundle from a newer Lede (version %1; this one reads up to %2)</source>
        <translation>un paquete de un Lede más reciente (versión %1; este lee hasta la %2)</translation>
    </message>
    <message>
        <source>not a valid Lede bundle (&quot;lede_bundle&quot; is not a version number)</source>
        <translation>no es un paquete de Lede válido (&quot;lede_bundle&quot; no es un número de versión)</translation>
    </message>
    <message>
        <source>%1: article %2</source>
        <translation>%1: artículo %2</translation>
    </message>
    <message>
        <source>the article has no &quot;body&quot; text</source>
        <translation>el artículo no tiene texto en &quot;body&quot;</translation>
    </message>
    <message>
        <source>the bundle holds no articles</source>
        <translation>el paquete no contiene artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n Hypothesis note(s) added</source>
        <translation>
            <numerusform>%n nota de Hypothesis añadida</numerusform>
            <numerusform>%n notas de Hypothesis añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed (passage not found in the article)</source>
        <translation>
            <numerusform>, %n sin ubicar (pasaje no encontrado en el artículo)</numerusform>
            <numerusform>, %n sin ubicar (pasajes no encontrados en el artículo)</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON no válido (%1 en la posición %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) mark no passage (page notes or replies) and were left out</source>
        <translation>
            <numerusform>%n anotación no marca ningún pasaje (nota de página o respuesta) y se omitió</numerusform>
            <numerusform>%n anotaciones no marcan ningún pasaje (notas de página o respuestas) y se omitieron</numerusform>
        </translation>
    </message>
    <message>
        <source>no Hypothesis annotations found</source>
        <translation>no se encontraron anotaciones de Hypothesis</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>empty file, no HTML to read</source>
        <translation>archivo vacío, no hay HTML que leer</translation>
    </message>
    <message>
        <source>not an HTML page: the file is %1</source>
        <translation>no es una página HTML: el archivo contiene %1</translation>
    </message>
    <message>
        <source>not an HTML page: no document body could be parsed</source>
        <translation>no es una página HTML: no se pudo analizar el cuerpo del documento</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>no se encontró texto de artículo en la página</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>same URL as article %1</source>
        <translation>misma URL que el artículo %1</translation>
    </message>
    <message>
        <source>same text as article %1</source>
        <translation>mismo texto que el artículo %1</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (en la papelera)</translation>
    </message>
    <message>
        <source>no article in the library has the URL %1; import the article first</source>
        <translation>ningún artículo de la biblioteca tiene la URL %1; importe primero el artículo</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>too large for an article (%1 MB, the limit is %2 MB)</source>
        <translation>demasiado grande para un artículo (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>a PDF document, not a text or HTML article</source>
        <translation>un documento PDF, no un artículo de texto o HTML</translation>
    </message>
    <message>
        <source>no article found</source>
        <translation>no se encontró ningún artículo</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>no se encontró texto de artículo</translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation>datos binarios, no un artículo de texto</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>sin acceso a la red</translation>
    </message>
    <message>
        <source>the feed is malformed (line %1: %2)</source>
        <translation>la fuente está mal formada (línea %1: %2)</translation>
    </message>
    <message>
        <source>not a feed (not an XML document)</source>
        <translation>no es una fuente (no es un documento XML)</translation>
    </message>
    <message>
        <source>not an RSS, RDF or Atom feed (the document is &lt;%1&gt;)</source>
        <translation>no es una fuente RSS, RDF ni Atom (el documento es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the feed is truncated (line %1: %2)</source>
        <translation>la fuente está truncada (línea %1: %2)</translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation>la fuente tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>the feed is too large (%1 MB, the limit is %2 MB)</source>
        <translation>la fuente es demasiado grande (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <source>empty feed</source>
        <translation>fuente vacía</translation>
    </message>
    <message>
        <source>too large for a subscription list (limit %1 MB)</source>
        <translation>demasiado grande para una lista de suscripciones (límite: %1 MB)</translation>
    </message>
    <message>
        <source>not an OPML document (%1)</source>
        <translation>no es un documento OPML (%1)</translation>
    </message>
    <message>
        <source>not an OPML document (empty)</source>
        <translation>no es un documento OPML (vacío)</translation>
    </message>
    <message>
        <source>not an OPML document (the document is &lt;%1&gt;)</source>
        <translation>no es un documento OPML (el documento es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a feed URL</source>
        <translation>línea %1: &quot;%2&quot; no es una URL de fuente</translation>
    </message>
    <message>
        <source>the subscription list is truncated or malformed (line %1: %2)</source>
        <translation>la lista de suscripciones está truncada o mal formada (línea %1: %2)</translation>
    </message>
    <message>
        <source>a feed, not a web page</source>
        <translation>una fuente, no una página web</translation>
    </message>
    <message>
        <source>the feed item has no text of its own</source>
        <translation>el elemento de la fuente no tiene texto propio</translation>
    </message>
    <message>
        <source>the page holds less text than the feed</source>
        <translation>la página contiene menos texto que la fuente</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, RDF or Atom feed</source>
        <translation>un archivo XML que no es un canal RSS, RDF ni Atom</translation>
    </message>
    <message>
        <source>a web page that names no RSS or Atom feed</source>
        <translation>una página web que no nombra ningún canal RSS ni Atom</translation>
    </message>
    <message>
        <source>its feed %1: %2</source>
        <translation>su canal %1: %2</translation>
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
        <translation>La biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>lede::LibraryBackup</name>
    <message>
        <source>a backup cannot replace the library itself</source>
        <translation>una copia de seguridad no puede reemplazar la propia biblioteca</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
</context>
<context>
    <name>lede::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>Annotations of the open article</source>
        <translation>Anotaciones del artículo abierto</translation>
    </message>
    <message>
        <source>%1 — Lede</source>
        <translation>%1 — Lede</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Lede&lt;/h2&gt;&lt;p&gt;This library has no articles yet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Add the demo article&lt;/a&gt; (a city-council story with quotes to review), or &lt;a href=&quot;lede:import&quot;&gt;import files&lt;/a&gt; (File ▸ Import Files, Ctrl+I), or drop files on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Lede&lt;/h2&gt;&lt;p&gt;Esta biblioteca aún no tiene artículos.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;lede:demo&quot;&gt;Añada el artículo de demostración&lt;/a&gt; (una noticia municipal con citas por revisar), &lt;a href=&quot;lede:import&quot;&gt;importe archivos&lt;/a&gt; (Archivo ▸ Importar archivos, Ctrl+I) o arrastre archivos a esta ventana.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an article in the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un artículo de la lista.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%n artículo en la papelera</numerusform>
            <numerusform>%n artículos en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n artículo coincide</numerusform>
            <numerusform>%n artículos coinciden</numerusform>
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
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n por revisar</numerusform>
            <numerusform>%n por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n artículo importado</numerusform>
            <numerusform>%n artículos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n ya estaba en la biblioteca</numerusform>
            <numerusform>%n ya estaban en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n archivo no se pudo importar.</numerusform>
            <numerusform>%n archivos no se pudieron importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Abrir &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Importar &amp;archivos…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import the &amp;Demo Article</source>
        <translation>&amp;Importar el artículo de demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Buscar &amp;en el artículo…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>B&amp;uscar anterior</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>&amp;Mostrar la papelera</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Ir &amp;al lector</translation>
    </message>
    <message>
        <source>Open &amp;Link in Browser</source>
        <translation>&amp;Abrir enlace en el navegador</translation>
    </message>
    <message>
        <source>&amp;Tag Articles…</source>
        <translation>&amp;Etiquetar artículos…</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Restaurar de la papelera</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos &amp;de teclado</translation>
    </message>
    <message>
        <source>&amp;About Lede</source>
        <translation>&amp;Acerca de Lede</translation>
    </message>
    <message>
        <source>About Lede</source>
        <translation>Acerca de Lede</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Browse and annotate news coverage: quotes, speakers, entities, notes and claims.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lede %1&lt;/b&gt;&lt;p&gt;Explore y anote la cobertura informativa: citas, hablantes, entidades, notas y afirmaciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtículo</translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K): words, &quot;a phrase&quot;, negr*, NOT trump</source>
        <translation>Buscar en la biblioteca (Ctrl+K): palabras, &quot;una frase&quot;, negr*, NOT trump</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Biblioteca abierta: %1</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: %2</source>
        <translation>No se puede abrir la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede)</source>
        <translation>Bibliotecas de Lede (*.lede)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Lede libraries (*.lede);;All files (*)</source>
        <translation>Bibliotecas de Lede (*.lede);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)</source>
        <translation>Artículos (*.txt *.html *.htm *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>Etiquetar artículos</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n article(s):</source>
        <translation>
            <numerusform>Etiqueta para %n artículo:</numerusform>
            <numerusform>Etiqueta para %n artículos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n artículo movido a la papelera (Ctrl+Z para deshacer)</numerusform>
            <numerusform>%n artículos movidos a la papelera (Ctrl+Z para deshacer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored</source>
        <translation>
            <numerusform>%n artículo restaurado</numerusform>
            <numerusform>%n artículos restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their annotations? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar definitivamente %n artículo de la papelera, con sus anotaciones? No se puede deshacer.</numerusform>
            <numerusform>¿Borrar definitivamente %n artículos de la papelera, con sus anotaciones? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted</source>
        <translation>
            <numerusform>%n artículo borrado</numerusform>
            <numerusform>%n artículos borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name of the search (the query and the filters):</source>
        <translation>Nombre de la búsqueda (la consulta y los filtros):</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;</source>
        <translation>Búsqueda &quot;%1&quot; guardada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotations sidebar&lt;/h3&gt;&lt;p&gt;Alt+Q, Alt+I, Alt+O, Alt+L: Quotes, Entities, Notes, Claims. The one-key shortcuts (A, R, N, S, M, P, F2, Del) work while that list has the focus; Return edits the current row.&lt;/p&gt;&lt;h3&gt;Reader&lt;/h3&gt;&lt;p&gt;Move with the arrow keys, select with Shift; Return on a highlight shows it in the sidebar. Ctrl+F finds text and selects it, ready to annotate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barra de anotaciones&lt;/h3&gt;&lt;p&gt;Alt+C, Alt+S, Alt+O, Alt+F: Citas, Entidades, Notas, Afirmaciones. Los atajos de una tecla (A, R, N, S, M, P, F2, Supr) funcionan mientras esa lista tiene el foco; Intro edita la fila actual.&lt;/p&gt;&lt;h3&gt;Lector&lt;/h3&gt;&lt;p&gt;Muévase con las flechas y seleccione con Mayús; Intro sobre un resaltado lo muestra en la barra lateral. Ctrl+F busca texto y lo selecciona, listo para anotar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote…</source>
        <translation>&amp;Marcar como cita…</translation>
    </message>
    <message>
        <source>Tag &amp;Entity…</source>
        <translation>E&amp;tiquetar entidad…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Aña&amp;dir nota…</translation>
    </message>
    <message>
        <source>Record &amp;Claim…</source>
        <translation>R&amp;egistrar afirmación…</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aceptar sugerencia</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Rechazar sugerencia</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation>S&amp;iguiente sin revisar</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Cambiar hablante…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation>Hablante…</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>&amp;Fusionar entidades…</translation>
    </message>
    <message>
        <source>S&amp;plit Alias Out…</source>
        <translation>&amp;Separar alias…</translation>
    </message>
    <message>
        <source>Accept Entity&apos;s Mentions Here</source>
        <translation>Aceptar aquí las menciones de la entidad</translation>
    </message>
    <message>
        <source>Reject Entity&apos;s Mentions Here</source>
        <translation>Rechazar aquí las menciones de la entidad</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Separar…</translation>
    </message>
    <message>
        <source>Ed&amp;it Note or Claim…</source>
        <translation>Editar &amp;nota o afirmación…</translation>
    </message>
    <message>
        <source>&amp;Delete Note or Claim</source>
        <translation>&amp;Borrar nota o afirmación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Primero seleccione texto en el artículo</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>Etiquetar entidad</translation>
    </message>
    <message>
        <source>No quotes left to review in this article</source>
        <translation>No quedan citas por revisar en este artículo</translation>
    </message>
    <message>
        <source>No suggested mentions of %1 in this article</source>
        <translation>No hay menciones sugeridas de %1 en este artículo</translation>
    </message>
    <message>
        <source>Accept Mentions</source>
        <translation>Aceptar menciones</translation>
    </message>
    <message>
        <source>Reject Mentions</source>
        <translation>Rechazar menciones</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Editar entidad</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entity(ies) into %1</source>
        <translation>
            <numerusform>%n entidad fusionada en %1</numerusform>
            <numerusform>%n entidades fusionadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its aliases into:</source>
        <translation>Fusionar &quot;%1&quot; y sus alias en:</translation>
    </message>
    <message>
        <source>%1 has no other alias to split out</source>
        <translation>%1 no tiene otro alias que separar</translation>
    </message>
    <message>
        <source>Split Alias Out</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <source>Make this alias of &quot;%1&quot; an entity of its own:</source>
        <translation>Convertir este alias de &quot;%1&quot; en una entidad propia:</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <comment>toolbar</comment>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Mark as Quote…</source>
        <comment>toolbar</comment>
        <translation>Cita…</translation>
    </message>
    <message>
        <source>Tag Entity…</source>
        <comment>toolbar</comment>
        <translation>Entidad…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <comment>toolbar</comment>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Record Claim…</source>
        <comment>toolbar</comment>
        <translation>Afirmación…</translation>
    </message>
    <message>
        <source>Show Filters</source>
        <comment>toolbar</comment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Rename or Re-&amp;kind Entity…</source>
        <translation>Renombrar &amp;o cambiar tipo de entidad…</translation>
    </message>
    <message>
        <source>Show Filt&amp;ers</source>
        <translation>Mostrar &amp;filtros</translation>
    </message>
    <message>
        <source>Go to Article Li&amp;st</source>
        <translation>Ir a &amp;la lista de artículos</translation>
    </message>
    <message>
        <source>&amp;Go to Annotations</source>
        <translation>&amp;Ir a las anotaciones</translation>
    </message>
    <message>
        <source>lede://article/%1: there is no such article in %2</source>
        <translation>lede://article/%1: no existe ese artículo en %2</translation>
    </message>
    <message>
        <source>The linked passage (%1–%2) is not in this version of the article</source>
        <translation>El pasaje enlazado (%1–%2) no está en esta versión del artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) or folder(s) will be imported next</source>
        <translation>
            <numerusform>Después se importará %n archivo o carpeta más</numerusform>
            <numerusform>Después se importarán %n archivos o carpetas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n queued file(s) or folder(s) not imported)</source>
        <translation>
            <numerusform>(%n archivo o carpeta en cola sin importar)</numerusform>
            <numerusform>(%n archivos o carpetas en cola sin importar)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <source>Sort Articles &amp;By</source>
        <translation>&amp;Ordenar artículos por</translation>
    </message>
    <message>
        <source>&amp;Analyse Again…</source>
        <translation>Analizar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Wait for the import to finish, then analyse again.</source>
        <translation>Espere a que termine la importación y vuelva a analizar.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Analyse Again</source>
        <translation>Analizar de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %Ln article(s)…</source>
        <translation>
            <numerusform>Analizando %Ln artículo…</numerusform>
            <numerusform>Analizando %Ln artículos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) analysed again</source>
        <translation>
            <numerusform>%n artículo analizado de nuevo</numerusform>
            <numerusform>%n artículos analizados de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions kept</source>
        <translation>
            <numerusform>se conserva %n de sus decisiones</numerusform>
            <numerusform>se conservan %n de sus decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped: %1</source>
        <translation>El análisis se detuvo: %1</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggested Quotes</source>
        <translation>Aceptar todas &amp;las citas sugeridas</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Accept All Quotes</source>
        <translation>Aceptar todas las citas</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n quote(s)</source>
        <translation>
            <numerusform>%n cita aceptada</numerusform>
            <numerusform>%n citas aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) suggested</source>
        <translation>
            <numerusform>%n cita sugerida</numerusform>
            <numerusform>%n citas sugeridas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) suggested</source>
        <translation>
            <numerusform>%n mención de entidad sugerida</numerusform>
            <numerusform>%n menciones de entidades sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n speaker(s): %1</source>
        <extracomment>%1 is a list of names in the language&apos;s own form (&quot;A, B and C&quot;)</extracomment>
        <translation>
            <numerusform>%n hablante confirmado: %1</numerusform>
            <numerusform>%n hablantes confirmados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them</source>
        <translation>Abra un artículo, o seleccione artículos en la lista, para imprimirlos</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>%n artículo enviado a la impresora</numerusform>
            <numerusform>%n artículos enviados a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Printing stopped</source>
        <translation>Impresión detenida</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Hacer copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <source>%1 backup %2.lede</source>
        <translation>%1 copia %2.lede</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Could not back up the library: %1</source>
        <translation>No se pudo hacer la copia de seguridad de la biblioteca: %1</translation>
    </message>
    <message>
        <source>Library backed up to %1 (%2)</source>
        <translation>Copia de seguridad de la biblioteca en %1 (%2)</translation>
    </message>
    <message>
        <source>Could not back up the library: %1: the folder cannot be created</source>
        <translation>No se pudo hacer la copia de seguridad de la biblioteca: %1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Automatic backup written to %1 (%2)</source>
        <translation>Copia de seguridad automática escrita en %1 (%2)</translation>
    </message>
    <message>
        <source>All &amp;Claims…</source>
        <translation>Todas las afirma&amp;ciones…</translation>
    </message>
    <message>
        <source>This article writes quotation marks as two apostrophes (&apos;&apos;): Settings ▸ Analysis can read them, then Article ▸ Analyse Again.</source>
        <translation>Este artículo escribe las comillas como dos apóstrofos (&apos;&apos;): Configuración ▸ Análisis puede leerlas; después, Artículo ▸ Analizar de nuevo.</translation>
    </message>
</context>
<context>
    <name>lede::Network</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>audio o vídeo</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>un tipo de letra</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>un archivo comprimido</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un documento ofimático</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>datos JSON</translation>
    </message>
    <message>
        <source>%1 (%2), not a web page or feed</source>
        <translation>%1 (%2), no una página web ni una fuente</translation>
    </message>
    <message>
        <source>too large (%1 MB, the limit is %2 MB)</source>
        <translation>demasiado grande (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <source>too large (more than %1 MB)</source>
        <translation>demasiado grande (más de %1 MB)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1; a redirect loop?)</source>
        <translation>demasiadas redirecciones (más de %1; ¿un bucle de redirecciones?)</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP; not followed</source>
        <translation>redirección de HTTPS a HTTP sin cifrar; no se ha seguido</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>no se encontró el servidor: %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>conexión rechazada por %1</translation>
    </message>
    <message>
        <source>the compressed response is damaged or too large once decompressed</source>
        <translation>la respuesta comprimida está dañada o es demasiado grande una vez descomprimida</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>no es una URL http o https</translation>
    </message>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>el servidor no responde desde hace %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>tiempo agotado tras %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>el servidor respondió HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>el servidor envió una respuesta vacía</translation>
    </message>
</context>
<context>
    <name>lede::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Pasaje anotado</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Pasaje:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>lede::NoteModel</name>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>lede::QuoteDialog</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Marcar como cita</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Pasaje citado</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Who said it (empty: unknown)</source>
        <translation>Quién lo dijo (vacío: desconocido)</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Pasaje:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Hablante:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Cambiar hablante</translation>
    </message>
</context>
<context>
    <name>lede::QuoteModel</name>
    <message>
        <source>Direct</source>
        <translation>Directa</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirecta</translation>
    </message>
    <message>
        <source>Scare quote</source>
        <translation>Comillas de distancia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Verbo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>lede::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Select text and use the Annotate menu to mark quotes, entities, notes and claims</source>
        <translation>Seleccione texto y use el menú Anotar para marcar citas, entidades, notas y afirmaciones</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>No byline, outlet or date</source>
        <translation>Sin firma, medio ni fecha</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>hablante desconocido</translation>
    </message>
    <message>
        <source>Quote (suggested): %1</source>
        <translation>Cita (sugerida): %1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation>Entidad: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Claim (%1): %2</source>
        <translation>Afirmación (%1): %2</translation>
    </message>
</context>
<context>
    <name>lede::ReanalysisDialog</name>
    <message>
        <source>Analyse Again</source>
        <translation>Analizar de nuevo</translation>
    </message>
    <message>
        <source>What to analyse again</source>
        <translation>Qué analizar de nuevo</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalizar</translation>
    </message>
    <message>
        <source>The quotes, speakers and entities Lede suggested are found again with this version&apos;s analysis and the entities confirmed in this library. Quotes and mentions you accepted, rejected or marked yourself stay as they are, and nothing new is suggested where they are.</source>
        <translation>Las citas, los hablantes y las entidades que Lede sugirió se buscan de nuevo con el análisis de esta versión y las entidades confirmadas en esta biblioteca. Las citas y menciones que usted aceptó, rechazó o marcó se quedan como están, y no se sugiere nada nuevo donde están.</translation>
    </message>
    <message>
        <source>There is no article to analyse again.</source>
        <translation>No hay ningún artículo que analizar de nuevo.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts the replaced suggestions back.</source>
        <translation>Edición ▸ Deshacer devuelve las sugerencias reemplazadas.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the suggestions of %n article(s) and cannot be undone.</source>
        <translation>
            <numerusform>Esto reemplaza las sugerencias de %n artículo y no se puede deshacer.</numerusform>
            <numerusform>Esto reemplaza las sugerencias de %n artículos y no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>lede::ReportPrinting</name>
    <message>
        <source>there is no article to print</source>
        <translation>no hay ningún artículo que imprimir</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>the printer %1 is not available</source>
        <translation>la impresora %1 no está disponible</translation>
    </message>
</context>
<context>
    <name>lede::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your name, for exports</source>
        <translation>Su nombre, para las exportaciones</translation>
    </message>
    <message>
        <source>Organisation, for exports</source>
        <translation>Organización, para las exportaciones</translation>
    </message>
    <message>
        <source>Verdict scale, truest first, one per line</source>
        <translation>Escala de veredictos, del más verdadero al menos, uno por línea</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Tamaño de letra del lector</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Verdict scale
(truest first):</source>
        <translation>&amp;Escala de veredictos
(el más verdadero primero):</translation>
    </message>
    <message>
        <source>%1 highlight colour</source>
        <translation>Color de resaltado: %1</translation>
    </message>
    <message>
        <source>%1 colour:</source>
        <translation>Color (%1):</translation>
    </message>
    <message>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Tamaño de letra del lector:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Lede starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Lede.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>How often the open library is backed up</source>
        <translation>Con qué frecuencia se copia la biblioteca abierta</translation>
    </message>
    <message>
        <source>&amp;Back up the open library:</source>
        <translation>Copia de seguridad de la biblioteca &amp;abierta:</translation>
    </message>
    <message>
        <source>Backups kept of each library</source>
        <translation>Copias guardadas de cada biblioteca</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>Copias &amp;guardadas:</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Carpeta de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seleccionar…</translation>
    </message>
    <message>
        <source>Folder of the Automatic Backups</source>
        <translation>Carpeta de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>&amp;Carpeta de copias:</translation>
    </message>
    <message>
        <source>Each library gets a folder of its own there. To restore a backup, open it with File ▸ Open Library.</source>
        <translation>Cada biblioteca tiene allí su propia carpeta. Para restaurar una copia, ábrala con Archivo ▸ Abrir biblioteca.</translation>
    </message>
    <message>
        <source>Read two &amp;apostrophes (&apos;&apos;) as a quotation mark, as news archives write it</source>
        <translation>Leer dos &amp;apóstrofos (&apos;&apos;) como comillas, como las escriben los archivos de prensa</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Análisis:</translation>
    </message>
    <message>
        <source>For articles imported or analysed again from now on (Article ▸ Analyse Again…).</source>
        <translation>Para los artículos que se importen o se analicen de nuevo a partir de ahora (Artículo ▸ Analizar de nuevo…).</translation>
    </message>
</context>
<context>
    <name>lede::Sidebar</name>
    <message>
        <source>This arti&amp;cle only</source>
        <translation>Solo este artíc&amp;ulo</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Filtrar entidades</translation>
    </message>
    <message>
        <source>Filter entities by name or alias</source>
        <translation>Filtrar entidades por nombre o alias</translation>
    </message>
    <message>
        <source>Show only the entities of this article</source>
        <translation>Mostrar solo las entidades de este artículo</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>Ent&amp;ities</source>
        <translation>Entidade&amp;s</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>A&amp;firmaciones</translation>
    </message>
</context>
<context>
    <name>lede::Storage</name>
    <message>
        <source>invalid search query: %1</source>
        <translation>búsqueda no válida: %1</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
    <message>
        <source>no such library</source>
        <translation>no existe la biblioteca</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>is a folder, not a library file</source>
        <translation>es una carpeta, no un archivo de biblioteca</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>not a Lede library (not an SQLite database)</source>
        <translation>no es una biblioteca de Lede (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>not a Lede library (an SQLite database of another program)</source>
        <translation>no es una biblioteca de Lede (es una base de datos SQLite de otro programa)</translation>
    </message>
    <message>
        <source>written by a newer version of Lede (library schema %1, this version reads up to %2); it was left untouched</source>
        <translation>escrita por una versión más reciente de Lede (esquema de biblioteca %1; esta versión lee hasta el %2); no se ha modificado</translation>
    </message>
    <message>
        <source>cannot switch the library to WAL mode (%1)</source>
        <translation>no se puede pasar la biblioteca al modo WAL (%1)</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>falta la migración %1</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>una entidad necesita un nombre</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>una entidad no se puede fusionar consigo misma</translation>
    </message>
    <message>
        <source>no such entity</source>
        <translation>no existe la entidad</translation>
    </message>
    <message>
        <source>no such alias</source>
        <translation>no existe el alias</translation>
    </message>
    <message>
        <source>the canonical name cannot be split out</source>
        <translation>el nombre canónico no se puede separar</translation>
    </message>
    <message>
        <source>an entity named &quot;%1&quot; exists already</source>
        <translation>ya existe una entidad llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>span %1-%2 is not inside article %3 (its text has %4 characters)</source>
        <translation>el tramo %1-%2 no está dentro del artículo %3 (su texto tiene %4 caracteres)</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota necesita texto</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;; the library&apos;s scale is: %2</source>
        <translation>veredicto desconocido &quot;%1&quot;; la escala de la biblioteca es: %2</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>una búsqueda guardada necesita un nombre</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>búsqueda vacía</translation>
    </message>
    <message>
        <source>the library is locked by another program</source>
        <translation>otro programa tiene bloqueada la biblioteca</translation>
    </message>
    <message>
        <source>not a Lede library (file is not a database)</source>
        <translation>no es una biblioteca de Lede (el archivo no es una base de datos)</translation>
    </message>
    <message>
        <source>the refresh interval must be 1 to %1 minutes</source>
        <translation>el intervalo de actualización debe estar entre 1 y %1 minutos</translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation>ya existe una suscripción a %1</translation>
    </message>
    <message>
        <source>no feed subscription %1</source>
        <translation>no existe la suscripción %1</translation>
    </message>
    <message>
        <source>too many suggestions for one article</source>
        <translation>demasiadas sugerencias para un solo artículo</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>la conexión de la biblioteca no es SQLite</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>la biblioteca no está abierta</translation>
    </message>
</context>
<context>
    <name>lede::UrlImportDialog</name>
    <message>
        <source>Import URL</source>
        <translation>Importar URL</translation>
    </message>
    <message>
        <source>Address of a news page or a feed (RSS, Atom):</source>
        <translation>Dirección de una página de noticias o de una fuente (RSS, Atom):</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://.</source>
        <translation>Escriba una dirección que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Descargando %1…</translation>
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
        <translation>La biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and annotate news coverage.</source>
        <translation>Explore y anote la cobertura informativa.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Abrir este archivo de biblioteca.</translation>
    </message>
    <message>
        <source>Open the demo library (created on first use).</source>
        <translation>Abrir la biblioteca de demostración (se crea la primera vez).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar una imagen de la ventana en FILE y salir.</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted article list, and quit.</source>
        <translation>Imprimir el tiempo desde el inicio hasta que se dibuja la lista de artículos, y salir.</translation>
    </message>
    <message>
        <source>Articles to import, a library file to open, or a lede://article/ID link.</source>
        <translation>Artículos que importar, un archivo de biblioteca que abrir o un enlace lede://article/ID.</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Lede</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>No se puede abrir la biblioteca: %1</translation>
    </message>
</context>
</TS>
