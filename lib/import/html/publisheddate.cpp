#include "import/html/publisheddate.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace lede {

namespace {

int digits(const QString &s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int k = 0; k < count; ++k) {
        const QChar c = s[pos + k];
        if (!c.isDigit() || c.unicode() > '9')
            return -1;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

QString format(int y, int m, int d, int hh = -1, int mm = -1, int ss = -1)
{
    if (!QDate::isValid(y, m, d) || y < 1990 || y > 2100)
        return {};
    QString out = QDate(y, m, d).toString(Qt::ISODate);
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60) {
        out += QStringLiteral("T%1:%2").arg(hh, 2, 10, QLatin1Char('0')).arg(mm, 2, 10, QLatin1Char('0'));
        if (ss >= 0 && ss < 60)
            out += QStringLiteral(":%1").arg(ss, 2, 10, QLatin1Char('0'));
    }
    return out;
}

int monthFromName(QStringView word)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    const QString w = word.left(3).toString().toLower();
    for (int m = 0; m < 12; ++m) {
        if (w == QLatin1String(names[m]))
            return m + 1;
    }
    return 0;
}

// "December 22, 2016", "22 Dec 2016 10:43", "Mon, 22 Dec 2016 10:43:37 -0800".
QString fromWords(const QString &value)
{
    int y = -1, m = 0, d = -1, hh = -1, mm = -1, ss = -1;
    QString word;
    QStringList tokens;
    for (const QChar c : value) {
        if (c.isLetterOrNumber() || c == QLatin1Char(':')) {
            word += c;
        } else if (!word.isEmpty()) {
            tokens << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        tokens << word;
    for (const QString &t : std::as_const(tokens)) {
        if (t.contains(QLatin1Char(':'))) {
            const QStringList parts = t.split(QLatin1Char(':'));
            if (hh < 0 && parts.size() >= 2) {
                hh = parts[0].toInt();
                mm = parts[1].toInt();
                ss = parts.size() > 2 ? parts[2].toInt() : -1;
            }
            continue;
        }
        bool isNumber = false;
        QString num = t;
        for (const char *suffix : {"st", "nd", "rd", "th"}) {
            if (num.size() > 2 && num.endsWith(QLatin1String(suffix)))
                num.chop(2);
        }
        const int n = num.toInt(&isNumber);
        if (isNumber) {
            if (num.size() == 4 && y < 0)
                y = n;
            else if (n >= 1 && n <= 31 && d < 0)
                d = n;
            continue;
        }
        if (m == 0)
            m = monthFromName(t);
    }
    if (y < 0 || m == 0 || d < 0)
        return {};
    return format(y, m, d, hh, mm, ss);
}

} // namespace

QString PublishedDate::normalize(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return {};
    // ISO 8601 and its relatives: 2021-11-01T10:52:50+0100, 2019-04-28 06:01:07, 2016/12/22.
    const int y = digits(value, 0, 4);
    if (y > 0 && value.size() >= 10 && (value[4] == QLatin1Char('-') || value[4] == QLatin1Char('/'))) {
        const int m = digits(value, 5, 2);
        const int d = digits(value, 8, 2);
        if (m > 0 && d > 0) {
            int hh = -1, mm = -1, ss = -1;
            if (value.size() >= 16 && (value[10] == QLatin1Char('T') || value[10] == QLatin1Char(' '))
                && value[13] == QLatin1Char(':')) {
                hh = digits(value, 11, 2);
                mm = digits(value, 14, 2);
                if (value.size() >= 19 && value[16] == QLatin1Char(':'))
                    ss = digits(value, 17, 2);
            }
            const QString out = format(y, m, d, hh, mm, ss);
            if (!out.isEmpty())
                return out;
        }
    }
    // Compact 20161222.
    if (value.size() == 8 && y > 0) {
        const QString out = format(y, digits(value, 4, 2), digits(value, 6, 2));
        if (!out.isEmpty())
            return out;
    }
    return fromWords(value);
}

} // namespace lede
