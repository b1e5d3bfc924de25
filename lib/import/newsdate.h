#pragma once

#include <QString>
#include <QStringView>

namespace lede {

// Reads the dates news text opens with: "February 18, 2025", "Feb. 18, 2025", "Tuesday, Feb 18,
// 2025, 3:45 p.m.", "18 February 2025", "2025-02-18T09:30", "02/18/2025".
class NewsDate
{
public:
    struct Match
    {
        QString iso; // "2025-02-18" or "2025-02-18T15:45"; empty when nothing matched
        int length = 0; // how much of the text the date took
    };

    // A date at the very start of text.
    static Match atStart(QStringView text);
    // The whole text is a date (optionally after "Published", "Updated", "Posted" and a colon).
    static QString wholeLine(QStringView text);
};

} // namespace lede
