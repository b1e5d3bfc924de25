#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An RFC 4180 reader, written from the RFC rather than from the writer, for checking exports.
class CsvTestReader
{
public:
    static QList<QStringList> parse(const QString &text, bool *ok)
    {
        QList<QStringList> rows;
        QStringList row;
        QString cell;
        bool quoted = false, wasQuoted = false;
        *ok = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        cell += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                if (!cell.isEmpty() || wasQuoted)
                    *ok = false; // a quote inside an unquoted field
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char(',')) {
                row << cell;
                cell.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                row << cell;
                rows << row;
                row.clear();
                cell.clear();
                wasQuoted = false;
                ++i;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                *ok = false; // bare line break outside quotes: RFC 4180 wants CRLF
            } else {
                cell += c;
            }
        }
        if (quoted)
            *ok = false;
        if (!cell.isEmpty() || !row.isEmpty()) {
            row << cell;
            rows << row;
        }
        return rows;
    }
};
