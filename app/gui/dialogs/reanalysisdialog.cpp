#include "dialogs/reanalysisdialog.h"

#include "exporting/exportscopebox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lede {

ReanalysisDialog::ReanalysisDialog(Library *library, qint64 currentArticleId, const QString &currentTitle,
                                   const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_scope(new ExportScopeBox(library, currentArticleId, currentTitle, selectedIds, this))
{
    setObjectName(QStringLiteral("reanalysisDialog"));
    setWindowTitle(tr("Analyse Again"));
    m_scope->setTitle(tr("What to analyse again"));
    m_scope->setKind(selectedIds.size() > 1
                         ? ExportScope::Kind::Selection
                         : (currentArticleId ? ExportScope::Kind::Article : ExportScope::Kind::Library));
    auto *about = new QLabel(tr("The quotes, speakers and entities Lede suggested are found again with this "
                                "version's analysis and the entities confirmed in this library. Quotes and "
                                "mentions you accepted, rejected or marked yourself stay as they are, and "
                                "nothing new is suggested where they are.\n\nThis cannot be undone."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *analyse = buttons->addButton(tr("A&nalyse"), QDialogButtonBox::AcceptRole);
    analyse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_scope);
    layout->addWidget(buttons);
}

ExportScope ReanalysisDialog::scope() const
{
    return m_scope->scope();
}

} // namespace lede
