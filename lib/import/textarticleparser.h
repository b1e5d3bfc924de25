#pragma once

#include "domain/article.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lede {

// Reads a plain-text article: an optional title line, a "By NAME" line, a date or a dateline
// ("February 18, 2025 -- ", "WASHINGTON (AP) — "), then the body. Paragraphs are lines, or blocks
// separated by blank lines when the file has them (hard-wrapped lines are joined).
class TextArticleParser
{
public:
    // Nothing, with *error set, when there is no article text at all.
    static std::optional<Article> parse(const QString &text, QString *error);
    // A title from the lead sentence, for articles that come without one.
    static QString titleFromLead(const QString &body);
    // Paragraphs joined by one blank line; each paragraph's inner line breaks become spaces.
    static QString normaliseBody(const QStringList &lines);

private:
    struct Header;
    // Reads one header line into header; false when the line is body text. A title is only taken
    // from the first line, and only when it stands alone.
    static bool readHeaderLine(const QString &line, bool firstLine, bool standsAlone, Header &header);
    static bool isHeaderLine(const QString &line);
};

} // namespace lede
