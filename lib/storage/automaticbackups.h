#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lede {

// Where and when the window backs a library up on its own: dated copies ("news 2026-11-26.lede")
// in a folder of the library's own under the backups folder, at most one per interval, the oldest
// removed beyond a count. The copy itself is LibraryBackup's; this class only decides.
class AutomaticBackups
{
public:
    AutomaticBackups(const QString &backupsFolder, const QString &libraryPath);

    // "<backups folder>/news-1a2b3c4d": the library's name, and a hash of its full path so that
    // two libraries called "news" in different folders keep their backups apart.
    QString folder() const { return m_folder; }
    // The backups already written, newest first (files of other names are not ours and are left).
    QStringList existing() const;
    // True when the newest backup is `intervalDays` days old or older, or there is none.
    bool isDue(const QDate &today, int intervalDays) const;
    QString pathFor(const QDate &day) const;
    // Removes the oldest backups beyond `keep`; returns the paths removed.
    QStringList prune(int keep) const;

private:
    QDate dateOf(const QString &fileName) const;

    QString m_folder;
    QString m_baseName;
};

} // namespace lede
