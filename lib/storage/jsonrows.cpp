#include "storage/jsonrows.h"

#include <algorithm>

namespace lede {

void JsonRows::beginRow()
{
    if (m_rows > 0)
        m_text += QLatin1Char(',');
    m_text += QLatin1Char('[');
    ++m_rows;
    m_rowEmpty = true;
}

QString JsonRows::numberArray(const QList<qint64> &numbers)
{
    JsonRows array(numbers.size() * 8);
    for (qint64 n : numbers) {
        if (array.m_rows++ > 0)
            array.m_text += QLatin1Char(',');
        array.appendNumber(n);
    }
    return array.text();
}

void JsonRows::appendNumber(qint64 number)
{
    // Digits straight into the text: QString::number() allocates, and an import writes a million.
    char16_t digits[24];
    int n = 0;
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        digits[n++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (number < 0)
        digits[n++] = u'-';
    std::reverse(digits, digits + n);
    m_text += QStringView(digits, n);
}

void JsonRows::addNull()
{
    separate();
    m_text += QLatin1String("null");
}

void JsonRows::add(const QString &text)
{
    separate();
    m_text += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            m_text += QLatin1Char('\\');
            m_text += c;
        } else if (c.unicode() < 0x20) {
            m_text += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            m_text += c;
        }
    }
    m_text += QLatin1Char('"');
}

} // namespace lede
