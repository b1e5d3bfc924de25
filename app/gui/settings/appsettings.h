#pragma once

#include <QColor>
#include <QObject>
#include <QStringList>

class QSettings;

namespace lede {

enum class HighlightKind { Quote, Entity, Note, Claim };

// The user's preferences and the window's remembered state, over a QSettings that the caller owns
// (the user's in the application, a file in a temporary folder in tests).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QSettings *store() const { return m_settings; }

    QString authorName() const;
    void setAuthorName(const QString &name);
    QString organisation() const;
    void setOrganisation(const QString &organisation);

    QColor highlightColor(HighlightKind kind) const;
    void setHighlightColor(HighlightKind kind, const QColor &color);
    static QColor defaultHighlightColor(HighlightKind kind);

    // Points; 0 means the system's font size.
    int readerFontSize() const;
    void setReaderFontSize(int points);

    // Whether analysis reads two apostrophes ('') as a quotation mark, as news archives write it.
    // Every analyzer of the session follows it (imports, Analyse Again), from the moment it is set.
    bool apostropheQuotes() const;
    void setApostropheQuotes(bool read);

    // "" follows the system's locale; "en", "es", "fr" or "de" choose. Read once, at start.
    QString language() const;
    void setLanguage(const QString &language);

    QStringList recentLibraries() const;
    void addRecentLibrary(const QString &path);

    // The export dialog's last choices: a format name (`lede-cli export --format`), a folder and
    // the publication URL.
    QString exportFormat() const;
    void setExportFormat(const QString &format);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QString exportUrl() const;
    void setExportUrl(const QString &url);

    // Automatic backups of the open library (see AutomaticBackups): every so many days (0: never),
    // how many to keep, and the folder that holds them (Lede's data folder unless chosen).
    int backupIntervalDays() const;
    void setBackupIntervalDays(int days);
    int backupsKept() const;
    void setBackupsKept(int count);
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    static QString defaultBackupFolder();

Q_SIGNALS:
    void appearanceChanged();

private:
    QSettings *m_settings;
};

} // namespace lede
