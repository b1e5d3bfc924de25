#include "storage/jsonrows.h"

namespace lede {

void JsonRows::beginRow()
{
    if (m_rows > 0)
        m_text += QLatin1Char(',');
    m_text += QLatin1Char('[');
    ++m_rows;
    m_rowEmpty = true;
}

void JsonRows::add(qint64 number)
{
    separate();
    m_text += QString::number(number);
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
