#include "mainwindow.h"

#include "storage/library.h"

#include <QFileInfo>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>

namespace lede {

MainWindow::MainWindow(std::unique_ptr<Library> library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
    , m_list(new QListWidget(this))
    , m_reader(new QTextBrowser(this))
{
    setWindowTitle(tr("%1 — Lede").arg(QFileInfo(m_library->path()).completeBaseName()));
    m_list->setAccessibleName(tr("Articles"));
    m_reader->setAccessibleName(tr("Article text"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArticle(item->data(Qt::UserRole).toLongLong());
    });
    reloadArticles();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadArticles()
{
    m_list->clear();
    for (const ArticleSummary &a : m_library->articles().list(0, -1)) {
        auto *item = new QListWidgetItem(a.title, m_list);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(QStringList{a.byline, a.site, a.published}.join(QLatin1Char(' ')).simplified());
    }
    statusBar()->showMessage(tr("%n article(s)", nullptr, m_list->count()));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void MainWindow::showArticle(qint64 id)
{
    const std::optional<Article> article = m_library->articles().find(id);
    if (!article)
        return;
    QString html = QStringLiteral("<h2>%1</h2>").arg(article->title.toHtmlEscaped());
    QStringList parts{article->byline, article->site, article->published};
    parts.removeAll(QString());
    const QString meta = parts.join(QStringLiteral(" · "));
    html += QStringLiteral("<p><i>%1</i></p>").arg(meta.toHtmlEscaped());
    for (const QString &para : article->body.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(para.toHtmlEscaped());
    m_reader->setHtml(html);
}

} // namespace lede
