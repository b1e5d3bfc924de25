#include "analysis/analyzer.h"

#include "analysis/apostrophequotes.h"
#include "analysis/attribution.h"
#include "analysis/coreference.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/indirectspeech.h"
#include "analysis/nestedquotes.h"
#include "analysis/quoteclassifier.h"
#include "analysis/quotescanner.h"
#include "analysis/sentencesplitter.h"
#include "analysis/singlemarkquotes.h"
#include "analysis/tokenizer.h"

#include <QHash>

#include <algorithm>
#include <atomic>

namespace lede {

namespace {

std::atomic_bool apostropheQuotesByDefault = false;

} // namespace

Analyzer::Analyzer()
    : m_apostropheQuotes(apostropheQuotesByDefault.load())
{ }

void Analyzer::setApostropheQuotesByDefault(bool read)
{
    apostropheQuotesByDefault.store(read);
}

Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer &) = default;
Analyzer &Analyzer::operator=(const Analyzer &) = default;

void Analyzer::setKnownEntities(const QList<KnownEntity> &known)
{
    m_known = known;
    m_knownIndex = Coreference::indexKnown(known);
    m_knownNames.build(known);
    m_knownKinds.clear();
    for (const KnownEntity &k : known) {
        m_knownKinds.insert(k.name.toLower(), k.kind);
        for (const QString &alias : k.aliases)
            m_knownKinds.insert(alias.toLower(), k.kind);
    }
}

AnalysisResult Analyzer::analyze(const QString &original) const
{
    // The rewritten text keeps every position, so what is found in it is found in the original.
    const QString rewritten = m_apostropheQuotes ? ApostropheQuotes::asQuotationMarks(original) : QString();
    const QString &marked = rewritten.isNull() ? original : rewritten;
    const QString swapped = SingleMarkQuotes::asDoubleMarks(marked);
    const QString &body = swapped.isNull() ? marked : swapped;
    AnalysisResult result;
    TokenizedText text = Tokenizer().tokenize(body);
    QList<Token> &tokens = text.tokens;
    const QList<TokenRange> sentences = SentenceSplitter().split(tokens);
    const QList<QuotedSegment> segments = QuoteScanner().scan(body);

    // Mark the tokens inside each quotation (segments and tokens are both in text order).
    int t = 0;
    for (int s = 0; s < segments.size(); ++s) {
        while (t < tokens.size() && tokens.at(t).end <= segments.at(s).start)
            ++t;
        for (int k = t; k < tokens.size() && tokens.at(k).end <= segments.at(s).end; ++k)
            tokens[k].quote = s;
    }

    EntityRecognizer recognizer(Gazetteer::instance());
    recognizer.setKnown(m_knownKinds);
    recognizer.setKnownNames(&m_knownNames);
    QList<EntityMention> mentions = recognizer.recognize(body, tokens, sentences);
    Coreference coreference(mentions, tokens, m_known, m_knownIndex);

    Attribution attribution(body, tokens, segments, mentions, coreference);
    const QuoteClassifier classifier(tokens);
    QList<bool> speech(segments.size());
    QList<QuoteKind> kinds(segments.size());
    QList<Speaker> explicitSpeakers(segments.size());
    for (int s = 0; s < segments.size(); ++s) {
        explicitSpeakers[s] = attribution.explicitSpeaker(s);
        const bool attributed = explicitSpeakers.at(s).isKnown();
        kinds[s] = classifier.classify(segments.at(s), attribution.openToken(s), attribution.closeToken(s), attributed);
        speech[s] = isSpeech(kinds.at(s));
    }
    const QList<Speaker> speakers = attribution.attribute(speech, explicitSpeakers);
    for (int s = 0; s < segments.size(); ++s) {
        QuoteFinding q;
        q.start = segments.at(s).start;
        q.end = segments.at(s).end;
        q.kind = kinds.at(s);
        if (speech.at(s) && speakers.at(s).isKnown()) {
            const Speaker &sp = speakers.at(s);
            q.speaker = sp.name;
            q.speakerStart = sp.mentionStart;
            q.speakerEnd = sp.mentionEnd;
            q.cue = sp.cue;
        }
        result.quotes.append(q);
    }

    // Scare quotes, terms and titles inside a quotation: "So-called 'sanctuary' jurisdictions …".
    const NestedQuoteFinder nested(body, tokens);
    bool addedNested = false;
    for (int s = 0; s < segments.size(); ++s) {
        if (kinds.at(s) == QuoteKind::Title)
            continue;
        for (const NestedQuote &n : nested.find(segments.at(s))) {
            QuoteFinding q;
            q.start = n.start;
            q.end = n.end;
            q.kind = n.kind;
            result.quotes.append(q);
            addedNested = true;
        }
    }

    if (m_includeIndirect) {
        for (const IndirectSpeech &reported : IndirectSpeechFinder(tokens, sentences, attribution).find()) {
            QuoteFinding q;
            q.start = reported.start;
            q.end = reported.end;
            q.kind = QuoteKind::Indirect;
            q.speaker = reported.speaker.name;
            q.speakerStart = reported.speaker.mentionStart;
            q.speakerEnd = reported.speaker.mentionEnd;
            q.cue = reported.speaker.cue;
            result.quotes.append(q);
        }
        addedNested = true;
    }
    if (addedNested) {
        std::stable_sort(result.quotes.begin(), result.quotes.end(),
                         [](const QuoteFinding &a, const QuoteFinding &b) { return a.start < b.start; });
    }

    const QList<ArticleEntity> &entities = coreference.entities();
    for (const EntityMention &m : std::as_const(mentions)) {
        if (m.entity < 0)
            continue;
        // Words of a quoted title ("Council Moves Forward on Immigration") are not entities.
        const int quote = tokens.at(m.firstToken).quote;
        if (quote >= 0 && kinds.at(quote) == QuoteKind::Title)
            continue;
        result.entities.append({m.start, m.end, entities.at(m.entity).name, m.kind});
    }
    return result;
}

} // namespace lede
