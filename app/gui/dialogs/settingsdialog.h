#pragma once

#include "domain/verdictscale.h"
#include "settings/appsettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lede {

// Name and organisation for exports, the library's verdict scale, highlight colours and the
// reader's font size, the language of the interface (used from the next start), and automatic backups.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings *settings, const VerdictScale &scale, QWidget *parent = nullptr);

    // Writes the preferences to the settings; the verdict scale is the caller's to store.
    void apply();
    VerdictScale verdictScale() const;
    bool verdictScaleChanged() const;

private:
    void chooseColor(HighlightKind kind);
    void addBackupRows(QFormLayout *form);

    AppSettings *m_settings;
    VerdictScale m_scale;
    QLineEdit *m_author;
    QLineEdit *m_organisation;
    QPlainTextEdit *m_verdicts;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QComboBox *m_backupInterval;
    QSpinBox *m_backupsKept;
    QLineEdit *m_backupFolder;
    QCheckBox *m_apostropheQuotes;
    QHash<HighlightKind, QColor> m_colors;
    QHash<HighlightKind, QPushButton *> m_colorButtons;
};

} // namespace lede
