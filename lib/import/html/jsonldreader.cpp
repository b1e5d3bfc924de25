#include "import/html/jsonldreader.h"

#include "import/html/domtree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gumbo.h>

namespace lede {

namespace {

QString typeOf(const QJsonObject &o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    if (t.isArray()) {
        const QJsonArray types = t.toArray();
        for (const QJsonValue &v : types) {
            if (JsonLdReader::isArticleType(v.toString()))
                return v.toString();
        }
        return types.isEmpty() ? QString() : types.first().toString();
    }
    return t.toString();
}

// "Anthony Lynn: &#8220;We needed to win this&nbsp;game&#8221;": some sites write a JSON-LD string
// as HTML text, character references included. Read as HTML, the text is what a reader sees.
QString plainText(const QString &s)
{
    const qsizetype amp = s.indexOf(u'&');
    if (amp < 0 || s.indexOf(u';', amp) < 0 || s.contains(u'<'))
        return s.trimmed();
    const DomTree tree(QByteArrayLiteral("<body>") + s.toUtf8());
    return tree.body() >= 0 ? tree.textContent(tree.body()) : s.trimmed();
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return plainText(v.toString());
    if (v.isObject())
        return plainText(v.toObject().value(QLatin1String("name")).toString());
    if (v.isArray() && !v.toArray().isEmpty())
        return nameOf(v.toArray().first());
    return {};
}

QString stringOf(const QJsonValue &v)
{
    if (v.isArray() && !v.toArray().isEmpty())
        return stringOf(v.toArray().first());
    if (v.isObject())
        return plainText(v.toObject().value(QLatin1String("@value")).toString());
    return plainText(v.toString());
}

bool schemaContext(const QJsonValue &context)
{
    if (context.isUndefined())
        return true; // inside @graph the context sits on the parent
    if (context.isString())
        return context.toString().contains(QLatin1String("schema.org"));
    if (context.isObject())
        return context.toObject().value(QLatin1String("@vocab")).toString().contains(QLatin1String("schema.org"));
    if (context.isArray()) {
        const QJsonArray items = context.toArray();
        for (const QJsonValue &v : items) {
            if (schemaContext(v))
                return true;
        }
    }
    return false;
}

} // namespace

bool JsonLdReader::isArticleType(const QString &type)
{
    static const QLatin1String types[] = {QLatin1String("Article"),
                                          QLatin1String("NewsArticle"),
                                          QLatin1String("AnalysisNewsArticle"),
                                          QLatin1String("AskPublicNewsArticle"),
                                          QLatin1String("BackgroundNewsArticle"),
                                          QLatin1String("OpinionNewsArticle"),
                                          QLatin1String("ReportageNewsArticle"),
                                          QLatin1String("ReviewNewsArticle"),
                                          QLatin1String("Report"),
                                          QLatin1String("SatiricalArticle"),
                                          QLatin1String("ScholarlyArticle"),
                                          QLatin1String("MedicalScholarlyArticle"),
                                          QLatin1String("SocialMediaPosting"),
                                          QLatin1String("BlogPosting"),
                                          QLatin1String("LiveBlogPosting"),
                                          QLatin1String("DiscussionForumPosting"),
                                          QLatin1String("TechArticle"),
                                          QLatin1String("APIReference"),
                                          QLatin1String("AdvertiserContentArticle")};
    QString t = type;
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0)
        t = t.mid(colon + 1);
    const qsizetype slash = t.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        t = t.mid(slash + 1);
    for (const QLatin1String &known : types) {
        if (t == known)
            return true;
    }
    return false;
}

JsonLdReader::JsonLdReader(const DomTree &dom)
{
    for (int i = 0; i < dom.size() && !m_found; ++i) {
        if (!dom.isElement(i) || dom.tag(i) != GUMBO_TAG_SCRIPT)
            continue;
        if (dom.attribute(i, "type").trimmed().toLower() != QLatin1String("application/ld+json"))
            continue;
        QByteArray raw;
        for (int k = i + 1; k < dom.end(i); ++k)
            raw += dom.rawText(k);
        raw = raw.trimmed();
        // Some CMSs wrap the JSON in CDATA markers or HTML comments.
        for (const char *wrap : {"<![CDATA[", "<!--", "//<![CDATA["}) {
            if (raw.startsWith(wrap))
                raw = raw.mid(qsizetype(qstrlen(wrap)));
        }
        for (const char *wrap : {"]]>", "-->", "//]]>", "//"}) {
            if (raw.endsWith(wrap))
                raw.chop(qsizetype(qstrlen(wrap)));
        }
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(raw.trimmed(), &err);
        if (err.error != QJsonParseError::NoError)
            continue;
        consider(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0);
    }
}

bool JsonLdReader::consider(const QJsonValue &value, int depth)
{
    if (depth > 4)
        return false;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items) {
            if (consider(v, depth + 1))
                return true;
        }
        return false;
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    if (!schemaContext(o.value(QLatin1String("@context"))))
        return false;
    if (isArticleType(typeOf(o))) {
        read(o);
        m_found = true;
        return true;
    }
    if (o.contains(QLatin1String("@graph")))
        return consider(o.value(QLatin1String("@graph")), depth + 1);
    // A WebPage may carry the article as mainEntity.
    if (o.contains(QLatin1String("mainEntity")))
        return consider(o.value(QLatin1String("mainEntity")), depth + 1);
    return false;
}

void JsonLdReader::read(const QJsonObject &o)
{
    m_article.headline = stringOf(o.value(QLatin1String("headline")));
    m_article.name = stringOf(o.value(QLatin1String("name")));
    m_article.description = stringOf(o.value(QLatin1String("description")));
    m_article.datePublished = stringOf(o.value(QLatin1String("datePublished")));
    if (m_article.datePublished.isEmpty())
        m_article.datePublished = stringOf(o.value(QLatin1String("dateCreated")));
    m_article.language = stringOf(o.value(QLatin1String("inLanguage")));
    m_article.url = stringOf(o.value(QLatin1String("url")));
    m_article.publisher = nameOf(o.value(QLatin1String("publisher")));

    const QJsonValue author = o.value(QLatin1String("author"));
    QStringList names;
    if (author.isArray()) {
        const QJsonArray items = author.toArray();
        for (const QJsonValue &a : items) {
            const QString n = nameOf(a);
            if (!n.isEmpty() && !names.contains(n))
                names << n;
        }
    } else {
        const QString n = nameOf(author);
        if (!n.isEmpty())
            names << n;
    }
    m_article.authors = names.join(QLatin1String(", "));
}

} // namespace lede
