#include "exporting/csvpreview.h"

#include <QHeaderView>

namespace lede {

CsvPreview::CsvPreview(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
}

QList<QStringList> CsvPreview::parse(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false; // something since the last record ended
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any) {
        record << field;
        records << record;
    }
    return records;
}

int CsvPreview::setCsv(const QString &text, int maxRows)
{
    const QList<QStringList> records = parse(text);
    clear();
    const QStringList header = records.value(0);
    const int rows = int(std::min<qsizetype>(std::max<qsizetype>(records.size() - 1, 0), maxRows));
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &record = records.at(r + 1);
        for (int c = 0; c < record.size() && c < header.size(); ++c) {
            // One line per cell, as the list shows it; the tooltip has all of it.
            auto *item = new QTableWidgetItem(QString(record.at(c)).replace(QLatin1Char('\n'), QChar(0x21B5)));
            item->setToolTip(record.at(c));
            setItem(r, c, item);
        }
    }
    // As wide as the contents, but a long passage does not push the other columns away.
    const int em = fontMetrics().averageCharWidth();
    resizeColumnsToContents();
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), em * 30));
    return int(std::max<qsizetype>(records.size() - 1, 0));
}

} // namespace lede
