#pragma once

#include "analysis/knownnames.h"
#include "domain/entity.h"
#include "domain/quote.h"
#include "domain/wordkey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lede {

// Positions here are QString (UTF-16) indices into the analysed body; callers convert them to
// code points with TextOffsets at the boundary.
struct QuoteFinding
{
    int start = 0; // inside the quotation marks (or the reported clause, for indirect speech)
    int end = 0;
    QuoteKind kind = QuoteKind::Direct;
    QString speaker; // canonical name, empty when unknown
    int speakerStart = -1; // the mention the attribution rests on, -1 when none
    int speakerEnd = -1;
    QString cue; // speech verb, empty when none
};

struct EntityFinding
{
    int start = 0;
    int end = 0;
    QString name; // canonical name ("Lana Negrete" for the mention "Negrete")
    EntityKind kind = EntityKind::Other;
};

struct AnalysisResult
{
    QList<QuoteFinding> quotes;
    QList<EntityFinding> entities;
};

// An entity the library already knows (confirmed by an editor): analysis finds it in every article.
struct KnownEntity
{
    QString name;
    EntityKind kind = EntityKind::Other;
    QStringList aliases;
};

// Suggests an article's quotes, speakers and entities. Cheap to copy; safe to use from one thread
// at a time per instance.
class Analyzer
{
public:
    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer &);
    Analyzer &operator=(const Analyzer &);

    void setKnownEntities(const QList<KnownEntity> &known);
    // Whether to report indirect speech ("Negrete said the city would …", kind Indirect, the span
    // being the reported clause) beside the quotations. On by default.
    void setIncludeIndirect(bool include) { m_includeIndirect = include; }
    bool includesIndirect() const { return m_includeIndirect; }
    // Whether two apostrophes ('') are a quotation mark, as in many news archives. Off unless the
    // user asks for it (setApostropheQuotesByDefault): elsewhere they are rare and ambiguous.
    void setApostropheQuotes(bool read) { m_apostropheQuotes = read; }
    // What analyzers made from now on do; the application sets it from the user's settings or its
    // command line, so that every import and analysis of the session reads marks the same way.
    static void setApostropheQuotesByDefault(bool read);
    bool readsApostropheQuotes() const { return m_apostropheQuotes; }
    AnalysisResult analyze(const QString &body) const;

private:
    QList<KnownEntity> m_known;
    QHash<WordKey, EntityKind> m_knownKinds; // lower-case names and aliases
    QHash<WordKey, int> m_knownIndex; // lower-case names and aliases -> index into m_known
    KnownNames m_knownNames; // the same as word sequences, to find them in any article
    bool m_includeIndirect = true;
    bool m_apostropheQuotes = false;
};

} // namespace lede
