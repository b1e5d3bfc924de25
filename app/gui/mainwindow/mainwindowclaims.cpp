// View ▸ All Claims…: the library's claims in one window beside the main one; a claim chosen there
// opens in its article, selected in the sidebar.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "claims/claimdesk.h"
#include "settings/appsettings.h"
#include "storage/library.h"

namespace lede {

ClaimDesk *MainWindow::claimDesk() const
{
    return m_claimDesk;
}

void MainWindow::showClaimDesk()
{
    if (!m_claimDesk) {
        m_claimDesk = new ClaimDesk(m_settings->store(), this);
        m_claimDesk->setLibrary(m_library.get());
        connect(m_claimDesk, &ClaimDesk::claimActivated, this, [this](qint64 articleId, qint64 claimId) {
            openArticle(articleId);
            m_sidebar->setCurrentIndex(Sidebar::ClaimsPage);
            m_sidebar->selectAnnotation(HighlightKind::Claim, claimId);
            activateWindow();
        });
        connect(m_claimDesk, &ClaimDesk::errorOccurred, this, &MainWindow::showError);
        // Claims change in the main window (recorded, edited, undone) or leave with their article.
        connect(m_annotations, &ArticleAnnotations::annotationsChanged, m_claimDesk, &ClaimDesk::reload);
        connect(m_annotations, &ArticleAnnotations::articlesTrashedOrRestored, m_claimDesk, &ClaimDesk::reload);
        connect(this, &MainWindow::libraryChanged, m_claimDesk, [this] { m_claimDesk->setLibrary(m_library.get()); });
    }
    m_claimDesk->show(); // reads the claims again if they changed while it was hidden
    m_claimDesk->raise();
    m_claimDesk->activateWindow();
}

} // namespace lede
