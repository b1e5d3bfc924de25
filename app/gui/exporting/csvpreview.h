#pragma once

#include <QList>
#include <QStringList>
#include <QTableWidget>

namespace lede {

// The CSV export previewed as the spreadsheet will show it: a header row and one row per
// annotation, cells unquoted.
class CsvPreview : public QTableWidget
{
    Q_OBJECT

public:
    explicit CsvPreview(QWidget *parent = nullptr);

    // Shows the first maxRows records of text; returns how many records the text holds.
    int setCsv(const QString &text, int maxRows);
    // RFC 4180 records: fields separated by commas, quoted fields may hold commas, line breaks and
    // doubled quotes; records end with CRLF or LF. A leading byte order mark is skipped.
    static QList<QStringList> parse(const QString &text);
};

} // namespace lede
