// The sidebar models over the open article, and the undo commands that edit it.
#include "guitestsupport.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"
#include "annotations/claimcommands.h"
#include "annotations/claimmodel.h"
#include "annotations/entitycommands.h"
#include "annotations/entityfilterproxy.h"
#include "annotations/entitymodel.h"
#include "annotations/notecommands.h"
#include "annotations/notemodel.h"
#include "annotations/quotecommands.h"
#include "annotations/quotemodel.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace lede;

class TestAnnotationModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quotesAreReviewedAndUndone();
    void markedQuoteGetsASpeakerAndUndoForgetsIt();
    void undoingASpeakerChangeBringsBackTheSpeakersLabel();
    void onlySpeechLacksASpeaker();
    void notesAndClaimsAreAddedEditedAndUndone();
    void entitiesAreGroupedTaggedAndMerged();
    void entitiesAreRenamedRekindedAndSplit();
    void aFailedEditIsReportedAndDropped();

private:
    TextSpan spanOf(const QString &text, int occurrence = 0) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;
    std::unique_ptr<ArticleAnnotations> m_annotations;
    std::unique_ptr<QUndoStack> m_undo;
};

void TestAnnotationModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = testsupport::seededLibrary(*m_dir, &m_article);
    testsupport::clearEntitySuggestions(*m_library);
    m_annotations = std::make_unique<ArticleAnnotations>();
    m_annotations->setLibrary(m_library.get());
    m_annotations->load(m_article);
    m_undo = std::make_unique<QUndoStack>();
}

void TestAnnotationModels::cleanup()
{
    m_undo.reset();
    m_annotations.reset();
    m_library.reset();
    m_dir.reset();
}

TextSpan TestAnnotationModels::spanOf(const QString &text, int occurrence) const
{
    const QString &body = m_annotations->article()->body;
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(body.indexOf(text, at + 1));
    Q_ASSERT(at >= 0);
    return m_annotations->offsets().toCodePoints(at, at + int(text.size()));
}

void TestAnnotationModels::quotesAreReviewedAndUndone()
{
    QuoteModel model(m_annotations.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    const int row = model.nextUnreviewed(-1);
    QCOMPARE(row, 0);
    const qint64 id = model.index(row, 0).data(IdRole).toLongLong();
    QCOMPARE(model.index(row, QuoteModel::Status).data().toString(), QStringLiteral("Suggested"));
    QSignalSpy counts(m_annotations.get(), &ArticleAnnotations::articleCountsChanged);
    m_undo->push(new SetQuoteStatusCommand(m_annotations.get(), *m_annotations->quote(id), ReviewStatus::Confirmed));
    QCOMPARE(model.index(model.rowOf(id), QuoteModel::Status).data().toString(), QStringLiteral("Accepted"));
    QVERIFY(m_library->quotes().find(id)->status == ReviewStatus::Confirmed); // committed at once
    QCOMPARE(counts.size(), 1);
    QVERIFY(model.nextUnreviewed(row) != row);
    m_undo->undo();
    QVERIFY(m_library->quotes().find(id)->status == ReviewStatus::Suggested);
    QCOMPARE(model.index(model.rowOf(id), QuoteModel::Status).data().toString(), QStringLiteral("Suggested"));
    m_undo->redo();
    QVERIFY(m_library->quotes().find(id)->status == ReviewStatus::Confirmed);
    m_undo->push(new SetQuoteStatusCommand(m_annotations.get(), *m_annotations->quote(id), ReviewStatus::Rejected));
    QVERIFY(m_library->quotes().find(id)->status == ReviewStatus::Rejected);
}

void TestAnnotationModels::markedQuoteGetsASpeakerAndUndoForgetsIt()
{
    QuoteModel model(m_annotations.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    Quote q;
    q.articleId = m_article;
    q.versionId = m_annotations->article()->versionId;
    q.span = spanOf(QStringLiteral("reaffirmed Santa Monica's policy"));
    auto *command = new AddQuoteCommand(m_annotations.get(), q, QStringLiteral("Jorge Casuso"));
    m_undo->push(command);
    QCOMPARE(model.rowCount(), before + 1);
    const Quote added = *m_annotations->quote(command->quoteId());
    QCOMPARE(added.speakerName, QStringLiteral("Jorge Casuso"));
    QVERIFY(added.status == ReviewStatus::Confirmed);
    const qint64 speaker = added.speakerEntityId;
    QVERIFY(m_library->entities().find(speaker));
    m_undo->undo();
    QCOMPARE(model.rowCount(), before);
    QVERIFY(!m_library->entities().find(speaker)); // the speaker it created goes too
    m_undo->redo();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(m_annotations->quote(command->quoteId())->speakerName, QStringLiteral("Jorge Casuso"));

    // Changing the speaker to a known name reuses the entity.
    m_undo->push(new SetQuoteSpeakerCommand(m_annotations.get(), *m_annotations->quote(command->quoteId()),
                                            QStringLiteral("Lana Negrete")));
    QCOMPARE(m_annotations->quote(command->quoteId())->speakerName, QStringLiteral("Lana Negrete"));
    m_undo->undo();
    QCOMPARE(m_annotations->quote(command->quoteId())->speakerName, QStringLiteral("Jorge Casuso"));
}

void TestAnnotationModels::undoingASpeakerChangeBringsBackTheSpeakersLabel()
{
    // The analysis named a speaker that is no entity by a label ("the council's critics" for "they"):
    // the sidebar shows it, and undoing an editor's change of speaker shows it again.
    QuoteModel model(m_annotations.get());
    Quote q;
    q.articleId = m_article;
    q.versionId = m_annotations->article()->versionId;
    q.span = spanOf(QStringLiteral("reaffirmed Santa Monica's policy"));
    q.speakerLabel = QStringLiteral("the council's critics");
    auto *command = new AddQuoteCommand(m_annotations.get(), q, QString());
    m_undo->push(command);
    const auto speakerShown = [&] {
        return model.index(model.rowOf(command->quoteId()), QuoteModel::Speaker).data().toString();
    };
    QCOMPARE(speakerShown(), QStringLiteral("the council's critics"));
    m_undo->push(new SetQuoteSpeakerCommand(m_annotations.get(), *m_annotations->quote(command->quoteId()),
                                            QStringLiteral("Lana Negrete")));
    QCOMPARE(speakerShown(), QStringLiteral("Lana Negrete"));
    m_undo->undo();
    QCOMPARE(speakerShown(), QStringLiteral("the council's critics"));
}

void TestAnnotationModels::onlySpeechLacksASpeaker()
{
    QuoteModel model(m_annotations.get());
    const auto add = [&](const QString &words, QuoteKind kind) {
        Quote q;
        q.articleId = m_article;
        q.versionId = m_annotations->article()->versionId;
        q.span = spanOf(words);
        q.kind = kind;
        auto *command = new AddQuoteCommand(m_annotations.get(), q, QString());
        m_undo->push(command);
        return model.index(model.rowOf(command->quoteId()), QuoteModel::Speaker).data().toString();
    };
    // A scare quote is nobody's speech: no "(unknown)" speaker to fill in. A direct quote without one is.
    QCOMPARE(add(QStringLiteral("reaffirmed Santa Monica's policy"), QuoteKind::Scare), QString());
    QCOMPARE(add(QStringLiteral("policy not to assist"), QuoteKind::Direct), QStringLiteral("(unknown)"));
}

void TestAnnotationModels::notesAndClaimsAreAddedEditedAndUndone()
{
    NoteModel notes(m_annotations.get());
    ClaimModel claims(m_annotations.get());
    QAbstractItemModelTester t1(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Note n;
    n.articleId = m_article;
    n.versionId = m_annotations->article()->versionId;
    n.span = spanOf(QStringLiteral("California Values Act of 2017"));
    n.text = QStringLiteral("SB 54");
    auto *add = new AddNoteCommand(m_annotations.get(), n);
    m_undo->push(add);
    QCOMPARE(notes.rowCount(), 1);
    QCOMPARE(notes.index(0, NoteModel::Passage).data().toString(), QStringLiteral("California Values Act of 2017"));
    m_undo->push(
        new EditNoteCommand(m_annotations.get(), *m_annotations->note(add->noteId()), QStringLiteral("SB 54 (2017)")));
    QCOMPARE(notes.index(0, NoteModel::Text).data().toString(), QStringLiteral("SB 54 (2017)"));
    m_undo->undo();
    QCOMPARE(notes.index(0, NoteModel::Text).data().toString(), QStringLiteral("SB 54"));
    m_undo->undo();
    QCOMPARE(notes.rowCount(), 0);
    QVERIFY(m_library->notes().ofArticle(m_article).isEmpty());
    m_undo->redo();
    QCOMPARE(notes.rowCount(), 1);

    Claim c;
    c.articleId = m_article;
    c.versionId = m_annotations->article()->versionId;
    c.span = spanOf(QStringLiteral("Approved in October 2017"));
    c.summary = QStringLiteral("The state law was approved in October 2017");
    auto *claim = new AddClaimCommand(m_annotations.get(), c);
    m_undo->push(claim);
    QCOMPARE(claims.rowCount(), 1);
    QCOMPARE(claims.index(0, ClaimModel::Status).data().toString(), QStringLiteral("To check"));
    Claim checked = *m_annotations->claim(claim->claimId());
    checked.verdictLabel = QStringLiteral("True");
    checked.verdictValue = 6;
    checked.status = ClaimStatus::Checked;
    m_undo->push(new EditClaimCommand(m_annotations.get(), *m_annotations->claim(claim->claimId()), checked));
    QCOMPARE(claims.index(0, ClaimModel::Verdict).data().toString(), QStringLiteral("True"));
    QVERIFY(m_library->claims().find(claim->claimId())->status == ClaimStatus::Checked);
    m_undo->undo();
    QCOMPARE(claims.index(0, ClaimModel::Verdict).data().toString(), QStringLiteral("(none)"));
    m_undo->undo();
    QCOMPARE(claims.rowCount(), 0);
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(claims.index(0, ClaimModel::Verdict).data().toString(), QStringLiteral("True"));
}

void TestAnnotationModels::entitiesAreGroupedTaggedAndMerged()
{
    EntityModel model(m_annotations.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.ensureLoaded();
    const auto tag = [this](const QString &text, const QString &name, int occurrence = 0) {
        Mention m;
        m.articleId = m_article;
        m.versionId = m_annotations->article()->versionId;
        m.span = spanOf(text, occurrence);
        m_undo->push(new TagEntityCommand(m_annotations.get(), m, name, EntityKind::Person));
    };
    tag(QStringLiteral("Mayor Lana Negrete"), QStringLiteral("Lana Negrete"));
    tag(QStringLiteral("Negrete"), QStringLiteral("Negrete"), 2);
    const QModelIndex full = model.indexOf(
        *EntityEditRepository(m_library->connection()).findByName(QStringLiteral("Lana Negrete"), EntityKind::Person));
    const qint64 shortId =
        *EntityEditRepository(m_library->connection()).findByName(QStringLiteral("Negrete"), EntityKind::Person);
    QVERIFY(full.isValid());
    QCOMPARE(full.parent().data(KindRole).toInt(), int(EntityKind::Person));
    QCOMPARE(full.siblingAtColumn(EntityModel::InArticle).data().toInt(), 1);
    const qint64 fullId = full.data(IdRole).toLongLong();

    proxy.setArticleOnly(true);
    proxy.setText(QStringLiteral("negrete"));
    QCOMPARE(proxy.rowCount(), 1); // one kind: people
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2); // both Negretes

    m_undo->push(new MergeEntitiesCommand(m_annotations.get(), fullId, shortId));
    QVERIFY(!model.indexOf(shortId).isValid());
    const QModelIndex merged = model.indexOf(fullId);
    QCOMPARE(merged.siblingAtColumn(EntityModel::InArticle).data().toInt(), 2);
    QVERIFY(merged.siblingAtColumn(EntityModel::Aliases).data().toString().contains(QStringLiteral("Negrete")));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    m_undo->undo();
    QVERIFY(model.indexOf(shortId).isValid());
    QCOMPARE(model.indexOf(fullId).siblingAtColumn(EntityModel::InArticle).data().toInt(), 1);
    m_undo->redo();
    QVERIFY(!model.indexOf(shortId).isValid());
    // Undoing the tags removes the entities they created.
    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    QVERIFY(!model.indexOf(fullId).isValid());
}

void TestAnnotationModels::entitiesAreRenamedRekindedAndSplit()
{
    EntityModel model(m_annotations.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.ensureLoaded();
    Mention m;
    m.articleId = m_article;
    m.versionId = m_annotations->article()->versionId;
    m.span = spanOf(QStringLiteral("Miller"));
    m_undo->push(new TagEntityCommand(m_annotations.get(), m, QStringLiteral("Stephen Miller"), EntityKind::Person));
    const qint64 id =
        *EntityEditRepository(m_library->connection()).findByName(QStringLiteral("Stephen Miller"), EntityKind::Person);
    m_library->entities().addAlias(id, QStringLiteral("Miller"));
    model.reload();

    m_undo->push(new RenameEntityCommand(m_annotations.get(), *m_library->entities().find(id),
                                         QStringLiteral("Stephen M. Miller")));
    QCOMPARE(model.indexOf(id).data().toString(), QStringLiteral("Stephen M. Miller"));
    m_undo->push(
        new SetEntityKindCommand(m_annotations.get(), *m_library->entities().find(id), EntityKind::Organization));
    QCOMPARE(model.indexOf(id).parent().data(KindRole).toInt(), int(EntityKind::Organization));
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(model.indexOf(id).data().toString(), QStringLiteral("Stephen Miller"));
    QCOMPARE(model.indexOf(id).parent().data(KindRole).toInt(), int(EntityKind::Person));
    QVERIFY(!m_library->entities().find(id)->aliases.contains(QStringLiteral("Stephen M. Miller")));

    // "Miller" read in the text moves out with its mention.
    m_undo->push(new SplitAliasCommand(m_annotations.get(), id, QStringLiteral("Miller")));
    const std::optional<qint64> split =
        EntityEditRepository(m_library->connection()).findByName(QStringLiteral("Miller"), EntityKind::Person);
    QVERIFY(split);
    const auto millerMention = [this] {
        for (const Mention &mention : m_annotations->mentions())
            if (mention.span == spanOf(QStringLiteral("Miller")))
                return mention;
        return Mention();
    };
    QCOMPARE(millerMention().entityId, *split);
    QCOMPARE(model.indexOf(*split).siblingAtColumn(EntityModel::InArticle).data().toInt(), 1);
    m_undo->undo();
    QCOMPARE(millerMention().entityId, id);
    QVERIFY(!model.indexOf(*split).isValid());
}

void TestAnnotationModels::aFailedEditIsReportedAndDropped()
{
    const qint64 a = m_library->entities().ensure(QStringLiteral("Council"), EntityKind::Organization);
    m_library->entities().ensure(QStringLiteral("City Council"), EntityKind::Organization);
    QSignalSpy errors(m_annotations.get(), &ArticleAnnotations::errorOccurred);
    // Two organisations cannot share a name.
    m_undo->push(
        new RenameEntityCommand(m_annotations.get(), *m_library->entities().find(a), QStringLiteral("City Council")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(m_library->entities().find(a)->name, QStringLiteral("Council"));
}

QTEST_MAIN(TestAnnotationModels)
#include "tst_annotationmodels.moc"
