// Getting around the main window: sorting the list by its counts and review state, following a
// lede:// link to its passage, undo taking the reader back to the article an edit was made on,
// cancelling an import, sidebar columns wide enough for their labels in longer languages, and a
// quote chosen in the sidebar shown in the reader with its speaker's mention.
#include "guitestsupport.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"
#include "annotations/notecommands.h"
#include "annotations/quotemodel.h"
#include "annotations/sidebar.h"
#include "articlelist/articlelistmodel.h"
#include "domain/textoffsets.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace lede;

namespace {

// Labels a third longer and more, as German and French ones often are.
class LongLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "lede::QuoteModel") != 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (source == QLatin1String("Scare quote"))
            return QStringLiteral("Distanzierende Anführungszeichen");
        if (source == QLatin1String("Suggested"))
            return QStringLiteral("Vorgeschlagen (ungeprüft)");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindowNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sortsByCountsAndReviewState();
    void linkOpensTheArticleAtThePassage();
    void linkToAMissingArticleSaysSo();
    void undoReturnsToTheArticleOfTheEdit();
    void cancellingAnImportKeepsWhatWasImported();
    void filesGivenDuringAnImportFollowIt();
    void kindAndStatusLabelsFit();
    void ctrlHomeShowsTheTopAndStartsAtTheBody();
    void choosingAQuoteMarksWhoSaidIt();
    void aChosenQuoteComesIntoViewWithTheWordsBeforeIt();

private:
    void openWindow(std::unique_ptr<Library> library);
    QList<qint64> listedIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_seedId = 0;
};

void TestMainWindowNavigation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
}

void TestMainWindowNavigation::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindowNavigation::openWindow(std::unique_ptr<Library> library)
{
    m_window = std::make_unique<MainWindow>(std::move(library), m_appSettings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QList<qint64> TestMainWindowNavigation::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_window->articleModel()->rowCount(); ++row)
        ids << m_window->articleModel()->articleId(row);
    return ids;
}

void TestMainWindowNavigation::sortsByCountsAndReviewState()
{
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    testsupport::addManyArticles(*library, 5); // ids 1000000…1000004, nothing on them
    const TextSpan word {0, 4}; // "Body"
    for (int i = 0; i < 3; ++i)
        library->addNote(1000001, word, QStringLiteral("note %1").arg(i));
    library->addNote(1000003, word, QStringLiteral("one note"));
    library->addClaim(1000002, word, QStringLiteral("False"), QStringLiteral("a"), QString());
    library->addClaim(1000002, word, QStringLiteral("True"), QStringLiteral("b"), QString());
    library->addClaim(1000004, word, QStringLiteral("True"), QStringLiteral("c"), QString());
    {
        // Two accepted quotes and nothing left to review: "Reviewed".
        Transaction tx(library->connection());
        const Article a = *library->articles().find(1000000);
        for (int i = 0; i < 2; ++i) {
            Quote q;
            q.articleId = a.id;
            q.versionId = a.versionId;
            q.span = {i * 5, i * 5 + 4};
            q.kind = QuoteKind::Direct;
            q.status = ReviewStatus::Confirmed;
            library->quotes().insert(q);
        }
        tx.commit();
    }
    openWindow(std::move(library));
    QAbstractItemModelTester tester(m_window->articleModel());
    QTableView *view = m_window->articleView();

    view->sortByColumn(ArticleListModel::Notes, Qt::DescendingOrder);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::Notes));
    QCOMPARE(listedIds().mid(0, 2), (QList<qint64> {1000001, 1000003}));
    view->sortByColumn(ArticleListModel::Notes, Qt::AscendingOrder);
    QCOMPARE(listedIds().mid(4, 2), (QList<qint64> {1000003, 1000001}));

    view->sortByColumn(ArticleListModel::Claims, Qt::DescendingOrder);
    QCOMPARE(listedIds().mid(0, 2), (QList<qint64> {1000002, 1000004}));

    // The seed article's quotes are all suggestions: it has the most quotes, and the most to review.
    view->sortByColumn(ArticleListModel::Quotes, Qt::DescendingOrder);
    QCOMPARE(listedIds().mid(0, 2), (QList<qint64> {m_seedId, 1000000}));
    view->sortByColumn(ArticleListModel::Review, Qt::DescendingOrder);
    QCOMPARE(listedIds().mid(0, 2), (QList<qint64> {m_seedId, 1000000}));
    QVERIFY(m_window->articleModel()->index(0, ArticleListModel::Review).data().toString() != QString());
    QCOMPARE(m_window->articleModel()->index(1, ArticleListModel::Review).data().toString(),
             QStringLiteral("Reviewed"));
    view->sortByColumn(ArticleListModel::Review, Qt::AscendingOrder);
    QCOMPARE(listedIds().last(), m_seedId);
    QCOMPARE(listedIds().at(listedIds().size() - 2), 1000000);
    // From the keyboard: View ▸ Sort Articles By.
    auto *byNotes = m_window->findChild<QAction *>(QStringLiteral("sortBy%1").arg(int(ArticleListModel::Notes)));
    auto *descending = m_window->findChild<QAction *>(QStringLiteral("sortDescending"));
    QVERIFY(byNotes && descending);
    byNotes->trigger();
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::Notes));
    QCOMPARE(listedIds().last(), 1000001); // still ascending, as the list was
    descending->trigger();
    QCOMPARE(listedIds().first(), 1000001);
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    view->sortByColumn(ArticleListModel::Review, Qt::AscendingOrder);
    // Tags alone do not sort: the indicator stays where the order is.
    view->horizontalHeader()->setSortIndicator(ArticleListModel::Tags, Qt::AscendingOrder);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::Review));
}

void TestMainWindowNavigation::linkOpensTheArticleAtThePassage()
{
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    testsupport::addManyArticles(*library, 3);
    const QString seedBody = library->articles().find(m_seedId)->body;
    const int seedLength = TextOffsets(seedBody).codePointLength();
    openWindow(std::move(library));
    m_window->resize(900, 420); // the article no longer fits: the link must scroll
    m_window->openArticle(1000001);
    // A passage near the end of the seed article, as `lede lede://…` passes it.
    const TextSpan passage {seedLength - 40, seedLength - 10};
    // As main() passes it at start, or a second `lede` hands it over.
    m_window->openArguments(
        {QStringLiteral("lede://article/%1?start=%2&end=%3").arg(m_seedId).arg(passage.start).arg(passage.end)});
    QCOMPARE(m_window->annotations()->articleId(), m_seedId);
    QCOMPARE(m_window->articleModel()->articleId(m_window->articleView()->currentIndex().row()), m_seedId);
    ReaderView *reader = m_window->reader();
    // The selection is the passage; as a passage to annotate it starts and ends on its words (the
    // seed's text is all in the BMP: code points and UTF-16 indexes agree).
    TextSpan words = passage;
    while (seedBody.at(words.start).isSpace())
        ++words.start;
    while (seedBody.at(words.end - 1).isSpace())
        --words.end;
    QCOMPARE(reader->selectedSpan(), std::optional<TextSpan>(words));
    QVERIFY(reader->verticalScrollBar()->value() > 0);
    QVERIFY(reader->viewport()->rect().contains(reader->cursorRect()));
}

void TestMainWindowNavigation::linkToAMissingArticleSaysSo()
{
    openWindow(testsupport::seededLibrary(*m_dir, &m_seedId));
    m_window->openLink({424242, 0, 5});
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("lede://article/424242: ")));
    // A passage beyond the text: the article opens, the status bar says why nothing is selected.
    m_window->openLink({m_seedId, 100000, 100010});
    QCOMPARE(m_window->annotations()->articleId(), m_seedId);
    QVERIFY(!m_window->reader()->selectedSpan());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("100000")));
}

void TestMainWindowNavigation::undoReturnsToTheArticleOfTheEdit()
{
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    testsupport::addManyArticles(*library, 1);
    const qint64 other = 1000000;
    openWindow(std::move(library));
    m_window->openArticle(m_seedId);
    Note note;
    note.articleId = m_seedId;
    note.versionId = m_window->annotations()->article()->versionId;
    note.span = {0, 5};
    note.text = QStringLiteral("check the date");
    m_window->undoStack()->push(new AddNoteCommand(m_window->annotations(), note));
    QCOMPARE(m_window->annotations()->notes().size(), 1);

    m_window->openArticle(other);
    QCOMPARE(m_window->annotations()->articleId(), other);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->annotations()->articleId(), m_seedId);
    QCOMPARE(m_window->articleModel()->articleId(m_window->articleView()->currentIndex().row()), m_seedId);
    QCOMPARE(m_window->annotations()->notes().size(), 0);

    m_window->openArticle(other);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->annotations()->articleId(), m_seedId);
    QCOMPARE(m_window->annotations()->notes().size(), 1);
    QCOMPARE(m_window->annotations()->notes().first().text, QStringLiteral("check the date"));
}

void TestMainWindowNavigation::cancellingAnImportKeepsWhatWasImported()
{
    openWindow(std::make_unique<Library>(m_dir->filePath(QStringLiteral("import.lede"))));
    QStringList paths;
    const int total = 400;
    // Long articles of words no two of them share, so that no cache makes one cheap: importing all
    // of them takes seconds even on a fast machine, and the window presses Cancel long before the
    // end (short ones may all be in before it handles the first progress report).
    const auto filler = [](int article) {
        static const char consonants[] = "bdfgklmnprstvz";
        static const char vowels[] = "aeiou";
        QString text;
        quint32 seed = quint32(article) + 1;
        for (int w = 1; w <= 15000; ++w) {
            for (int syllable = 0; syllable < 3; ++syllable) {
                seed = seed * 1103515245u + 12345u;
                text += QLatin1Char(consonants[(seed >> 16) % 14]);
                text += QLatin1Char(vowels[(seed >> 20) % 5]);
            }
            text += w % 150 == 0 ? QStringLiteral(".\n\n") : w % 15 == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        return text;
    };
    for (int i = 0; i < total; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("story-%1.txt").arg(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Council meeting %1\nBy Jane Roe\nMarch 3, 2025 -- The council met for the %1th time. "
                               "\"We will decide soon,\" the mayor said.\n\n%2")
                    .arg(i)
                    .arg(filler(i))
                    .toUtf8());
        paths << path;
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    // Press Cancel on the progress dialog once a few articles are in, as a person would.
    int cancelledAt = -1;
    connect(m_window.get(), &MainWindow::importProgress, this, [&](int done) {
        if (done < 3 || cancelledAt >= 0)
            return;
        auto *progress = m_window->findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancelledAt = done;
        cancel->click();
    });
    m_window->importPaths(paths);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(cancelledAt >= 3);
    const int kept = m_window->library()->articles().count();
    QVERIFY2(kept >= cancelledAt && kept < total, qPrintable(QString::number(kept)));
    QCOMPARE(m_window->articleModel()->totalCount(), kept);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    // What was imported is whole: each article opens with its text.
    m_window->openArticle(m_window->articleModel()->articleId(0));
    QVERIFY(m_window->annotations()->article()->body.contains(QStringLiteral("We will decide soon")));
}

void TestMainWindowNavigation::filesGivenDuringAnImportFollowIt()
{
    openWindow(std::make_unique<Library>(m_dir->filePath(QStringLiteral("queue.lede"))));
    const auto write = [this](const QString &name, const QString &title) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(
                (title + QStringLiteral("\nBy Jane Roe\nMarch 3, 2025 -- ") + title + QStringLiteral(" happened.\n"))
                    .toUtf8());
        return path;
    };
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({write(QStringLiteral("a.txt"), QStringLiteral("First story"))});
    // A second lede hands over a file, or one is dropped, while the first import runs.
    m_window->openArguments({write(QStringLiteral("b.txt"), QStringLiteral("Second story"))});
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("imported next")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(m_window->library()->articles().count(), 2);
    QCOMPARE(m_window->articleModel()->totalCount(), 2);
}

void TestMainWindowNavigation::kindAndStatusLabelsFit()
{
    LongLabels german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    // A width saved by an earlier run in English must not keep the longer labels cut.
    openWindow(testsupport::seededLibrary(*m_dir, &m_seedId));
    QTableView *quotes = m_window->sidebar()->quoteView();
    quotes->horizontalHeader()->resizeSection(QuoteModel::Kind, 20);
    m_window->close();
    m_window.reset();
    openWindow(std::make_unique<Library>(m_dir->filePath(QStringLiteral("seed.lede"))));
    quotes = m_window->sidebar()->quoteView();
    QFont bold = quotes->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (const auto &[column, label] :
         {std::pair {int(QuoteModel::Kind), QuoteModel::kindName(int(QuoteKind::Indirect))},
          {int(QuoteModel::Status), QuoteModel::statusName(int(ReviewStatus::Suggested))}}) {
        QVERIFY2(quotes->columnWidth(column) > fm.horizontalAdvance(label), qPrintable(label));
    }
    // The longest label, where the sidebar has room for it (narrower, it is elided: tst_sidebarfit).
    m_window->resize(2400, 900);
    const QString scare = QuoteModel::kindName(int(QuoteKind::Scare));
    QTRY_VERIFY2(quotes->columnWidth(QuoteModel::Kind) > fm.horizontalAdvance(scare), qPrintable(scare));
    QCOMPARE(QuoteModel::kindName(int(QuoteKind::Scare)), QStringLiteral("Distanzierende Anführungszeichen"));
    QCoreApplication::removeTranslator(&german);
}

void TestMainWindowNavigation::ctrlHomeShowsTheTopAndStartsAtTheBody()
{
    openWindow(testsupport::seededLibrary(*m_dir, &m_seedId));
    m_window->openArticle(m_seedId);
    ReaderView *reader = m_window->reader();
    reader->setFocus();
    QScrollBar *scroll = reader->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0); // the seed article is longer than the pane
    const QString body = m_window->library()->articles().find(m_seedId)->body;
    const int length = TextOffsets(body).codePointLength();

    // Ctrl+End: the end of the text, scrolled to the very bottom.
    QTest::keyClick(reader, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(scroll->value(), scroll->maximum());
    QTest::keyClick(reader, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(reader->selectedSpan(), (TextSpan {length - 1, length}));

    // Ctrl+Home: the top of the article, title shown, and the caret where the text begins, so
    // that selecting goes on in the body as it does from the end.
    QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(scroll->value(), scroll->minimum());
    QVERIFY(!reader->textCursor().hasSelection());
    QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(reader->selectedSpan(), (TextSpan {0, 2}));
    if (const QByteArray shot = qgetenv("LEDE_READER_SCREENSHOT"); !shot.isEmpty())
        reader->grab().save(QString::fromLocal8Bit(shot));

    // Ctrl+Shift+Home from inside the text selects back to its start, not into the title.
    QTest::keyClick(reader, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(reader->selectedSpan(), (TextSpan {0, length}));
    QCOMPARE(reader->textCursor().selectionStart(), reader->bodyStart());
    QCOMPARE(scroll->value(), scroll->minimum());
    // And Ctrl+Shift+End from the start selects the whole text, showing its end.
    QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(reader, Qt::Key_End, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(reader->selectedSpan(), (TextSpan {0, length}));
    QCOMPARE(scroll->value(), scroll->maximum());
}

void TestMainWindowNavigation::choosingAQuoteMarksWhoSaidIt()
{
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    const QString body = library->articles().find(m_seedId)->body;
    // "…," Negrete said.: the seed's first attributed quote, its speaker named after it.
    const QList<Quote> quotes = library->quotes().ofArticle(m_seedId);
    const int saidAt = int(body.indexOf(QStringLiteral("\" Negrete said.")));
    QVERIFY(saidAt > 0);
    const auto attributed = std::find_if(quotes.cbegin(), quotes.cend(), [&](const Quote &q) {
        return q.span.end == saidAt; // the seed is all in the BMP: code points are UTF-16 indexes
    });
    QVERIFY(attributed != quotes.cend());
    const TextSpan mention {saidAt + 2, saidAt + 9};
    QCOMPARE(body.mid(mention.start, mention.length()), QStringLiteral("Negrete"));
    const qint64 negrete = library->entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
    library->quotes().setSpeaker(attributed->id, negrete, mention);
    openWindow(std::move(library));
    m_window->openArticle(m_seedId);
    ReaderView *reader = m_window->reader();
    Sidebar *sidebar = m_window->sidebar();
    QuoteModel *model = sidebar->quoteModel();
    int attributedRow = -1;
    int anonymousRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(IdRole).toLongLong();
        if (id == attributed->id)
            attributedRow = row;
        else if (anonymousRow < 0)
            anonymousRow = row;
    }
    QVERIFY(attributedRow >= 0 && anonymousRow >= 0);

    // The quote is outlined and the name it rests on marked with it, in the text the reader shows.
    const auto marksOfTheName = [&] {
        qsizetype found = 0;
        for (const QTextEdit::ExtraSelection &sel : reader->extraSelections()) {
            if (sel.cursor.selectionStart() == reader->bodyStart() + mention.start
                && sel.cursor.selectedText() == QLatin1String("Negrete")
                && sel.format.hasProperty(QTextFormat::BackgroundBrush))
                ++found;
        }
        return found;
    };
    QCOMPARE(marksOfTheName(), 0);
    sidebar->selectQuoteRow(attributedRow);
    QCOMPARE(reader->revealedSpan(), std::optional<TextSpan>(attributed->span));
    QCOMPARE(reader->revealedSpeaker(), std::optional<TextSpan>(mention));
    QCOMPARE(marksOfTheName(), 1);

    // A quote nobody is said to have spoken marks no name; clicking into the text lets go of both.
    sidebar->selectQuoteRow(anonymousRow);
    QVERIFY(reader->revealedSpan().has_value());
    QCOMPARE(reader->revealedSpeaker(), std::nullopt);
    QCOMPARE(marksOfTheName(), 0);
    sidebar->selectQuoteRow(attributedRow);
    QCOMPARE(marksOfTheName(), 1);
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(reader->revealedSpan(), std::nullopt);
    QCOMPARE(marksOfTheName(), 0);
}

void TestMainWindowNavigation::aChosenQuoteComesIntoViewWithTheWordsBeforeIt()
{
    openWindow(testsupport::seededLibrary(*m_dir, &m_seedId));
    m_window->resize(900, 420); // the article no longer fits
    m_window->openArticle(m_seedId);
    ReaderView *reader = m_window->reader();
    Sidebar *sidebar = m_window->sidebar();
    const int lastRow = sidebar->quoteModel()->rowCount() - 1;
    QVERIFY(lastRow > 0);
    const auto rectAt = [&](int codePoint) {
        QTextCursor c(reader->document());
        c.setPosition(reader->bodyStart() + codePoint); // the seed is all in the BMP
        return reader->cursorRect(c);
    };
    // The seed's last quote, far below the top: it comes into view whole, with lines above it, not
    // at the bottom edge.
    sidebar->selectQuoteRow(lastRow);
    const std::optional<TextSpan> last = reader->revealedSpan();
    QVERIFY(last.has_value());
    const int height = reader->viewport()->height();
    QVERIFY(reader->verticalScrollBar()->value() > 0);
    QVERIFY2(rectAt(last->start).top() >= rectAt(last->start).height(), "no line shows above the quote");
    QVERIFY(rectAt(last->end).bottom() <= height);
}

QTEST_MAIN(TestMainWindowNavigation)
#include "tst_mainwindownavigation.moc"
