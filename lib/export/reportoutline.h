#pragma once

#include "export/exportselection.h"

#include <QList>
#include <QString>

namespace lede {

// The reading order shared by the Markdown, HTML, PDF and ODT exports: an article's quotes grouped
// by speaker and its entities with their mentions, leaving out what an editor rejected.
struct SpeakerQuotes
{
    QString speaker; // empty: no speaker known
    QList<Quote> quotes;
};

struct EntityMentions
{
    Entity entity;
    QList<Mention> mentions;
};

class ReportOutline
{
public:
    static QList<SpeakerQuotes> quotesBySpeaker(const ExportSelection &selection, const ExportedArticle &article);
    static QList<EntityMentions> entities(const ExportSelection &selection, const ExportedArticle &article);
    static QString speakerOf(const ExportSelection &selection, const Quote &quote);
    // "Outlet · By Byline · 2025-02-18", leaving out what is not known.
    static QString dateline(const Article &article);
    // The report's title, also its page headers and the document's name: "Annotations on “Title”"
    // for one article, "Annotations on 3 articles" for several, with " — author" when one is given.
    static QString title(const ExportSelection &selection, const QString &author = {});
    // The same for `count` articles, `headline` being the one article's title (or empty).
    static QString title(int count, const QString &headline, const QString &author = {});
    // A code (quote kind, review or claim status, entity kind) in the reader's words: the code
    // itself in English, translated when a translation is installed.
    static QString word(const QString &code);
    // The language of the exported words ("en" unless a translation is installed), for lang="".
    static QString language();
};

} // namespace lede
