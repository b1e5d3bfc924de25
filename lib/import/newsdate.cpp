#include "import/newsdate.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace lede {
namespace {

int monthNumber(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

const QString kMonth =
    QStringLiteral("(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                   "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
const QString kWeekday =
    QStringLiteral("(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?");
const QString kTime = QStringLiteral("(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([AaPp])\\.?\\s?[Mm]\\.?)?");

QString iso(int year, int month, int day, int hour = -1, int minute = 0, int second = -1)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    QString out = date.toString(Qt::ISODate);
    if (hour >= 0 && QTime(hour, minute).isValid()) {
        out += QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
        if (second >= 0)
            out += QStringLiteral(":%1").arg(second, 2, 10, QLatin1Char('0'));
    }
    return out;
}

int twelveHour(const QString &hour, const QString &meridiem)
{
    if (hour.isEmpty())
        return -1;
    int h = hour.toInt() % 12;
    if (meridiem.compare(QLatin1String("p"), Qt::CaseInsensitive) == 0)
        h += 12;
    return h;
}

// Every form atStart() reads has a four-digit year (\d is ASCII here: no Unicode properties
// option). A text without four digits in a row has no date: the test spares the regular expressions
// the importer's header and lead lines, most of which have none (840 articles: 43M -> 10M instructions).
bool hasFourDigits(QStringView text)
{
    int run = 0;
    for (QChar c : text) {
        run = c.unicode() >= u'0' && c.unicode() <= u'9' ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

} // namespace

NewsDate::Match NewsDate::atStart(QStringView text)
{
    if (!hasFourDigits(text))
        return {};
    static const QRegularExpression monthFirst(QStringLiteral("^") + kWeekday + kMonth
                                                   + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})")
                                                   + kTime,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(QStringLiteral("^") + kWeekday + QStringLiteral("(\\d{1,2})\\s+") + kMonth
                                                 + QStringLiteral(",?\\s+(\\d{4})") + kTime,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isoDate(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"));
    static const QRegularExpression usNumeric(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));

    QRegularExpressionMatch m = monthFirst.match(text);
    if (m.hasMatch()) {
        const QString out = iso(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt(),
                                twelveHour(m.captured(4), m.captured(6)), m.captured(5).toInt());
        return {out, out.isEmpty() ? 0 : int(m.capturedLength(0))};
    }
    m = dayFirst.match(text);
    if (m.hasMatch()) {
        const QString out = iso(m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt(),
                                twelveHour(m.captured(4), m.captured(6)), m.captured(5).toInt());
        return {out, out.isEmpty() ? 0 : int(m.capturedLength(0))};
    }
    m = isoDate.match(text);
    if (m.hasMatch()) {
        const QString out = iso(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                m.captured(4).isEmpty() ? -1 : m.captured(4).toInt(), m.captured(5).toInt(),
                                m.captured(6).isEmpty() ? -1 : m.captured(6).toInt());
        return {out, out.isEmpty() ? 0 : int(m.capturedLength(0))};
    }
    m = usNumeric.match(text);
    if (m.hasMatch()) {
        const QString out = iso(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
        return {out, out.isEmpty() ? 0 : int(m.capturedLength(0))};
    }
    return {};
}

QString NewsDate::wholeLine(QStringView text)
{
    if (!hasFourDigits(text))
        return {};
    static const QRegularExpression prefix(QStringLiteral("^(?:published|updated|posted|date)(?: on)?:?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString line = text.trimmed().toString();
    line.remove(prefix);
    const Match m = atStart(line);
    if (m.iso.isEmpty())
        return {};
    // Allow a trailing time zone word ("ET", "GMT") but nothing else.
    const QString rest = line.mid(m.length).trimmed();
    static const QRegularExpression zone(QStringLiteral("^(?:[A-Z]{2,4}|UTC[+-]\\d{1,2})?\\.?$"));
    return zone.match(rest).hasMatch() ? m.iso : QString();
}

} // namespace lede
