#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include "export/articlejson.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lede::cli {
namespace {

// The readable listing names a quote's kind and review status in the user's language (the English
// words are the codes themselves); --json keeps the codes.
QString codeName(const QString &code)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("lede-cli", "direct"),    QT_TRANSLATE_NOOP("lede-cli", "partial"),
        QT_TRANSLATE_NOOP("lede-cli", "indirect"),  QT_TRANSLATE_NOOP("lede-cli", "scare"),
        QT_TRANSLATE_NOOP("lede-cli", "title"),     QT_TRANSLATE_NOOP("lede-cli", "term"),
        QT_TRANSLATE_NOOP("lede-cli", "suggested"), QT_TRANSLATE_NOOP("lede-cli", "confirmed"),
        QT_TRANSLATE_NOOP("lede-cli", "rejected"),
    };
    for (const char *name : names) {
        if (code == QLatin1String(name))
            return QCoreApplication::translate("lede-cli", name);
    }
    return code;
}

void printReadable(QTextStream &out, const QJsonObject &a)
{
    out << a.value(QStringLiteral("title")).toString() << '\n';
    const QStringList meta {a.value(QStringLiteral("byline")).toString(), a.value(QStringLiteral("site")).toString(),
                            a.value(QStringLiteral("published")).toString(), a.value(QStringLiteral("url")).toString()};
    QStringList present;
    for (const QString &m : meta) {
        if (!m.isEmpty())
            present << m;
    }
    if (!present.isEmpty())
        out << present.join(QStringLiteral(" · ")) << '\n';
    out << '\n' << a.value(QStringLiteral("body")).toString() << "\n";
    const QJsonArray quotes = a.value(QStringLiteral("quotes")).toArray();
    if (!quotes.isEmpty())
        out << '\n' << QCoreApplication::translate("lede-cli", "Quotes:") << '\n';
    for (const QJsonValue &v : quotes) {
        const QJsonObject q = v.toObject();
        const QString speaker = q.value(QStringLiteral("speaker")).toString();
        out << "  [" << q.value(QStringLiteral("start")).toInt() << '-' << q.value(QStringLiteral("end")).toInt()
            << "] " << codeName(q.value(QStringLiteral("kind")).toString()) << ", "
            << codeName(q.value(QStringLiteral("status")).toString()) << ": "
            << (speaker.isEmpty() ? QCoreApplication::translate("lede-cli", "(unknown speaker)") : speaker) << " — “"
            << q.value(QStringLiteral("text")).toString() << "”\n";
    }
    const QJsonArray notes = a.value(QStringLiteral("notes")).toArray();
    if (!notes.isEmpty())
        out << '\n' << QCoreApplication::translate("lede-cli", "Notes:") << '\n';
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        out << "  #" << n.value(QStringLiteral("id")).toInteger() << " [" << n.value(QStringLiteral("start")).toInt()
            << '-' << n.value(QStringLiteral("end")).toInt() << "] " << n.value(QStringLiteral("text")).toString()
            << '\n';
    }
    const QJsonArray claims = a.value(QStringLiteral("claims")).toArray();
    if (!claims.isEmpty())
        out << '\n' << QCoreApplication::translate("lede-cli", "Claims:") << '\n';
    for (const QJsonValue &v : claims) {
        const QJsonObject c = v.toObject();
        out << "  #" << c.value(QStringLiteral("id")).toInteger() << " [" << c.value(QStringLiteral("start")).toInt()
            << '-' << c.value(QStringLiteral("end")).toInt() << "] "
            << c.value(QStringLiteral("verdict")).toString(QCoreApplication::translate("lede-cli", "no verdict"))
            << ": " << c.value(QStringLiteral("summary")).toString() << '\n';
    }
    const QJsonArray tags = a.value(QStringLiteral("tags")).toArray();
    if (!tags.isEmpty()) {
        QStringList names;
        for (const QJsonValue &t : tags)
            names << t.toString();
        out << '\n'
            << QCoreApplication::translate("lede-cli", "Tags: %1").arg(names.join(QStringLiteral(", "))) << '\n';
    }
}

} // namespace

int runShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lede-cli",
        "Shows an article with its quotes, entities, notes, claims and tags. Offsets are code points into the body."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("lede-cli", "Print JSON: analyze's shape plus id, notes, claims and tags."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("lede-cli", "The article's id (see list)."));
    int exitCode = Ok;
    if (!ctx.parse(parser, QStringLiteral("show"), args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        ctx.error(QStringLiteral("show"), QCoreApplication::translate("lede-cli", "give exactly one article ID"));
        return UsageOrLibrary;
    }
    qint64 id = 0;
    if (!ctx.parseNumber(QStringLiteral("show"), QStringLiteral("ID"), parser.positionalArguments().first(), &id))
        return UsageOrLibrary;
    std::unique_ptr<Library> library = ctx.openLibrary(true);
    if (!library)
        return UsageOrLibrary;
    try {
        const std::optional<Article> article = library->articles().find(id);
        if (!article) {
            ctx.error(library->path(), QCoreApplication::translate("lede-cli", "no article %1").arg(id));
            return InputFailed;
        }
        const QJsonObject object = ArticleJson::fromLibrary(*library, *article);
        if (parser.isSet(json))
            ctx.printJson(object);
        else
            printReadable(ctx.out(), object);
    } catch (const StorageError &e) {
        ctx.error(library->path(), e.message());
        return UsageOrLibrary;
    }
    ctx.out().flush();
    return Ok;
}

} // namespace lede::cli
