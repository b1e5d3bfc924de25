#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QTextBrowser;

namespace lede {

class Library;

// A first window over a library: the article list and a reader for the selected article.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Library> library, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void reloadArticles();
    void showArticle(qint64 id);

    std::unique_ptr<Library> m_library;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace lede
