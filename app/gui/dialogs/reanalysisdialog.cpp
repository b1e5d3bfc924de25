#include "dialogs/reanalysisdialog.h"

#include "exporting/exportscopebox.h"
#include "importing/reanalysisworker.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lede {

ReanalysisDialog::ReanalysisDialog(Library *library, qint64 currentArticleId, const QString &currentTitle,
                                   const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_scope(new ExportScopeBox(library, currentArticleId, currentTitle, selectedIds, this))
    , m_consequence(new QLabel(this))
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
                                "nothing new is suggested where they are."),
                             this);
    about->setWordWrap(true);
    m_consequence->setObjectName(QStringLiteral("reanalysisConsequence"));
    m_consequence->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_analyse = buttons->addButton(tr("A&nalyse"), QDialogButtonBox::AcceptRole);
    m_analyse->setDefault(true);
    connect(m_scope, &ExportScopeBox::changed, this, &ReanalysisDialog::showConsequence);
    showConsequence();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_scope);
    layout->addWidget(m_consequence);
    layout->addWidget(buttons);
}

void ReanalysisDialog::showConsequence()
{
    // How many articles it touches decides whether it can be undone: up to a few hundred articles'
    // old suggestions are kept for Edit ▸ Undo, a whole library's would not be.
    int count = -1;
    try {
        count = m_library ? m_scope->scope().count(*m_library) : -1;
    } catch (const StorageError &) {
        count = -1; // unknown: said as for many
    }
    m_analyse->setEnabled(count != 0);
    if (count == 0)
        m_consequence->setText(tr("There is no article to analyse again."));
    else if (count > 0 && count <= ReanalysisWorker::kUndoableArticles)
        m_consequence->setText(tr("Edit ▸ Undo puts the replaced suggestions back."));
    else if (count > 1)
        m_consequence->setText(
            tr("This replaces the suggestions of %n article(s) and cannot be undone.", nullptr, count));
    else
        m_consequence->setText(tr("This cannot be undone."));
}

ExportScope ReanalysisDialog::scope() const
{
    return m_scope->scope();
}

} // namespace lede
