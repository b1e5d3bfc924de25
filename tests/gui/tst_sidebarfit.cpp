// The sidebar fits its width at the default window size in every shipped language: the quote list
// never scrolls sideways (a long kind label, French "Guillemets de distance", is elided and its
// tooltip has it whole), the speaker shows whole (on two lines), the common labels show whole, and the columns get
// their room back when the window widens. With LEDE_SIDEBAR_SCREENSHOTS=DIR the test saves the window in each language.
#include "guitestsupport.h"

#include "annotations/annotationroles.h"
#include "annotations/quotemodel.h"
#include "annotations/sidebar.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace lede;

class TestSidebarFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quoteListFitsInEveryLanguage_data();
    void quoteListFitsInEveryLanguage();
    void theUsualCueShowsBesideLongSpeakers();

private:
    qint64 addArticle(Library &library);
    qint64 addArticleWithLongSpeakers(Library &library);
    void install(const QString &language);
    // Whether the table needs to scroll sideways to show its columns.
    static bool scrollsSideways(const QTableView *view)
    {
        return view->horizontalScrollBar()->maximum() > 0
            || view->horizontalHeader()->length() > view->viewport()->width();
    }
    // Shows `window` at its default size (no saved geometry) with article `id` open and the quote
    // list in front; null when the window never showed.
    static QTableView *showQuotes(MainWindow &window, qint64 id)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.openArticle(id);
        window.sidebar()->setCurrentIndex(Sidebar::QuotesPage);
        return window.sidebar()->quoteView();
    }
    // The room a cell's text loses to its margins, as the view lays it out.
    static int cellMargin(const QTableView *view)
    {
        return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    }
    static QByteArray widths(const QTableView *view)
    {
        QStringList sizes;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            sizes << QString::number(view->columnWidth(c));
        return (sizes.join(u'+')
                + QStringLiteral(" = %1 in %2, header %3")
                      .arg(view->horizontalHeader()->length())
                      .arg(view->viewport()->width())
                      .arg(view->horizontalHeader()->width()))
            .toUtf8();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<QTranslator> m_translator;
};

void TestSidebarFit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
}

void TestSidebarFit::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSidebarFit::install(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/lede_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

qint64 TestSidebarFit::addArticle(Library &library)
{
    // One quote of every kind, in every review status, the speaker a long name.
    Article a;
    a.title = QStringLiteral("Council keeps the library open");
    a.body = QStringLiteral(
        "\"We will keep it open,\" said Councilmember Jesse Zwick-Abramowitz. He called it a \"sanctuary\" for "
        "readers. The \"Library Act\" applies, and the term \"open stacks\" too. Zwick-Abramowitz said the "
        "doors stay open. The mayor called it \"a promise\".");
    Transaction tx(library.connection());
    library.articles().insert(a);
    const qint64 speaker = library.entities().ensure(QStringLiteral("Jesse Zwick-Abramowitz"), EntityKind::Person);
    const auto spanOf = [&a](const QString &text) {
        const int at = int(a.body.indexOf(text));
        return TextSpan {at, int(at + text.size())};
    };
    const std::tuple<QString, QuoteKind, ReviewStatus, qint64> quotes[] = {
        {QStringLiteral("We will keep it open,"), QuoteKind::Direct, ReviewStatus::Suggested, speaker},
        {QStringLiteral("sanctuary"), QuoteKind::Scare, ReviewStatus::Suggested, 0},
        {QStringLiteral("Library Act"), QuoteKind::Title, ReviewStatus::Confirmed, 0},
        {QStringLiteral("open stacks"), QuoteKind::Term, ReviewStatus::Rejected, 0},
        {QStringLiteral("the doors stay open"), QuoteKind::Indirect, ReviewStatus::Suggested, speaker},
        {QStringLiteral("a promise"), QuoteKind::Partial, ReviewStatus::Confirmed, 0},
    };
    for (const auto &[text, kind, status, who] : quotes) {
        Quote q;
        q.articleId = a.id;
        q.versionId = a.versionId;
        q.span = spanOf(text);
        q.kind = kind;
        q.status = status;
        q.speakerEntityId = who;
        q.cue = !who                      ? QString()
            : kind == QuoteKind::Indirect ? QStringLiteral("according to")
                                          : QStringLiteral("said");
        library.quotes().insert(q);
    }
    tx.commit();
    return a.id;
}

void TestSidebarFit::quoteListFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "es", "fr", "de"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

qint64 TestSidebarFit::addArticleWithLongSpeakers(Library &library)
{
    // Reported speech names its sources as the article does: "A person familiar with …".
    Article a;
    a.title = QStringLiteral("Harbor vote");
    a.body = QStringLiteral("A person familiar with the planning for Thursday's meeting says the council will vote "
                            "first. People close to the mayor of the harbor town said the pier would reopen.");
    Transaction tx(library.connection());
    library.articles().insert(a);
    for (const auto &[speaker, said] :
         {std::pair {QStringLiteral("A person familiar with the planning for Thursday's meeting"),
                     QStringLiteral("the council will vote first")},
          std::pair {QStringLiteral("People close to the mayor of the harbor town"),
                     QStringLiteral("the pier would reopen")}}) {
        Quote q;
        q.articleId = a.id;
        q.versionId = a.versionId;
        const int at = int(a.body.indexOf(said));
        q.span = {at, int(at + said.size())};
        const int from = int(a.body.indexOf(speaker));
        q.speakerSpan = TextSpan {from, int(from + speaker.size())};
        q.cue = QStringLiteral("said");
        q.kind = QuoteKind::Indirect;
        library.quotes().insert(q);
    }
    tx.commit();
    return a.id;
}

void TestSidebarFit::theUsualCueShowsBesideLongSpeakers()
{
    auto library = std::make_unique<Library>(m_dir->filePath(QStringLiteral("long.lede")));
    const qint64 id = addArticleWithLongSpeakers(*library);
    MainWindow window(std::move(library), m_appSettings.get());
    QTableView *quotes = showQuotes(window, id);
    QVERIFY(quotes);
    QCOMPARE(quotes->model()->rowCount(), 2);
    QCOMPARE(quotes->model()->index(0, QuoteModel::Speaker).data().toString(),
             QStringLiteral("A person familiar with the planning for Thursday's meeting"));
    QTRY_VERIFY2(!scrollsSideways(quotes), widths(quotes).constData());
    // "s…" would tell nothing: "said" shows whole, as the view lays it out in its cell.
    QVERIFY2(quotes->columnWidth(QuoteModel::Cue) - cellMargin(quotes)
                 >= quotes->fontMetrics().horizontalAdvance(u"said"_qs),
             widths(quotes).constData());
}

void TestSidebarFit::quoteListFitsInEveryLanguage()
{
    QFETCH(QString, language);
    install(language);
    auto library = std::make_unique<Library>(m_dir->filePath(QStringLiteral("fit.lede")));
    const qint64 id = addArticle(*library);
    // No saved geometry: the window opens at its default size.
    MainWindow window(std::move(library), m_appSettings.get());
    QTableView *quotes = showQuotes(window, id);
    QVERIFY(quotes);
    Sidebar *sidebar = window.sidebar();
    QCOMPARE(quotes->model()->rowCount(), 6);
    QTRY_VERIFY2(!scrollsSideways(quotes), widths(quotes).constData());
    if (const QString dir = qEnvironmentVariable("LEDE_SIDEBAR_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(window.grab().save(QStringLiteral("%1/%2-sidebar.png").arg(dir, language)));

    // The quote keeps room to be read.
    const int em = quotes->fontMetrics().averageCharWidth();
    QVERIFY(quotes->columnWidth(QuoteModel::Text) >= em * 24);
    // The labels of speech and the statuses show whole; any kind label, whole or not, is whole in
    // its tooltip.
    QFont bold = quotes->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (QuoteKind kind : {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect}) {
        const QString label = QuoteModel::kindName(int(kind));
        QVERIFY2(quotes->columnWidth(QuoteModel::Kind) > fm.horizontalAdvance(label), qPrintable(label));
    }
    for (ReviewStatus status : {ReviewStatus::Suggested, ReviewStatus::Confirmed, ReviewStatus::Rejected}) {
        const QString label = QuoteModel::statusName(int(status));
        QVERIFY2(quotes->columnWidth(QuoteModel::Status) > fm.horizontalAdvance(label), qPrintable(label));
    }
    QAbstractItemModel *model = quotes->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex kind = model->index(row, QuoteModel::Kind);
        QCOMPARE(kind.data(Qt::ToolTipRole).toString(), QuoteModel::kindName(kind.data(KindRole).toInt()));
        const QModelIndex status = model->index(row, QuoteModel::Status);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), QuoteModel::statusName(status.data(StatusRole).toInt()));
        // A cue is whole in its tooltip too.
        const QModelIndex cue = model->index(row, QuoteModel::Cue);
        if (!cue.data().toString().isEmpty())
            QCOMPARE(cue.data(Qt::ToolTipRole).toString(), cue.data().toString());
    }
    QVERIFY(model->match(model->index(0, QuoteModel::Cue), Qt::ToolTipRole, QStringLiteral("according to")).size()
            == 1);
    QCOMPARE(model->index(0, QuoteModel::Speaker).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Jesse Zwick-Abramowitz"));
    // The speaker, what an editor reviews, shows whole: on two lines if need be, never cut. So
    // does the cue in English ("according to" on two lines, not "acco… to"); where the labels
    // are longer it gives way first, whole in its tooltip.
    const int margin = cellMargin(quotes);
    QList<int> wholeColumns {QuoteModel::Speaker};
    if (language == u"en")
        wholeColumns << QuoteModel::Cue;
    for (const int column : std::as_const(wholeColumns)) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString words = model->index(row, column).data().toString();
            const QRect room(0, 0, quotes->columnWidth(column) - margin, 1000);
            const QRect needed = quotes->fontMetrics().boundingRect(room, Qt::TextWordWrap, words);
            QVERIFY2(quotes->wordWrap() && needed.width() <= room.width(), qPrintable(words));
            QVERIFY2(needed.height() <= quotes->rowHeight(row), qPrintable(words));
        }
    }

    // Every page's buttons and the tabs keep their labels.
    for (int page = 0; page < sidebar->count(); ++page) {
        sidebar->setCurrentIndex(page);
        for (const QToolButton *button : sidebar->widget(page)->findChildren<QToolButton *>()) {
            if (button->isVisible())
                QTRY_VERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
        }
        if (const QString dir = qEnvironmentVariable("LEDE_SIDEBAR_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(sidebar->grab().save(QStringLiteral("%1/%2-page%3.png").arg(dir, language).arg(page)));
    }
    const QTabBar *tabs = sidebar->tabBar();
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(tabs->tabRect(i).width() >= tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&')),
                 qPrintable(tabs->tabText(i)));

    // A wider window gives the kind its whole width back; a narrower one still does not scroll.
    sidebar->setCurrentIndex(Sidebar::QuotesPage);
    window.resize(2400, 900);
    const QString scare = QuoteModel::kindName(int(QuoteKind::Scare));
    QTRY_VERIFY2(quotes->columnWidth(QuoteModel::Kind) > fm.horizontalAdvance(scare), qPrintable(scare));
    QVERIFY2(!scrollsSideways(quotes), widths(quotes).constData());
    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    QTRY_VERIFY2(!scrollsSideways(quotes), widths(quotes).constData());
}

QTEST_MAIN(TestSidebarFit)
#include "tst_sidebarfit.moc"
