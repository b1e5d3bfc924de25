// An editor accepts the mentions of an entity in one article: the other articles of the library
// that name it get suggested mentions of it, shown when they are opened; undo takes them back.
#include "guitestsupport.h"

#include "annotations/articleannotations.h"
#include "annotations/entitymodel.h"
#include "annotations/entityspreadcontroller.h"
#include "articlelist/articlelistmodel.h"
#include "dialogs/entitydialog.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/spreadrecordrepository.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace lede;

class TestEntitySpreadGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptingAMentionSuggestsItInTheOtherArticles();
    void undoBeforeTheSpreadRanLeavesNothingAndRedoSpreadsAgain();
    void taggingAPassageConfirmsTheEntityAndSpreadsIt();
    void aNewNameOfAConfirmedEntityIsFoundToo();
    void spreadsWaitWhileAnImportRuns();
    void acceptingAQuoteConfirmsItsSpeakerAndSpreadsIt();
    void acceptingAllQuotesConfirmsEachSpeakerInOneUndoStep();
    void aSpreadLeftByClosingTheWindowIsFinishedAtTheNextOpening();
    void anUndoLeftByClosingTheWindowIsFinishedAtTheNextOpening();
    void acceptingAQuoteAcceptsItsSpeakersMentionsInTheArticle();
    void acceptingAllQuotesAcceptsEachSpeakersMentions();
    void acceptingAllQuotesSumsUpInOneMessage();
    void theSummaryReadsAsSentencesInFrenchAndGerman_data();
    void theSummaryReadsAsSentencesInFrenchAndGerman();
    void aResumedSpreadSaysItFinishesEarlierWork();
    void theProgressFitsTheStatusBarInEveryLanguage_data();
    void theProgressFitsTheStatusBarInEveryLanguage();

private:
    qint64 add(const QString &title, const QString &body);
    TextSpan spanOf(qint64 articleId, const QString &text, int occurrence = 0) const;
    QList<Mention> mentionsOf(qint64 entityId) const;
    void press(QWidget *target, QKeyCombination key) { QTest::keyClick(target, key.key(), key.keyboardModifiers()); }
    void acceptEntityInSource();
    void reopenWindow();
    QList<SpreadRecord> records() const;
    qint64 addStatements(qint64 hamilton, QList<qint64> *quotes, QList<qint64> *mentions);
    // Opens the statements (addStatements) after adding an article that names both speakers, so
    // that accepting their quotes spreads them there. Returns the hearing's id.
    qint64 openStatementsNamedInAHearing(QList<qint64> *quotes);
    ReviewStatus mentionStatus(qint64 mentionId) const;
    QString progressText() const { return m_window->spreads()->statusWidget()->findChild<QLabel *>()->text(); }
    int mentionRows(qint64 articleId) const
    {
        return int(m_window->library()->entities().mentionsOf(articleId).size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_source = 0;
    qint64 m_other = 0;
    qint64 m_third = 0;
    qint64 m_entity = 0;
};

void TestEntitySpreadGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    auto library = std::make_unique<Library>(m_dir->filePath(QStringLiteral("spread.lede")));
    m_source = add(QStringLiteral("Suit filed"), QStringLiteral("America First Legal filed a suit against the city."));
    m_other = add(QStringLiteral("Council answers"),
                  QStringLiteral("The council answered America First Legal on Tuesday.\n\nA lawyer for America "
                                 "First Legal said the answer came late."));
    m_third = add(QStringLiteral("Unrelated"), QStringLiteral("The library opens at nine on weekdays."));
    {
        Library &lib = *library;
        Transaction tx(lib.connection());
        m_entity = lib.entities().ensure(QStringLiteral("America First Legal"), EntityKind::Organization);
        Mention suggested;
        suggested.articleId = m_source;
        suggested.versionId = lib.articles().find(m_source)->versionId;
        suggested.span = {0, 19};
        suggested.entityId = m_entity;
        lib.entities().insertMention(suggested);
        tx.commit();
    }
    m_window = std::make_unique<MainWindow>(std::move(library), m_appSettings.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEntitySpreadGui::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

qint64 TestEntitySpreadGui::add(const QString &title, const QString &body)
{
    // Before the window opens, through a connection of its own.
    Library lib(m_dir->filePath(QStringLiteral("spread.lede")));
    Article a;
    a.title = title;
    a.body = body;
    lib.articles().insert(a);
    return a.id;
}

TextSpan TestEntitySpreadGui::spanOf(qint64 articleId, const QString &text, int occurrence) const
{
    const QString body = m_window->library()->articles().find(articleId)->body;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = body.indexOf(text, at + 1);
    return {int(at), int(at + text.size())};
}

QList<Mention> TestEntitySpreadGui::mentionsOf(qint64 entityId) const
{
    QList<Mention> out;
    for (const Mention &m : m_window->annotations()->mentions())
        if (m.entityId == entityId)
            out << m;
    return out;
}

void TestEntitySpreadGui::acceptingAMentionSuggestsItInTheOtherArticles()
{
    m_window->openArticle(m_source);
    QCOMPARE(m_window->annotations()->articleId(), m_source);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::EntitiesPage);
    sidebar->selectEntity(m_entity);
    sidebar->entityView()->setFocus();
    press(sidebar->entityView(), Qt::Key_A);
    QCOMPARE(mentionsOf(m_entity).size(), 1);
    QVERIFY(mentionsOf(m_entity).first().status == ReviewStatus::Confirmed);
    QVERIFY(m_window->library()->entities().find(m_entity)->status == ReviewStatus::Confirmed);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("America First Legal")));

    // The list counts the new suggestions before the article is opened.
    ArticleListModel *list = m_window->articleModel();
    const int otherRow = list->rowOf(m_other);
    QCOMPARE(list->data(list->index(otherRow, ArticleListModel::Review)).toString(), QStringLiteral("2 to review"));
    QVERIFY(list->data(list->index(list->rowOf(m_third), ArticleListModel::Review)).toString().isEmpty());

    // The other article, opened: its sidebar lists the entity with both places, suggested.
    m_window->openArticle(m_other);
    const QList<Mention> spread = mentionsOf(m_entity);
    QCOMPARE(spread.size(), 2);
    QCOMPARE(spread.at(0).span, spanOf(m_other, QStringLiteral("America First Legal")));
    QCOMPARE(spread.at(1).span, spanOf(m_other, QStringLiteral("America First Legal"), 1));
    QVERIFY(spread.at(0).status == ReviewStatus::Suggested && spread.at(1).status == ReviewStatus::Suggested);
    EntityModel *entities = sidebar->entityModel();
    const QModelIndex row = entities->indexOf(m_entity);
    QCOMPARE(entities->data(row.siblingAtColumn(EntityModel::InArticle)).toInt(), 2);
    QCOMPARE(entities->data(row.siblingAtColumn(EntityModel::Mentions)).toInt(), 3);
    QVERIFY(mentionsOf(m_entity).size() == 2);
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(shot));

    // Undo takes back the acceptance and, in the background, what it spread.
    m_window->undoStack()->undo();
    QVERIFY(m_window->library()->entities().find(m_entity)->status == ReviewStatus::Suggested);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    m_window->openArticle(m_other);
    QVERIFY(mentionsOf(m_entity).isEmpty());
    QVERIFY(list->data(list->index(list->rowOf(m_other), ArticleListModel::Review)).toString().isEmpty());
    m_window->openArticle(m_source);
    QVERIFY(mentionsOf(m_entity).first().status == ReviewStatus::Suggested);
}

void TestEntitySpreadGui::undoBeforeTheSpreadRanLeavesNothingAndRedoSpreadsAgain()
{
    QUndoStack *undo = m_window->undoStack();
    m_window->openArticle(m_source);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::EntitiesPage);
    sidebar->selectEntity(m_entity);
    sidebar->entityView()->setFocus();
    press(sidebar->entityView(), Qt::Key_A);
    QVERIFY(m_window->spreads()->isBusy()); // it runs between events, after the accept returned
    QVERIFY(m_window->spreads()->statusWidget()->isVisible());
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->statusBar()->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-status.png")));
    undo->undo();
    QVERIFY(!m_window->spreads()->isBusy());
    QVERIFY(records().isEmpty()); // the next opening of the library does not spread it either
    QCoreApplication::processEvents(); // a step it would have run now
    m_window->openArticle(m_other);
    QVERIFY(mentionsOf(m_entity).isEmpty());
    // Redo spreads again.
    undo->redo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(!m_window->spreads()->statusWidget()->isVisible());
    m_window->openArticle(m_other);
    QCOMPARE(mentionsOf(m_entity).size(), 2);
}

void TestEntitySpreadGui::taggingAPassageConfirmsTheEntityAndSpreadsIt()
{
    // Annotate ▸ Tag Entity on "America First Legal", as an organisation: the editor's tag
    // confirms the entity, and the other article gets it.
    m_window->openArticle(m_source);
    m_window->reader()->selectSpan({0, 19});
    m_window->action(QStringLiteral("tagEntity"))->trigger();
    EntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EntityDialog *>(QStringLiteral("entityDialog"))));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("America First Legal"));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(EntityKind::Organization)));
    dialog->accept();
    QVERIFY(m_window->library()->entities().find(m_entity)->status == ReviewStatus::Confirmed);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    m_window->openArticle(m_other);
    QCOMPARE(mentionsOf(m_entity).size(), 2);
    // One undo step takes back the tag, the confirmation and the spread.
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(m_window->library()->entities().find(m_entity)->status == ReviewStatus::Suggested);
    m_window->openArticle(m_other);
    QVERIFY(mentionsOf(m_entity).isEmpty());
}

void TestEntitySpreadGui::aNewNameOfAConfirmedEntityIsFoundToo()
{
    Library *library = m_window->library();
    library->entities().setStatus(m_entity, ReviewStatus::Confirmed);
    Article later;
    later.title = QStringLiteral("Short name");
    later.body = QStringLiteral("AFL wrote again. The AFLAC ad ran.");
    library->articles().insert(later);
    m_window->articleModel()->reload();
    m_window->openArticle(m_source);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::EntitiesPage);
    sidebar->selectEntity(m_entity);
    m_window->action(QStringLiteral("renameEntity"))->trigger();
    EntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EntityDialog *>(QStringLiteral("entityDialog"))));
    dialog->nameField()->setText(QStringLiteral("AFL"));
    dialog->accept();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    m_window->openArticle(later.id);
    QCOMPARE(mentionsOf(m_entity).size(), 1);
    QCOMPARE(mentionsOf(m_entity).first().span, (TextSpan {0, 3}));
    // Only the new name was looked for: the old one, in the other article, was not spread again.
    m_window->openArticle(m_other);
    QVERIFY(mentionsOf(m_entity).isEmpty());
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(library->entities().find(m_entity)->name, QStringLiteral("America First Legal"));
    m_window->openArticle(later.id);
    QVERIFY(mentionsOf(m_entity).isEmpty());
}

void TestEntitySpreadGui::spreadsWaitWhileAnImportRuns()
{
    m_window->openArticle(m_source);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::EntitiesPage);
    sidebar->selectEntity(m_entity);
    // What the window does while an import runs.
    m_window->spreads()->setPaused(true);
    sidebar->entityView()->setFocus();
    press(sidebar->entityView(), Qt::Key_A);
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QVERIFY(m_window->spreads()->isBusy());
    QVERIFY(m_window->library()->entities().mentionsOf(m_other).isEmpty());
    m_window->spreads()->setPaused(false);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(m_window->library()->entities().mentionsOf(m_other).size(), 2);
}

void TestEntitySpreadGui::acceptEntityInSource()
{
    m_window->openArticle(m_source);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::EntitiesPage);
    sidebar->selectEntity(m_entity);
    sidebar->entityView()->setFocus();
    press(sidebar->entityView(), Qt::Key_A);
}

void TestEntitySpreadGui::reopenWindow()
{
    // As the user does: close the window (Lede quits), start Lede again on the library.
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(std::make_unique<Library>(m_dir->filePath(QStringLiteral("spread.lede"))),
                                            m_appSettings.get());
    m_window->show();
}

QList<SpreadRecord> TestEntitySpreadGui::records() const
{
    return SpreadRecordRepository(m_window->library()->connection()).all();
}

void TestEntitySpreadGui::acceptingAQuoteConfirmsItsSpeakerAndSpreadsIt()
{
    // A suggested quote whose speaker is the (merely suggested) organisation.
    Library *library = m_window->library();
    Article statement;
    statement.title = QStringLiteral("Statement");
    statement.body = QStringLiteral("\"The policy is unlawful,\" America First Legal said on Monday.");
    library->articles().insert(statement);
    Quote said;
    said.articleId = statement.id;
    said.versionId = statement.versionId;
    said.span = {1, 24};
    said.speakerEntityId = m_entity;
    said.speakerSpan = TextSpan {26, 45};
    said.cue = QStringLiteral("said");
    said.status = ReviewStatus::Suggested;
    library->quotes().insert(said);
    m_window->articleModel()->reload();

    m_window->openArticle(statement.id);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::QuotesPage);
    sidebar->selectAnnotation(HighlightKind::Quote, said.id);
    sidebar->quoteView()->setFocus();
    press(sidebar->quoteView(), Qt::Key_A);
    QVERIFY(m_window->annotations()->quote(said.id)->status == ReviewStatus::Confirmed);
    // Who said it is confirmed too, and the articles naming it get it.
    QVERIFY(library->entities().find(m_entity)->status == ReviewStatus::Confirmed);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("America First Legal")));
    QCOMPARE(mentionRows(m_other), 2);
    QCOMPARE(mentionRows(m_source), 1); // its suggested mention holds the place
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty()) {
        m_window->openArticle(m_other);
        sidebar->setCurrentIndex(Sidebar::EntitiesPage);
        m_window->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-quote.png")));
        m_window->openArticle(statement.id);
    }

    // One undo takes back the acceptance, the confirmation and the spread.
    m_window->undoStack()->undo();
    QVERIFY(m_window->annotations()->quote(said.id)->status == ReviewStatus::Suggested);
    QVERIFY(library->entities().find(m_entity)->status == ReviewStatus::Suggested);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 0);
    m_window->undoStack()->redo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 2);

    // A quote of an already confirmed speaker spreads nothing again.
    Quote again = said;
    again.id = 0;
    again.span = {0, 25};
    again.speakerSpan.reset();
    library->quotes().insert(again);
    m_window->openArticle(m_source);
    m_window->openArticle(statement.id);
    const int steps = m_window->undoStack()->count();
    sidebar->setCurrentIndex(Sidebar::QuotesPage);
    sidebar->selectAnnotation(HighlightKind::Quote, again.id);
    sidebar->quoteView()->setFocus();
    press(sidebar->quoteView(), Qt::Key_A);
    QVERIFY(m_window->annotations()->quote(again.id)->status == ReviewStatus::Confirmed);
    QVERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->undoStack()->text(steps), QStringLiteral("Accept Quote"));
}

void TestEntitySpreadGui::acceptingAllQuotesConfirmsEachSpeakerInOneUndoStep()
{
    Library *library = m_window->library();
    const qint64 hamilton = library->entities().ensure(QStringLiteral("Gene Hamilton"), EntityKind::Person);
    Article hearing;
    hearing.title = QStringLiteral("Hearing");
    hearing.body = QStringLiteral("Gene Hamilton spoke at the hearing.");
    library->articles().insert(hearing);
    Article statements;
    statements.title = QStringLiteral("Statements");
    statements.body = QStringLiteral("\"We will sue,\" America First Legal said. \"We will win,\" Gene Hamilton said.");
    library->articles().insert(statements);
    QList<qint64> quotes;
    for (const auto &[span, speaker, at] : {std::tuple {TextSpan {1, 13}, m_entity, TextSpan {15, 34}},
                                            std::tuple {TextSpan {42, 54}, hamilton, TextSpan {56, 69}}}) {
        Quote q;
        q.articleId = statements.id;
        q.versionId = statements.versionId;
        q.span = span;
        q.speakerEntityId = speaker;
        q.speakerSpan = at;
        q.status = ReviewStatus::Suggested;
        quotes << library->quotes().insert(q);
    }
    m_window->articleModel()->reload();
    m_window->openArticle(statements.id);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentIndex(Sidebar::QuotesPage);
    sidebar->selectAnnotation(HighlightKind::Quote, quotes.first());
    sidebar->quoteView()->setFocus();
    const int steps = m_window->undoStack()->count();
    press(sidebar->quoteView(), Qt::SHIFT | Qt::Key_A);
    for (qint64 id : std::as_const(quotes))
        QVERIFY(m_window->annotations()->quote(id)->status == ReviewStatus::Confirmed);
    QVERIFY(library->entities().find(m_entity)->status == ReviewStatus::Confirmed);
    QVERIFY(library->entities().find(hamilton)->status == ReviewStatus::Confirmed);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 2);
    QCOMPARE(mentionRows(hearing.id), 1);
    QCOMPARE(library->entities().mentionsOf(hearing.id).first().entityId, hamilton);
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-allquotes.png")));

    // One undo step for all of it.
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    for (qint64 id : std::as_const(quotes))
        QVERIFY(m_window->annotations()->quote(id)->status == ReviewStatus::Suggested);
    QVERIFY(library->entities().find(m_entity)->status == ReviewStatus::Suggested);
    QVERIFY(library->entities().find(hamilton)->status == ReviewStatus::Suggested);
    QCOMPARE(mentionRows(m_other), 0);
    QCOMPARE(mentionRows(hearing.id), 0);
}

void TestEntitySpreadGui::aSpreadLeftByClosingTheWindowIsFinishedAtTheNextOpening()
{
    // The window closes before the spread could run (as mid-way in a large library).
    m_window->spreads()->setPaused(true);
    acceptEntityInSource();
    QVERIFY(m_window->spreads()->isBusy());
    QCOMPARE(records().size(), 1);
    reopenWindow();
    QVERIFY(m_window->spreads()->isBusy());
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-resumed.png")));
    // Nothing had been spread; the library says what is left, and the new window does it.
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 2);
    QVERIFY(records().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("America First Legal")));
    // The acceptance itself was kept; only the spread waited.
    QVERIFY(m_window->library()->entities().find(m_entity)->status == ReviewStatus::Confirmed);
}

void TestEntitySpreadGui::anUndoLeftByClosingTheWindowIsFinishedAtTheNextOpening()
{
    acceptEntityInSource();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 2);
    QVERIFY(records().isEmpty());
    // Undone, and the window closed before the mentions were taken back.
    m_window->spreads()->setPaused(true);
    m_window->undoStack()->undo();
    QVERIFY(m_window->spreads()->isBusy());
    QCOMPARE(records().size(), 1);
    QVERIFY(records().first().takeBack.has_value());
    reopenWindow();
    QCOMPARE(progressText(),
             QStringLiteral("Finishing what was started earlier: taking back the suggestions of America First Legal…"));
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(mentionRows(m_other), 0);
    QVERIFY(records().isEmpty());
}

qint64 TestEntitySpreadGui::openStatementsNamedInAHearing(QList<qint64> *quotes)
{
    Library *library = m_window->library();
    const qint64 hamilton = library->entities().ensure(QStringLiteral("Gene Hamilton"), EntityKind::Person);
    Article hearing;
    hearing.title = QStringLiteral("Hearing");
    hearing.body = QStringLiteral("Gene Hamilton spoke at the hearing about America First Legal.");
    library->articles().insert(hearing);
    QList<qint64> mentions;
    m_window->openArticle(addStatements(hamilton, quotes, &mentions));
    return hearing.id;
}

qint64 TestEntitySpreadGui::addStatements(qint64 hamilton, QList<qint64> *quotes, QList<qint64> *mentions)
{
    // Two suggested quotes, each with its speaker's name suggested as a mention where the
    // attribution rests on it; Hamilton named once more, and a place that is nobody's speaker.
    Library *library = m_window->library();
    Article statements;
    statements.title = QStringLiteral("Statements");
    statements.body = QStringLiteral("\"We will sue,\" America First Legal said. \"We will win,\" Gene Hamilton said. "
                                     "Gene Hamilton spoke in Santa Monica.");
    library->articles().insert(statements);
    const qint64 place = library->entities().ensure(QStringLiteral("Santa Monica"), EntityKind::Place);
    for (const auto &[span, speaker, at] : {std::tuple {TextSpan {1, 13}, m_entity, TextSpan {15, 34}},
                                            std::tuple {TextSpan {42, 54}, hamilton, TextSpan {56, 69}}}) {
        Quote q;
        q.articleId = statements.id;
        q.versionId = statements.versionId;
        q.span = span;
        q.speakerEntityId = speaker;
        q.speakerSpan = at;
        q.status = ReviewStatus::Suggested;
        *quotes << library->quotes().insert(q);
    }
    for (const auto &[span, entity] :
         {std::pair {spanOf(statements.id, QStringLiteral("America First Legal")), m_entity},
          {spanOf(statements.id, QStringLiteral("Gene Hamilton")), hamilton},
          {spanOf(statements.id, QStringLiteral("Gene Hamilton"), 1), hamilton},
          {spanOf(statements.id, QStringLiteral("Santa Monica")), place}}) {
        Mention m;
        m.articleId = statements.id;
        m.versionId = statements.versionId;
        m.span = span;
        m.entityId = entity;
        m.status = ReviewStatus::Suggested;
        *mentions << library->entities().insertMention(m);
    }
    m_window->articleModel()->reload();
    return statements.id;
}

ReviewStatus TestEntitySpreadGui::mentionStatus(qint64 mentionId) const
{
    const std::optional<Mention> m = m_window->annotations()->mention(mentionId);
    return m ? m->status : ReviewStatus::Rejected;
}

void TestEntitySpreadGui::acceptingAQuoteAcceptsItsSpeakersMentionsInTheArticle()
{
    const qint64 hamilton = m_window->library()->entities().ensure(QStringLiteral("Gene Hamilton"), EntityKind::Person);
    QList<qint64> quotes;
    QList<qint64> mentions;
    const qint64 statements = addStatements(hamilton, &quotes, &mentions);
    m_window->openArticle(statements);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->selectAnnotation(HighlightKind::Quote, quotes.at(1));
    sidebar->quoteView()->setFocus();
    const int steps = m_window->undoStack()->count();
    press(sidebar->quoteView(), Qt::Key_A);
    QVERIFY(m_window->annotations()->quote(quotes.at(1))->status == ReviewStatus::Confirmed);
    // Hamilton's name where the attribution rests, and his other mention here: accepted with it.
    QVERIFY(mentionStatus(mentions.at(1)) == ReviewStatus::Confirmed);
    QVERIFY(mentionStatus(mentions.at(2)) == ReviewStatus::Confirmed);
    // The other speaker's name and the place are not his: still to review.
    QVERIFY(mentionStatus(mentions.at(0)) == ReviewStatus::Suggested);
    QVERIFY(mentionStatus(mentions.at(3)) == ReviewStatus::Suggested);
    QVERIFY(m_window->library()->entities().find(hamilton)->status == ReviewStatus::Confirmed);
    QTRY_VERIFY(!m_window->spreads()->isBusy());

    // One undo takes it all back.
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(m_window->annotations()->quote(quotes.at(1))->status == ReviewStatus::Suggested);
    QVERIFY(mentionStatus(mentions.at(1)) == ReviewStatus::Suggested);
    QVERIFY(mentionStatus(mentions.at(2)) == ReviewStatus::Suggested);
    QVERIFY(m_window->library()->entities().find(hamilton)->status == ReviewStatus::Suggested);

    // A speaker confirmed already: the quote still accepts the speaker's mentions here.
    m_window->library()->entities().setStatus(m_entity, ReviewStatus::Confirmed);
    sidebar->selectAnnotation(HighlightKind::Quote, quotes.at(0));
    sidebar->quoteView()->setFocus();
    press(sidebar->quoteView(), Qt::Key_A);
    QVERIFY(mentionStatus(mentions.at(0)) == ReviewStatus::Confirmed);
    QVERIFY(!m_window->spreads()->isBusy()); // confirmed before: nothing spreads again
    m_window->undoStack()->undo();
    QVERIFY(m_window->annotations()->quote(quotes.at(0))->status == ReviewStatus::Suggested);
    QVERIFY(mentionStatus(mentions.at(0)) == ReviewStatus::Suggested);
}

void TestEntitySpreadGui::acceptingAllQuotesAcceptsEachSpeakersMentions()
{
    const qint64 hamilton = m_window->library()->entities().ensure(QStringLiteral("Gene Hamilton"), EntityKind::Person);
    QList<qint64> quotes;
    QList<qint64> mentions;
    const qint64 statements = addStatements(hamilton, &quotes, &mentions);
    m_window->openArticle(statements);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->selectAnnotation(HighlightKind::Quote, quotes.first());
    sidebar->quoteView()->setFocus();
    const int steps = m_window->undoStack()->count();
    press(sidebar->quoteView(), Qt::SHIFT | Qt::Key_A);
    for (int i : {0, 1, 2})
        QVERIFY2(mentionStatus(mentions.at(i)) == ReviewStatus::Confirmed, qPrintable(QString::number(i)));
    QVERIFY(mentionStatus(mentions.at(3)) == ReviewStatus::Suggested);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    for (int i : {0, 1, 2, 3})
        QVERIFY2(mentionStatus(mentions.at(i)) == ReviewStatus::Suggested, qPrintable(QString::number(i)));
    for (qint64 id : std::as_const(quotes))
        QVERIFY(m_window->annotations()->quote(id)->status == ReviewStatus::Suggested);
}

void TestEntitySpreadGui::acceptingAllQuotesSumsUpInOneMessage()
{
    QList<qint64> quotes;
    const qint64 hearing = openStatementsNamedInAHearing(&quotes);
    Sidebar *sidebar = m_window->sidebar();
    sidebar->selectAnnotation(HighlightKind::Quote, quotes.first());
    sidebar->quoteView()->setFocus();
    QStringList messages;
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [&messages](const QString &message) {
        if (!message.isEmpty())
            messages << message;
    });
    press(sidebar->quoteView(), Qt::SHIFT | Qt::Key_A);
    // While the spreads run: one bar for both speakers, the first of two named.
    QVERIFY(m_window->spreads()->isBusy());
    QVERIFY(m_window->spreads()->statusWidget()->isVisible());
    QCOMPARE(progressText(), QStringLiteral("Suggesting America First Legal in other articles (1 of 2)…"));
    auto *bar = m_window->spreads()->statusWidget()->findChild<QProgressBar *>();
    QCOMPARE(bar->maximum(), 200);
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // not the spreads' steps
        m_window->statusBar()->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-groupstatus.png")));
    }
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    // When both are done: one line with the quotes, the entities and the articles they reached
    // (the hearing names both, and counts once; the council's answer names America First Legal).
    const QString summary = m_window->statusBar()->currentMessage();
    const QString names =
        QLocale().createSeparatedList({QStringLiteral("America First Legal"), QStringLiteral("Gene Hamilton")});
    QCOMPARE(summary,
             QStringLiteral("Accepted 2 quote(s) · Confirmed 2 speaker(s): %1 · Their mentions suggested in 2 other "
                            "article(s)")
                 .arg(names));
    QCOMPARE(messages.count(summary), 1);
    // No message of a single spread came in between.
    for (const QString &message : std::as_const(messages))
        QVERIFY2(!message.startsWith(QStringLiteral("Mentions of")), qPrintable(message));
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-summary.png")));

    // Undone while they run: no summary of an edit that was taken back.
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    m_window->undoStack()->redo();
    messages.clear();
    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(!messages.contains(summary));
    QCOMPARE(mentionRows(hearing), 0);
}

void TestEntitySpreadGui::theSummaryReadsAsSentencesInFrenchAndGerman_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("summary");
    // Several names: the words agree with the counts, and the names are listed the language's way.
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringLiteral("2 citations acceptées · 2 locuteurs confirmés : America First Legal et Gene "
                                          "Hamilton · Leurs mentions suggérées dans 2 autres articles");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral("2 Zitate angenommen · 2 Sprecher bestätigt: America First Legal und Gene "
                                          "Hamilton · Ihre Erwähnungen in 2 weiteren Artikeln vorgeschlagen");
}

void TestEntitySpreadGui::theSummaryReadsAsSentencesInFrenchAndGerman()
{
    QFETCH(QString, language);
    QFETCH(QString, summary);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/lede_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale before;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&translator, before] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    QList<qint64> quotes;
    openStatementsNamedInAHearing(&quotes);
    m_window->sidebar()->quoteView()->setFocus();
    press(m_window->sidebar()->quoteView(), Qt::SHIFT | Qt::Key_A);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QCOMPARE(m_window->statusBar()->currentMessage(), summary);
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"),
                                                                   QStringLiteral("-summary-%1.png").arg(language)));
}

void TestEntitySpreadGui::aResumedSpreadSaysItFinishesEarlierWork()
{
    m_window->spreads()->setPaused(true);
    acceptEntityInSource();
    QCOMPARE(progressText(), QStringLiteral("Suggesting America First Legal in other articles…"));
    reopenWindow();
    // The first thing the new window does: it says what it goes on with, and shows how far.
    QVERIFY(m_window->spreads()->isBusy()); // it goes on between events: look before any
    QVERIFY(m_window->spreads()->statusWidget()->isVisible());
    QCOMPARE(progressText(),
             QStringLiteral("Finishing what was started earlier: suggesting America First Legal in other articles…"));
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // not the spreads' steps
        m_window->statusBar()->grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-resumedstatus.png")));
    }
    QTRY_VERIFY(!m_window->spreads()->isBusy());
    QVERIFY(!m_window->spreads()->statusWidget()->isVisible());
    QCOMPARE(mentionRows(m_other), 2);
}

void TestEntitySpreadGui::theProgressFitsTheStatusBarInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "es", "fr", "de"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestEntitySpreadGui::theProgressFitsTheStatusBarInEveryLanguage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/lede_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    m_window->spreads()->setPaused(true);
    acceptEntityInSource();
    reopenWindow(); // the longest label: "Finishing what was started earlier: …"
    m_window->spreads()->setPaused(true); // before it goes on between events: look at it first
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->width(), 1280); // the default size
    QVERIFY(m_window->spreads()->isBusy());
    QWidget *status = m_window->spreads()->statusWidget();
    auto *label = status->findChild<QLabel *>();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // not the spreads' steps
    // The progress leaves the status bar's messages most of the room, and says the rest in its tooltip.
    QVERIFY2(status->width() <= m_window->width() / 2, qPrintable(QString::number(status->width())));
    QVERIFY(label->text().contains(QStringLiteral("America First Legal")));
    QCOMPARE(label->toolTip(), label->text());
    // With a name of usual length, it reads whole at the default size (longer ones are elided).
    QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()), qPrintable(label->text()));
    QVERIFY(status->geometry().right() < m_window->statusBar()->width());
    // A narrower window: it gives way too.
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    QTRY_VERIFY2(status->width() <= m_window->width() / 2, qPrintable(QString::number(status->width())));
    QVERIFY(status->geometry().right() < m_window->statusBar()->width());
    if (const QByteArray shot = qgetenv("LEDE_SPREAD_SCREENSHOT"); !shot.isEmpty())
        m_window->statusBar()->grab().save(QString::fromLocal8Bit(shot).replace(
            QStringLiteral(".png"), QStringLiteral("-resumed-%1.png").arg(language)));
    m_window->spreads()->setPaused(false);
    QTRY_VERIFY(!m_window->spreads()->isBusy());
}

QTEST_MAIN(TestEntitySpreadGui)
#include "tst_entityspreadgui.moc"
