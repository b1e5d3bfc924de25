#include "dialogs/entitydialog.h"

#include "annotations/entitymodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace lede {

EntityDialog::EntityDialog(const QString &title, const QString &name, EntityKind kind, const QStringList &knownNames,
                           QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(title);
    auto *completer = new QCompleter(knownNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_name->setAccessibleName(tr("Entity name"));
    m_kind->setAccessibleName(tr("Entity kind"));
    for (EntityKind k : {EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Law,
                         EntityKind::Event, EntityKind::Other})
        m_kind->addItem(EntityModel::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!this->name().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->selectAll();
    m_name->setFocus();
}

QString EntityDialog::name() const
{
    return m_name->text().trimmed();
}
EntityKind EntityDialog::kind() const
{
    return EntityKind(m_kind->currentData().toInt());
}

} // namespace lede
