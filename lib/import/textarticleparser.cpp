#include "import/textarticleparser.h"

#include "import/newsdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lede {

struct TextArticleParser::Header
{
    QString title;
    QString byline;
    QString published;
    QString dateline;
    QString bodyStart; // the rest of a dateline line: the body's first words
    bool done = false;
};

namespace {

const QRegularExpression &bylinePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^by\\s+(\\p{Lu}[\\p{L}.'’ -]*(?:(?:,|,? and|&)\\s+\\p{Lu}[\\p{L}.'’ -]*)*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A separator after a dateline: --, em or en dash, or a spaced hyphen.
const QRegularExpression &dashPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:--|—|–|-(?=\\s))\\s*"));
    return re;
}

// "WASHINGTON (AP) —", "NEW YORK, March 3, 2024 —", "SANTA MONICA, Calif. —"
const QRegularExpression &placePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\p{Lu}[\\p{Lu}\\p{Lu} .'’-]*\\p{Lu}(?:,\\s+[\\p{L}.]+(?:\\s[\\p{L}.]+)?)?(?:\\s*\\([\\p{L}. "
                       "]+\\))?)(?=\\s*(?:--|—|–|-\\s|,\\s))"));
    return re;
}

// A title line is short; one that ends like a sentence only counts when brief.
bool looksLikeTitle(const QString &line)
{
    const int words = int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (words == 0 || words > 25 || line.size() > 200)
        return false;
    const QChar last = line.back();
    const bool sentenceEnd = last == QLatin1Char('.') || last == QLatin1Char('"') || last == QChar(0x201D);
    return !sentenceEnd || words <= 15;
}

} // namespace

bool TextArticleParser::isHeaderLine(const QString &line)
{
    Header scratch;
    return readHeaderLine(line, false, false, scratch);
}

bool TextArticleParser::readHeaderLine(const QString &line, bool firstLine, bool nextIsBlank, Header &header)
{
    const QRegularExpressionMatch by = bylinePattern().match(line);
    if (header.byline.isEmpty() && by.hasMatch() && by.captured(1).split(QLatin1Char(' ')).size() <= 12) {
        header.byline = by.captured(1).trimmed();
        return true;
    }
    if (header.published.isEmpty()) {
        const QString whole = NewsDate::wholeLine(line);
        if (!whole.isEmpty()) {
            header.published = whole;
            return true;
        }
        const NewsDate::Match date = NewsDate::atStart(line);
        if (!date.iso.isEmpty()) {
            const QRegularExpressionMatch dash = dashPattern().match(QStringView(line).mid(date.length));
            if (dash.hasMatch()) {
                header.published = date.iso;
                header.bodyStart = line.mid(date.length + dash.capturedLength(0));
                header.done = true;
                return true;
            }
        }
    }
    const QRegularExpressionMatch place = placePattern().match(line);
    if (place.hasMatch()) {
        int pos = int(place.capturedLength(0));
        QString rest = line.mid(pos);
        if (rest.startsWith(QLatin1String(", "))) { // "NEW YORK, March 3, 2024 —"
            const NewsDate::Match date = NewsDate::atStart(QStringView(rest).mid(2));
            if (!date.iso.isEmpty()) {
                if (header.published.isEmpty())
                    header.published = date.iso;
                rest = rest.mid(2 + date.length);
            }
        }
        const QRegularExpressionMatch dash = dashPattern().match(rest);
        if (dash.hasMatch() && !rest.mid(dash.capturedLength(0)).isEmpty()) {
            header.dateline = place.captured(1).trimmed();
            header.bodyStart = rest.mid(dash.capturedLength(0));
            header.done = true;
            return true;
        }
    }
    if (firstLine && nextIsBlank && header.title.isEmpty() && looksLikeTitle(line)) {
        header.title = line;
        return true;
    }
    return false;
}

QString TextArticleParser::normaliseBody(const QStringList &input)
{
    QStringList lines = input;
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    bool hasBlank = false;
    for (const QString &l : std::as_const(lines))
        hasBlank = hasBlank || l.trimmed().isEmpty();
    QStringList paragraphs;
    QString current;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || !hasBlank) {
            if (!current.isEmpty())
                paragraphs << current;
            current = line;
            continue;
        }
        current = current.isEmpty() ? line : current + QLatin1Char(' ') + line;
    }
    if (!current.isEmpty())
        paragraphs << current;
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString TextArticleParser::titleFromLead(const QString &body)
{
    const QString lead = body.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"”’]?(?=\\s+[\"“‘]?\\p{Lu})"));
    const QRegularExpressionMatch m = sentenceEnd.match(lead);
    QString sentence = m.hasMatch() ? lead.left(m.capturedStart(0)) : lead;
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    constexpr int kMax = 90;
    if (sentence.size() <= kMax)
        return sentence;
    const int cut = int(sentence.lastIndexOf(QLatin1Char(' '), kMax));
    return sentence.left(cut > 40 ? cut : kMax).trimmed() + QChar(0x2026);
}

std::optional<Article> TextArticleParser::parse(const QString &input, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QLatin1Char('\r'))) { // most files have none: no search for "\r\n" then
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }

    Header header;
    int i = 0;
    bool first = true;
    // The header is at most a few lines long: title, byline, date, dateline.
    while (i < lines.size() && !header.done) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const int next = i + 1;
        // A first line is a title when it stands alone or a byline or date follows it.
        const bool standsAlone = next < lines.size()
            && (lines.at(next).trimmed().isEmpty() || (first && isHeaderLine(lines.at(next).trimmed())));
        if (!readHeaderLine(lines.at(i).trimmed(), first, standsAlone, header))
            break;
        first = false;
        ++i;
    }
    QStringList bodyLines = lines.mid(i);
    if (!header.bodyStart.isEmpty())
        bodyLines.prepend(header.bodyStart);
    Article article;
    article.body = normaliseBody(bodyLines);
    if (article.body.isEmpty() && !header.title.isEmpty() && header.byline.isEmpty() && header.published.isEmpty()) {
        // A one-line file: that line is the article, not a title.
        article.body = header.title;
        header.title.clear();
    }
    if (article.body.trimmed().isEmpty()) {
        if (error)
            *error = input.trimmed().isEmpty() ? QCoreApplication::translate("lede::Import", "empty file")
                                               : QCoreApplication::translate("lede::Import", "no article text found");
        return std::nullopt;
    }
    article.title = header.title.isEmpty() ? titleFromLead(article.body) : header.title;
    article.byline = header.byline;
    article.published = header.published;
    article.dateline = header.dateline;
    article.sourceFormat = QStringLiteral("text");
    return article;
}

} // namespace lede
