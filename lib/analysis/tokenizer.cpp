#include "analysis/tokenizer.h"

#include "analysis/wordlists.h"

namespace lede {
namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}
bool isQuoteMark(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E) || c == QChar(0x00AB)
        || c == QChar(0x00BB);
}
bool isNonAsciiWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}
// Inline for ASCII, nearly every character of an English text: the tokenizer asks this of each one.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isNonAsciiWordChar(c);
}

} // namespace

QString Tokenizer::foldCase(const QString &body)
{
    QString lower(body.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    const QChar *in = body.constData();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = in[i];
        out[i] = c.unicode() < 0x80 ? QChar(c.unicode() >= u'A' && c.unicode() <= u'Z' ? c.unicode() + 32 : c.unicode())
                                    : c.toLower();
    }
    return lower;
}

TokenizedText Tokenizer::tokenize(const QString &body) const
{
    TokenizedText result;
    result.lowerCase = foldCase(body);
    const QStringView lowerBody(result.lowerCase);
    QList<Token> &tokens = result.tokens;
    tokens.reserve(body.size() / 5);
    const int n = int(body.size());
    int paragraph = 0;
    int i = 0;
    // Built in place, the views made from pointers: QStringView::mid()'s bounds handling and a
    // moved copy per token were a third of the tokenizer's own instructions.
    const QChar *const bodyData = body.constData();
    const QChar *const lowerData = result.lowerCase.constData();
    auto push = [&](int s, int e, TokenKind kind) {
        Token &t = tokens.emplaceBack();
        t.start = s;
        t.end = e;
        t.kind = kind;
        t.text = QStringView(bodyData + s, e - s);
        t.lower = QStringView(lowerData + s, e - s);
        if (kind == TokenKind::Word || kind == TokenKind::Punct)
            t.words = WordLists::flags(t.lower);
        t.paragraph = paragraph;
    };
    while (i < n) {
        const QChar c = body.at(i);
        if (c == u'\n') {
            ++paragraph;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            int j = i + 1;
            while (j < n) {
                const QChar d = body.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if ((d == u'-' || isApostrophe(d) || d == u'.' || d == u',') && j + 1 < n
                           && isWordChar(body.at(j + 1))) {
                    // Inner hyphens, apostrophes, dotted abbreviations and digit groups stay in the word;
                    // a comma only between digits (100,000).
                    if (d == u',' && !(body.at(j - 1).isDigit() && body.at(j + 1).isDigit()))
                        break;
                    if (d == u'.' && !(body.at(j - 1).isDigit() && body.at(j + 1).isDigit())) {
                        // "U.S" continues only when single letters alternate with periods.
                        const bool singleBefore = j - 1 == i || !isWordChar(body.at(j - 2)) || body.at(j - 2) == u'.';
                        const bool singleAfter = j + 2 >= n || !isWordChar(body.at(j + 2));
                        if (!(singleBefore && singleAfter && body.at(j - 1).isLetter()))
                            break;
                    }
                    ++j;
                } else {
                    break;
                }
            }
            // Possessive ending: "Trump's", "Clintons’".
            int wordEnd = j;
            if (j - i > 2 && isApostrophe(body.at(j - 2)) && (body.at(j - 1) == u's' || body.at(j - 1) == u'S'))
                wordEnd = j - 2;
            const QStringView word = QStringView(body).mid(i, wordEnd - i);
            const QStringView lowerWord = lowerBody.mid(i, wordEnd - i);
            // A trailing period belongs to abbreviations, initials and dotted acronyms.
            if (wordEnd == j && j < n && body.at(j) == u'.') {
                const bool dotted = word.contains(u'.');
                const bool initial = word.size() == 1 && word.at(0).isUpper();
                // "R-Pa." and "D-Calif.": a party and a state abbreviation.
                const qsizetype hyphen = lowerWord.lastIndexOf(u'-');
                const bool stateAfterParty = hyphen >= 0 && WordLists::isAbbreviation(lowerWord.mid(hyphen + 1));
                if (dotted || initial || stateAfterParty || WordLists::isAbbreviation(lowerWord))
                    wordEnd = j = j + 1;
            }
            bool number = true;
            for (int k = i; k < wordEnd; ++k) {
                if (body.at(k).isLetter()) {
                    number = false;
                    break;
                }
            }
            push(i, wordEnd, number ? TokenKind::Number : TokenKind::Word);
            if (wordEnd < j)
                push(wordEnd, j, TokenKind::Possessive);
            i = j;
            continue;
        }
        if (isApostrophe(c) && !tokens.isEmpty() && tokens.last().end == i && i + 1 < n
            && (body.at(i + 1) == u's' || body.at(i + 1) == u'S') && (i + 2 >= n || !isWordChar(body.at(i + 2)))) {
            push(i, i + 2, TokenKind::Possessive);
            i += 2;
            continue;
        }
        if (isApostrophe(c) && !tokens.isEmpty() && tokens.last().end == i && tokens.last().isWord()
            && tokens.last().text.endsWith(u's')) {
            push(i, i + 1, TokenKind::Possessive); // plural possessive: "Clintons’"
            ++i;
            continue;
        }
        push(i, i + 1, isQuoteMark(c) ? TokenKind::QuoteMark : TokenKind::Punct);
        ++i;
    }
    return result;
}

} // namespace lede
