#pragma once

#include <QJsonObject>
#include <QString>

namespace lede {

class DomTree;

// Reads schema.org metadata from <script type="application/ld+json"> blocks: the first object
// whose @type is an article kind (NewsArticle, BlogPosting, ...), also inside @graph and arrays.
class JsonLdReader
{
public:
    struct Article
    {
        QString headline;
        QString name;
        QString authors; // "A, B"
        QString publisher;
        QString datePublished;
        QString description;
        QString language;
        QString url;
    };

    explicit JsonLdReader(const DomTree &dom);
    bool found() const { return m_found; }
    const Article &article() const { return m_article; }

    static bool isArticleType(const QString &type);

private:
    bool consider(const QJsonValue &value, int depth);
    void read(const QJsonObject &object);

    Article m_article;
    bool m_found = false;
};

} // namespace lede
