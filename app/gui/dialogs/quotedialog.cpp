#include "dialogs/quotedialog.h"

#include "annotations/quotemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace lede {

QuoteDialog::QuoteDialog(const QString &passage, const QStringList &knownNames, QWidget *parent)
    : QDialog(parent)
    , m_speaker(new QLineEdit(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("Mark as Quote"));
    auto *text = new QLabel(passage.simplified(), this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(tr("Quoted passage"));
    auto *completer = new QCompleter(knownNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);
    m_speaker->setAccessibleName(tr("Speaker"));
    m_speaker->setPlaceholderText(tr("Who said it (empty: unknown)"));
    for (QuoteKind k : {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect, QuoteKind::Scare, QuoteKind::Title,
                        QuoteKind::Term})
        m_kind->addItem(QuoteModel::kindName(int(k)), int(k));
    m_kind->setAccessibleName(tr("Kind of quote"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Passage:"), text);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_speaker->setFocus();
}

void QuoteDialog::setSpeaker(const QString &speaker)
{
    m_speaker->setText(speaker);
    m_speaker->selectAll();
}

void QuoteDialog::setSpeakerOnly(bool only)
{
    m_kind->setVisible(!only);
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_kind, !only);
    setWindowTitle(only ? tr("Change Speaker") : tr("Mark as Quote"));
}

QString QuoteDialog::speaker() const
{
    return m_speaker->text().trimmed();
}
QuoteKind QuoteDialog::kind() const
{
    return QuoteKind(m_kind->currentData().toInt());
}

} // namespace lede
