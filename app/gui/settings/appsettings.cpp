#include "settings/appsettings.h"

#include "analysis/analyzer.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace lede {
namespace {

QString colorKey(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Quote:
        return QStringLiteral("highlight/quote");
    case HighlightKind::Entity:
        return QStringLiteral("highlight/entity");
    case HighlightKind::Note:
        return QStringLiteral("highlight/note");
    case HighlightKind::Claim:
        return QStringLiteral("highlight/claim");
    }
    return {};
}

constexpr int kMaxRecent = 8;

} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Analyzer::setApostropheQuotesByDefault(apostropheQuotes());
}

QString AppSettings::authorName() const
{
    return m_settings->value(QStringLiteral("export/author")).toString();
}
void AppSettings::setAuthorName(const QString &name)
{
    m_settings->setValue(QStringLiteral("export/author"), name);
}
QString AppSettings::organisation() const
{
    return m_settings->value(QStringLiteral("export/organisation")).toString();
}
void AppSettings::setOrganisation(const QString &organisation)
{
    m_settings->setValue(QStringLiteral("export/organisation"), organisation);
}

QColor AppSettings::defaultHighlightColor(HighlightKind kind)
{
    // Okabe–Ito colours: told apart with every common colour-vision deficiency.
    switch (kind) {
    case HighlightKind::Quote:
        return QColor(0x00, 0x72, 0xB2); // blue
    case HighlightKind::Entity:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case HighlightKind::Note:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case HighlightKind::Claim:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return Qt::gray;
}

QColor AppSettings::highlightColor(HighlightKind kind) const
{
    const QColor stored(m_settings->value(colorKey(kind)).toString());
    return stored.isValid() ? stored : defaultHighlightColor(kind);
}

void AppSettings::setHighlightColor(HighlightKind kind, const QColor &color)
{
    m_settings->setValue(colorKey(kind), color.name());
    Q_EMIT appearanceChanged();
}

int AppSettings::readerFontSize() const
{
    return m_settings->value(QStringLiteral("reader/fontSize"), 0).toInt();
}

void AppSettings::setReaderFontSize(int points)
{
    m_settings->setValue(QStringLiteral("reader/fontSize"), points);
    Q_EMIT appearanceChanged();
}

bool AppSettings::apostropheQuotes() const
{
    return m_settings->value(QStringLiteral("analysis/apostropheQuotes"), false).toBool();
}

void AppSettings::setApostropheQuotes(bool read)
{
    m_settings->setValue(QStringLiteral("analysis/apostropheQuotes"), read);
    Analyzer::setApostropheQuotesByDefault(read);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

QStringList AppSettings::recentLibraries() const
{
    return m_settings->value(QStringLiteral("libraries/recent")).toStringList();
}

void AppSettings::addRecentLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLibraries();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(QStringLiteral("libraries/recent"), recent);
}

QString AppSettings::exportFormat() const
{
    return m_settings->value(QStringLiteral("export/format"), QStringLiteral("md")).toString();
}
void AppSettings::setExportFormat(const QString &format)
{
    m_settings->setValue(QStringLiteral("export/format"), format);
}
QString AppSettings::exportFolder() const
{
    return m_settings->value(QStringLiteral("export/folder")).toString();
}
void AppSettings::setExportFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("export/folder"), folder);
}
QString AppSettings::exportUrl() const
{
    return m_settings->value(QStringLiteral("export/url")).toString();
}
void AppSettings::setExportUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("export/url"), url);
}

// A backup a day, a week's worth kept: enough to go back past a bad day's work without filling a disk.
int AppSettings::backupIntervalDays() const
{
    return m_settings->value(QStringLiteral("backup/intervalDays"), 1).toInt();
}
void AppSettings::setBackupIntervalDays(int days)
{
    m_settings->setValue(QStringLiteral("backup/intervalDays"), days);
}
int AppSettings::backupsKept() const
{
    return m_settings->value(QStringLiteral("backup/kept"), 7).toInt();
}
void AppSettings::setBackupsKept(int count)
{
    m_settings->setValue(QStringLiteral("backup/kept"), count);
}
QString AppSettings::backupFolder() const
{
    const QString folder = m_settings->value(QStringLiteral("backup/folder")).toString();
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}
void AppSettings::setBackupFolder(const QString &folder)
{
    // The default is not written down, so that it follows the data folder.
    if (folder == defaultBackupFolder())
        m_settings->remove(QStringLiteral("backup/folder"));
    else
        m_settings->setValue(QStringLiteral("backup/folder"), folder);
}
QString AppSettings::defaultBackupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

} // namespace lede
