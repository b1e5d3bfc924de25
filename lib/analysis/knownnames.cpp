#include "analysis/knownnames.h"

#include "analysis/analyzer.h"
#include "analysis/tokenizer.h"

namespace lede {

void KnownNames::build(const QList<KnownEntity> &known)
{
    m_byFirstWord.clear();
    const Tokenizer tokenizer;
    for (const KnownEntity &k : known) {
        QStringList names = k.aliases;
        names.prepend(k.name);
        for (const QString &name : std::as_const(names)) {
            const TokenizedText tokenized = tokenizer.tokenize(name);
            Name n;
            n.kind = k.kind;
            for (const Token &t : tokenized.tokens)
                n.words.append(t.lower.toString());
            if (!n.words.isEmpty())
                m_byFirstWord[n.words.first()].append(n);
        }
    }
}

int KnownNames::matchAt(const QList<Token> &tokens, int i, EntityKind *kind) const
{
    if (m_byFirstWord.isEmpty() || !tokens.at(i).isWord())
        return 0;
    const QStringView first = tokens.at(i).lower;
    const auto found = m_byFirstWord.constFind(QString::fromRawData(first.data(), first.size())); // no copy
    if (found == m_byFirstWord.constEnd())
        return 0;
    int best = 0;
    for (const Name &n : *found) {
        const int count = int(n.words.size());
        if (count <= best || i + count > tokens.size())
            continue;
        bool same = true;
        bool capital = false;
        for (int k = 0; k < count && same; ++k) {
            const Token &t = tokens.at(i + k);
            same = t.lower == n.words.at(k) && t.paragraph == tokens.at(i).paragraph
                && (k == 0 || t.start - tokens.at(i + k - 1).end <= 1);
            capital = capital || t.isCapitalised();
        }
        // "the mail carrier": the name written without a capital is the common word.
        if (same && capital) {
            best = count;
            *kind = n.kind;
        }
    }
    return best;
}

} // namespace lede
