#pragma once

#include "import/sourcereader.h"

#include <QtGlobal>

// Articles for tests with the analysis given, so that the tests hold whatever the analyzer finds.
namespace lede {

// An article with the analysis given: each finding names a word of the body (the first occurrence
// after the previous finding) and its canonical name.
class ArticleBuilder
{
public:
    explicit ArticleBuilder(const QString &body)
    {
        m_source.article.body = body;
        m_source.article.title = body.left(20);
        m_source.origin = QStringLiteral("test");
        m_source.givenAnalysis = AnalysisResult {};
    }
    ArticleBuilder &entity(const QString &text, const QString &name, EntityKind kind = EntityKind::Person)
    {
        const int at = int(m_source.article.body.indexOf(text, m_from));
        Q_ASSERT(at >= 0);
        m_source.givenAnalysis->entities.append({at, at + int(text.size()), name, kind});
        m_from = at + int(text.size());
        return *this;
    }
    // A quote: the words in double quotation marks from `from` on, spoken by `speaker` at the
    // speaker's words `speakerText`.
    ArticleBuilder &quote(const QString &speaker, const QString &speakerText)
    {
        const QString &body = m_source.article.body;
        const int open = int(body.indexOf(u'"', m_from));
        const int close = int(body.indexOf(u'"', open + 1));
        const int at = int(body.indexOf(speakerText, close));
        Q_ASSERT(open >= 0 && close > open && at > close);
        QuoteFinding q;
        q.start = open + 1;
        q.end = close;
        q.speaker = speaker;
        q.speakerStart = at;
        q.speakerEnd = at + int(speakerText.size());
        q.cue = QStringLiteral("said");
        m_source.givenAnalysis->quotes.append(q);
        m_from = q.speakerEnd;
        return *this;
    }
    SourceArticle source() const { return m_source; }

private:
    SourceArticle m_source;
    int m_from = 0;
};

} // namespace lede
