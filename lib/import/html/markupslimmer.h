#pragma once

#include <QByteArray>

namespace lede {

// Drops what the extractor never reads before the page goes to the parser: the bodies of
// <script> (JSON-LD excepted), <style> and <svg> elements, and comments. Half the bytes of a
// typical news page are scripts and styles, and the parser spends its time per byte, so this
// halves parsing time. Element structure is left to the parser: start and end tags stay.
// Markup nested deeper than maxNesting elements is cut there, which keeps parsing time bounded,
// and so is markup beyond maxBytes, which bounds the parser's memory.
class MarkupSlimmer
{
public:
    static constexpr int DefaultMaxNesting = 3000;

    static constexpr qsizetype DefaultMaxBytes = 4 * 1024 * 1024;

    static QByteArray slim(QByteArrayView html, int maxNesting = DefaultMaxNesting,
                           qsizetype maxBytes = DefaultMaxBytes);
};

} // namespace lede
