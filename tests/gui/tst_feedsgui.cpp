// Feeds and URLs in the desktop application, against a local server: File > Import URL… with its
// progress, cancel and errors; the Feeds section with unread counts; the Feeds dialog; the
// periodic refresh. Set LEDE_SCREENSHOT_DIR to keep pictures of the window and dialogs.
#include "guitestsupport.h"

#include "annotations/articleannotations.h"
#include "articlelist/articlelistmodel.h"
#include "feeds/feedlistmodel.h"
#include "feeds/feedscontroller.h"
#include "feeds/feedsdialog.h"
#include "feeds/feedspanel.h"
#include "feeds/urlimportdialog.h"
#include "httptestserver.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/subscriptionrepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace lede;
using lede::test::HttpTestRequest;
using lede::test::HttpTestResponse;
using lede::test::HttpTestServer;

namespace {

QByteArray page(int n)
{
    QByteArray body;
    for (int p = 1; p <= 5; ++p)
        body += "<p>Paragraph " + QByteArray::number(p) + " of dispatch " + QByteArray::number(n)
            + ": the school board met late on Thursday, heard parents and teachers for three hours and "
              "voted to keep the library open on Saturdays through the end of the school year.</p>";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>School board keeps library open ("
        + QByteArray::number(n) + ")</title></head><body><article>" + body + "</article></body></html>";
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEDE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestFeedsGui : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;

    FeedsController *feeds() const { return m_window->feeds(); }
    QString url(const char *path) const { return m_server.url(QLatin1String(path)).toString(); }
    QString feedRow(int row) const { return feeds()->model()->index(row).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        for (int n = 1; n <= 4; ++n)
            m_server.route("/dispatch/" + QByteArray::number(n),
                           [n](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", page(n)); });
        m_server.route("/feed.xml", [this](const HttpTestRequest &) {
            const QByteArray link1 = m_server.url(QStringLiteral("/dispatch/1")).toString().toUtf8();
            const QByteArray link2 = m_server.url(QStringLiteral("/dispatch/2")).toString().toUtf8();
            return HttpTestResponse::ok(
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>School News</title><item><guid>1</guid><title>One</title><link>"
                    + link1 + "</link></item><item><guid>2</guid><title>Two</title><link>" + link2
                    + "</link></item></channel></rss>");
        });
        m_server.route("/flyer.pdf",
                       [](const HttpTestRequest &) { return HttpTestResponse::ok("application/pdf", "%PDF-1.7\n"); });
        m_server.route("/silent", [](const HttpTestRequest &) { return HttpTestResponse {200, {}, {}, true}; });
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = testsupport::temporarySettings(*m_dir);
        m_appSettings = std::make_unique<AppSettings>(m_settings.get());
        m_window = std::make_unique<MainWindow>(
            std::make_unique<Library>(m_dir->filePath(QStringLiteral("feeds.lede"))), m_appSettings.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_appSettings.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void importUrlShowsErrorsCancelsAndImports()
    {
        QAbstractItemModelTester tester(feeds()->model());
        feeds()->importUrlAction()->trigger();
        UrlImportDialog *dialog = feeds()->urlDialog();
        QVERIFY(dialog && dialog->isVisible());

        // Not a web address: said at once, nothing fetched.
        dialog->urlField()->setText(QStringLiteral("www.example.org/news"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("http://")));

        // A PDF: the reason, and the dialog stays open to try again.
        QSignalSpy done(feeds(), &FeedsController::webImportFinished);
        dialog->urlField()->setText(url("/flyer.pdf"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("a PDF document (application/pdf)")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        screenshot(dialog, QStringLiteral("import-url-error"));

        // A server that never answers: the user cancels.
        dialog->urlField()->setText(url("/silent"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(!dialog->importButton()->isEnabled());
        QTRY_COMPARE(m_server.requests().last().path, QByteArray("/silent"));
        screenshot(dialog, QStringLiteral("import-url-busy"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("Cancelled."));
        QCOMPARE(m_window->articleModel()->totalCount(), 0);

        // A page: imported, the dialog closes and the article opens.
        dialog->urlField()->setText(url("/dispatch/3"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(done.size(), 3);
        QTRY_VERIFY(!feeds()->urlDialog() || !feeds()->urlDialog()->isVisible());
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);
        QTRY_VERIFY(m_window->annotations()->article().has_value());
        QCOMPARE(m_window->annotations()->article()->url, url("/dispatch/3"));
    }

    void feedsSectionAndDialog()
    {
        QAbstractItemModelTester tester(feeds()->model());
        FeedsPanel *panel = feeds()->panel();
        QVERIFY(!panel->isVisible()); // no feeds yet: no section
        feeds()->manageAction()->trigger();
        FeedsDialog *dialog = feeds()->feedsDialog();
        QVERIFY(dialog && dialog->isVisible());

        dialog->urlField()->setText(QStringLiteral("feed.xml"));
        QTest::keyClick(dialog->urlField(), Qt::Key_Return);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("not an http:// or https:// address")));

        QSignalSpy done(feeds(), &FeedsController::webImportFinished);
        dialog->urlField()->setText(url("/feed.xml"));
        QTest::keyClick(dialog->urlField(), Qt::Key_Return);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(dialog->table()->topLevelItemCount(), 1);
        QCOMPARE(dialog->table()->topLevelItem(0)->text(0), QStringLiteral("School News"));
        QTRY_VERIFY(panel->isVisible());
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);

        // Adding it twice says so.
        dialog->urlField()->setText(url("/feed.xml"));
        QTest::keyClick(dialog->urlField(), Qt::Key_Return);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("already subscribed")));

        // The interval of the selected feed.
        dialog->intervalBox()->setValue(15);
        Q_EMIT dialog->intervalBox()->editingFinished();
        SubscriptionRepository repo(m_window->library()->connection());
        QCOMPARE(repo.all().first().refreshMinutes, 15);
        screenshot(dialog, QStringLiteral("feeds-dialog"));
        dialog->close();

        // An article from elsewhere is not in the feed's list.
        QSignalSpy urlDone(feeds(), &FeedsController::webImportFinished);
        feeds()->importUrlAction()->trigger();
        feeds()->urlDialog()->urlField()->setText(url("/dispatch/4"));
        QTest::mouseClick(feeds()->urlDialog()->importButton(), Qt::LeftButton);
        QTRY_COMPARE(urlDone.size(), 1);
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 3);

        // The Feeds section: the feed with its unread count; choosing it filters the list.
        const int unreadBefore = feeds()->model()->index(1).data(FeedListModel::UnreadRole).toInt();
        QVERIFY(unreadBefore >= 1);
        QCOMPARE(feedRow(1), QStringLiteral("School News (%1)").arg(unreadBefore));
        panel->view()->setCurrentIndex(feeds()->model()->index(1));
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
        // Opening an unread article of the feed lowers the count.
        QTableView *list = m_window->articleView();
        const ArticleListModel *articles = m_window->articleModel();
        for (int row = 0; row < articles->rowCount(); ++row) {
            list->setCurrentIndex(articles->index(row, 0));
            QTRY_COMPARE(m_window->annotations()->articleId(), articles->articleId(row));
        }
        QTRY_COMPARE(feeds()->model()->index(1).data(FeedListModel::UnreadRole).toInt(), 0);
        QCOMPARE(feedRow(1), QStringLiteral("School News"));
        screenshot(m_window.get(), QStringLiteral("feeds-section"));
        panel->view()->setCurrentIndex(feeds()->model()->index(0));
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 3);

        // Removing the feed keeps its articles and hides the section again.
        feeds()->manageAction()->trigger();
        const auto buttons = feeds()->feedsDialog()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QStringLiteral("&Remove"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QTRY_COMPARE(feeds()->model()->rowCount(), 1);
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(m_window->articleModel()->totalCount(), 3);
    }

    void periodicRefreshAndLastError()
    {
        QAbstractItemModelTester tester(feeds()->model());
        SubscriptionRepository repo(m_window->library()->connection());
        repo.add(url("/feed.xml"), {}, 1);
        repo.add(url("/gone.xml"), QStringLiteral("Gone Gazette"), 1);
        feeds()->model()->reload();
        QSignalSpy done(feeds(), &FeedsController::webImportFinished);
        feeds()->setCheckInterval(20); // due feeds are checked on the timer, without anyone asking
        QTRY_VERIFY(done.size() >= 1);
        feeds()->setCheckInterval(60 * 60 * 1000);
        QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
        const int gone = feeds()->model()->rowOf(repo.findByUrl(url("/gone.xml"))->id);
        QTRY_VERIFY(feedRow(gone).startsWith(QStringLiteral("\u26A0 Gone Gazette")));
        QVERIFY(feeds()->model()->index(gone).data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 404")));
        feeds()->manageAction()->trigger();
        FeedsDialog *dialog = feeds()->feedsDialog();
        dialog->table()->setCurrentItem(dialog->table()->topLevelItem(0)); // sorted by title: Gone Gazette first
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("HTTP 404")),
                 qPrintable(dialog->errorLabel()->text()));
        screenshot(dialog, QStringLiteral("feeds-dialog-error"));
        screenshot(m_window.get(), QStringLiteral("feeds-window"));
    }
};

QTEST_MAIN(TestFeedsGui)
#include "tst_feedsgui.moc"
