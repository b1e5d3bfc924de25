#pragma once

#include <QList>
#include <QString>

namespace lede {

// The text of a JSON array of rows, such as [[1,"Lana Negrete"],[2,null]], that one statement
// unpacks with SQLite's json_each: binding one text instead of running a statement per row, which
// is what bulk writes (an import's entities, an article's suggestions) spend their time on. Written
// by hand because QJsonDocument costs more than the insert it feeds.
class JsonRows
{
public:
    explicit JsonRows(qsizetype expectedChars = 0)
    {
        m_text.reserve(expectedChars + 2);
        m_text += QLatin1Char('[');
    }

    void beginRow();
    void add(qint64 number) { separate(), appendNumber(number); }
    void add(const QString &text);
    void addNull();
    void endRow() { m_text += QLatin1Char(']'); }

    bool isEmpty() const { return m_rows == 0; }
    qsizetype rows() const { return m_rows; }
    // The array, closed.
    QString text() const { return m_text + QLatin1Char(']'); }

    // A flat array of numbers, such as the ids a statement takes with "IN (SELECT value FROM json_each(?))".
    static QString numberArray(const QList<qint64> &numbers);

private:
    void appendNumber(qint64 number);
    void separate()
    {
        if (!m_rowEmpty)
            m_text += QLatin1Char(',');
        m_rowEmpty = false;
    }

    QString m_text;
    qsizetype m_rows = 0;
    bool m_rowEmpty = true;
};

} // namespace lede
