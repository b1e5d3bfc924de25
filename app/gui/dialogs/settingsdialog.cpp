#include "dialogs/settingsdialog.h"

#include "reader/highlightpalette.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace lede {

SettingsDialog::SettingsDialog(AppSettings *settings, const VerdictScale &scale, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_scale(scale)
    , m_author(new QLineEdit(settings->authorName(), this))
    , m_organisation(new QLineEdit(settings->organisation(), this))
    , m_verdicts(new QPlainTextEdit(scale.labels().join(QLatin1Char('\n')), this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_backupInterval(new QComboBox(this))
    , m_backupsKept(new QSpinBox(this))
    , m_backupFolder(new QLineEdit(settings->backupFolder(), this))
    , m_apostropheQuotes(
          new QCheckBox(tr("Read two &apostrophes ('') as a quotation mark, as news archives write it"), this))
{
    setWindowTitle(tr("Settings"));
    m_author->setAccessibleName(tr("Your name, for exports"));
    m_organisation->setAccessibleName(tr("Organisation, for exports"));
    m_verdicts->setAccessibleName(tr("Verdict scale, truest first, one per line"));
    m_verdicts->setTabChangesFocus(true);
    m_fontSize->setRange(0, 48);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings->readerFontSize());
    m_fontSize->setAccessibleName(tr("Reader font size"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_author);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Verdict scale\n(truest first):"), m_verdicts);
    for (HighlightKind kind :
         {HighlightKind::Quote, HighlightKind::Entity, HighlightKind::Note, HighlightKind::Claim}) {
        m_colors.insert(kind, settings->highlightColor(kind));
        auto *button = new QPushButton(this);
        button->setAccessibleName(tr("%1 highlight colour").arg(HighlightPalette::name(kind)));
        m_colorButtons.insert(kind, button);
        connect(button, &QPushButton::clicked, this, [this, kind] { chooseColor(kind); });
        form->addRow(tr("%1 colour:").arg(HighlightPalette::name(kind)), button);
        button->setText(m_colors.value(kind).name());
        button->setStyleSheet(QStringLiteral("background-color: %1").arg(m_colors.value(kind).name()));
    }
    form->addRow(tr("Reader &font size:"), m_fontSize);
    // Each language under its own name, so that a user lost in a foreign interface finds theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_language->setAccessibleName(tr("Language of the interface"));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Lede starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    m_apostropheQuotes->setObjectName(QStringLiteral("apostropheQuotes"));
    m_apostropheQuotes->setChecked(settings->apostropheQuotes());
    form->addRow(tr("Analysis:"), m_apostropheQuotes);
    auto *analysisNote =
        new QLabel(tr("For articles imported or analysed again from now on (Article ▸ Analyse Again…)."), this);
    analysisNote->setWordWrap(true);
    form->addRow(QString(), analysisNote);
    addBackupRows(form);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (auto it = m_colorButtons.begin(); it != m_colorButtons.end(); ++it) {
            const QColor c = AppSettings::defaultHighlightColor(it.key());
            m_colors.insert(it.key(), c);
            it.value()->setText(c.name());
            it.value()->setStyleSheet(QStringLiteral("background-color: %1").arg(c.name()));
        }
    });
}

void SettingsDialog::addBackupRows(QFormLayout *form)
{
    m_backupInterval->setObjectName(QStringLiteral("backupInterval"));
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupInterval->addItem(tr("Never"), 0);
    m_backupInterval->addItem(tr("Every day"), 1);
    m_backupInterval->addItem(tr("Every week"), 7);
    const int interval = m_settings->backupIntervalDays();
    m_backupInterval->setCurrentIndex(std::max(0, m_backupInterval->findData(interval > 1 ? 7 : interval)));
    m_backupInterval->setAccessibleName(tr("How often the open library is backed up"));
    form->addRow(tr("&Back up the open library:"), m_backupInterval);
    m_backupsKept->setRange(1, 99);
    m_backupsKept->setValue(m_settings->backupsKept());
    m_backupsKept->setAccessibleName(tr("Backups kept of each library"));
    form->addRow(tr("Backups &kept:"), m_backupsKept);
    m_backupFolder->setAccessibleName(tr("Folder of the automatic backups"));
    m_backupFolder->setMinimumWidth(m_backupFolder->fontMetrics().horizontalAdvance(m_backupFolder->text()) / 2);
    m_backupFolder->setCursorPosition(0); // the start of a long path says more than its end
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder of the Automatic Backups"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(choose);
    // A row of a layout gets no buddy from the form: the label needs one for its shortcut.
    auto *folderLabel = new QLabel(tr("Backup fol&der:"), this);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    auto *backupNote = new QLabel(
        tr("Each library gets a folder of its own there. To restore a backup, open it with File ▸ Open Library."),
        this);
    backupNote->setWordWrap(true);
    form->addRow(QString(), backupNote);
    auto enable = [this, choose] {
        const bool on = m_backupInterval->currentData().toInt() > 0;
        m_backupsKept->setEnabled(on);
        m_backupFolder->setEnabled(on);
        choose->setEnabled(on);
    };
    connect(m_backupInterval, &QComboBox::currentIndexChanged, this, enable);
    enable();
}

void SettingsDialog::chooseColor(HighlightKind kind)
{
    auto *dialog = new QColorDialog(m_colors.value(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, kind](const QColor &c) {
        m_colors.insert(kind, c);
        m_colorButtons.value(kind)->setText(c.name());
        m_colorButtons.value(kind)->setStyleSheet(QStringLiteral("background-color: %1").arg(c.name()));
    });
    dialog->open();
}

void SettingsDialog::apply()
{
    m_settings->setAuthorName(m_author->text().trimmed());
    m_settings->setOrganisation(m_organisation->text().trimmed());
    for (auto it = m_colors.cbegin(); it != m_colors.cend(); ++it)
        m_settings->setHighlightColor(it.key(), it.value());
    m_settings->setReaderFontSize(m_fontSize->value());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setApostropheQuotes(m_apostropheQuotes->isChecked());
    m_settings->setBackupIntervalDays(m_backupInterval->currentData().toInt());
    m_settings->setBackupsKept(m_backupsKept->value());
    const QString folder = m_backupFolder->text().trimmed();
    m_settings->setBackupFolder(folder.isEmpty() ? AppSettings::defaultBackupFolder() : folder);
}

VerdictScale SettingsDialog::verdictScale() const
{
    QStringList labels;
    for (const QString &line : m_verdicts->toPlainText().split(QLatin1Char('\n'))) {
        const QString label = line.trimmed();
        if (!label.isEmpty() && !labels.contains(label, Qt::CaseInsensitive))
            labels << label;
    }
    QList<Verdict> verdicts;
    for (int i = 0; i < labels.size(); ++i)
        verdicts.append({labels.at(i), int(labels.size() - i)});
    return VerdictScale(verdicts);
}

bool SettingsDialog::verdictScaleChanged() const
{
    return verdictScale().labels() != m_scale.labels();
}

} // namespace lede
