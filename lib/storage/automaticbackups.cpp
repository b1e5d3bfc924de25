#include "storage/automaticbackups.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace lede {
namespace {

const QString kSuffix = QStringLiteral(".lede");
constexpr qsizetype kDateLength = 10; // yyyy-MM-dd

} // namespace

AutomaticBackups::AutomaticBackups(const QString &backupsFolder, const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    m_baseName = library.completeBaseName();
    const QByteArray hash =
        QCryptographicHash::hash(library.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    m_folder = QDir(backupsFolder).filePath(m_baseName + QLatin1Char('-') + QString::fromLatin1(hash));
}

QDate AutomaticBackups::dateOf(const QString &fileName) const
{
    // "<name> <yyyy-MM-dd>.lede"; a ".part" left by an interrupted copy does not count.
    const qsizetype nameLength = m_baseName.size() + 1;
    if (fileName.size() != nameLength + kDateLength + kSuffix.size() || !fileName.startsWith(m_baseName)
        || fileName.at(m_baseName.size()) != QLatin1Char(' ') || !fileName.endsWith(kSuffix))
        return {};
    return QDate::fromString(fileName.mid(nameLength, kDateLength), Qt::ISODate);
}

QStringList AutomaticBackups::existing() const
{
    QList<std::pair<QDate, QString>> dated;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const QDate date = dateOf(name);
        if (date.isValid())
            dated.append({date, dir.filePath(name)});
    }
    std::sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList paths;
    for (const auto &d : std::as_const(dated))
        paths << d.second;
    return paths;
}

bool AutomaticBackups::isDue(const QDate &today, int intervalDays) const
{
    if (intervalDays <= 0)
        return false;
    const QStringList backups = existing();
    if (backups.isEmpty())
        return true;
    return dateOf(QFileInfo(backups.first()).fileName()).daysTo(today) >= intervalDays;
}

QString AutomaticBackups::pathFor(const QDate &day) const
{
    return QDir(m_folder).filePath(m_baseName + QLatin1Char(' ') + day.toString(Qt::ISODate) + kSuffix);
}

QStringList AutomaticBackups::prune(int keep) const
{
    QStringList removed;
    const QStringList backups = existing();
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i)))
            removed << backups.at(i);
    }
    return removed;
}

} // namespace lede
