#include "dialogs/settingsdialog.h"

#include "reader/highlightpalette.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
