// The desktop application in Spanish, French and German: menus, dialogs and the settings' language
// choice. Every menu keeps unique accelerators, no label is cut short, and with
// LEDE_I18N_SCREENSHOTS=DIR the test saves what it looked at (main window, settings, claim dialog,
// export, feeds and Import URL dialogs).
#include "guitestsupport.h"

#include "annotations/sidebar.h"
#include "articlelist/filterpanel.h"
#include "dialogs/claimdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/settingsdialog.h"
#include "feeds/feedscontroller.h"
#include "feeds/feedsdialog.h"
#include "feeds/feedspanel.h"
#include "feeds/urlimportdialog.h"
#include "i18n/translationloader.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/subscriptionrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace lede;
using namespace Qt::StringLiterals;

namespace {

// The accelerator letter of a text ("&File" -> 'F'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Fails with the texts that share an accelerator.
QString duplicateMnemonic(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    for (const QString &t : texts) {
        const QChar m = mnemonic(t);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            return seen.value(m) + QStringLiteral(" / ") + t;
        seen.insert(m, t);
    }
    return {};
}

// Labels and buttons whose text needs more room than they got.
QStringList cutShort(const QWidget *root)
{
    QStringList cut;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && label->width() < label->minimumSizeHint().width())
            cut << label->text();
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            cut << button->text();
    }
    // A combo box shrinks below its text without complaint: measure the text against its field.
    for (const QComboBox *box : root->findChildren<QComboBox *>()) {
        const QString text = box->currentText().isEmpty() ? box->placeholderText() : box->currentText();
        if (!box->isVisible() || text.isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = box->isEditable();
        const QRect field =
            box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        if (field.width() < box->fontMetrics().horizontalAdvance(text))
            cut << text;
    }
    return cut;
}

// What a dialog says: its title, its labels and buttons (not the dialog button box's standard
// ones, which Qt translates), and the headers of its tables; in creation order.
QStringList dialogTexts(const QWidget *dialog)
{
    QStringList texts {dialog->windowTitle()};
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        const auto *box = qobject_cast<const QDialogButtonBox *>(button->parent());
        if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
            texts << button->text();
    }
    for (const QTreeWidget *tree : dialog->findChildren<QTreeWidget *>())
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << tree->headerItem()->text(c);
    return texts;
}

// The error someSubscriptions() gives its first feed: data, not interface text.
const QString kFeedError = QStringLiteral("HTTP 503");

// The texts left as they are in English (those with letters, not known to be the same words, and
// not data).
QStringList untranslated(const QStringList &english, const QStringList &translated, const QStringList &same)
{
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    QStringList left;
    for (qsizetype i = 0; i < std::min(english.size(), translated.size()); ++i) {
        if (english.at(i) == translated.at(i) && english.at(i).contains(letters) && !same.contains(english.at(i))
            && english.at(i) != kFeedError)
            left << english.at(i);
    }
    return left;
}

// Labels and buttons with their dialog's accelerators, the dialog button box's included.
QStringList acceleratorTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts;
}

QList<Subscription> someSubscriptions()
{
    Subscription checked;
    checked.id = 1;
    checked.url = QStringLiteral("https://example.org/news/feed.xml");
    checked.title = QStringLiteral("Example News");
    checked.refreshMinutes = 30;
    checked.lastChecked = QDateTime(QDate(2026, 3, 14), QTime(9, 26));
    checked.lastError = kFeedError;
    checked.unread = 12;
    Subscription fresh;
    fresh.id = 2;
    fresh.url = QStringLiteral("https://example.com/rss");
    fresh.refreshMinutes = 1440;
    return {checked, fresh};
}

} // namespace

class TestTranslatedGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = testsupport::temporarySettings(*m_dir);
        m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    }

    void cleanup()
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        m_appSettings.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void windowAndDialogsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("languageLabel");
        QTest::addColumn<QString>("claimTitle");
        QTest::newRow("en") << u"en"_s << QStringList {u"&File"_s,    u"&Edit"_s,     u"&View"_s,
                                                       u"&Article"_s, u"A&nnotate"_s, u"&Help"_s}
                            << u"&Language:"_s << u"Record Claim"_s;
        QTest::newRow("es") << u"es"_s << QStringList {u"&Archivo"_s,  u"&Edición"_s, u"&Ver"_s,
                                                       u"A&rtículo"_s, u"A&notar"_s,  u"A&yuda"_s}
                            << u"&Idioma:"_s << u"Registrar afirmación"_s;
        QTest::newRow("fr") << u"fr"_s << QStringList {u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s,
                                                       u"A&rticle"_s, u"A&nnoter"_s, u"Aid&e"_s}
                            << u"&Langue :"_s << u"Enregistrer une allégation"_s;
        QTest::newRow("de") << u"de"_s << QStringList {u"&Datei"_s,   u"&Bearbeiten"_s, u"&Ansicht"_s,
                                                       u"A&rtikel"_s, u"A&nnotieren"_s, u"&Hilfe"_s}
                            << u"&Sprache:"_s << u"Behauptung erfassen"_s;
    }

    void windowAndDialogsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, languageLabel);
        QFETCH(QString, claimTitle);

        // The English texts, to tell what was left untranslated.
        QHash<QString, QString> english;
        {
            QTemporaryDir englishDir;
            MainWindow window(std::make_unique<Library>(englishDir.filePath(QStringLiteral("en.lede"))),
                              m_appSettings.get());
            for (QAction *a : window.findChildren<QAction *>())
                if (!a->objectName().isEmpty())
                    english.insert(a->objectName(), a->text());
        }
        QVERIFY(english.size() > 30);

        install(language);
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        // A subscription, so that the Feeds section (and its buttons) shows above the list.
        SubscriptionRepository(library->connection())
            .add(QStringLiteral("https://example.org/feed.xml"), QStringLiteral("Example News"));
        MainWindow window(std::move(library), m_appSettings.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);

        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, menus);

        // Window-level accelerators: the menu bar, the sidebar's tabs and the filter panel's labels.
        QStringList windowLevel = titles;
        for (const QTabBar *bar : window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                windowLevel << bar->tabText(i);
        for (const QLabel *label : window.findChildren<QLabel *>())
            windowLevel << label->text();
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            windowLevel << button->text();
        QVERIFY2(duplicateMnemonic(windowLevel).isEmpty(), qPrintable(duplicateMnemonic(windowLevel)));

        for (QAction *menuAction : window.menuBar()->actions()) {
            QStringList texts;
            for (QAction *a : menuAction->menu()->actions()) {
                texts << a->text();
                if (language != QLatin1String("en") && !a->isSeparator() && !a->objectName().isEmpty()
                    && english.contains(a->objectName()) && a->objectName() != QLatin1String("undo")
                    && a->objectName() != QLatin1String("redo"))
                    QVERIFY2(a->text() != english.value(a->objectName()), qPrintable(a->text()));
            }
            QVERIFY2(duplicateMnemonic(texts).isEmpty(),
                     qPrintable(menuAction->text() + QStringLiteral(": ") + duplicateMnemonic(texts)));
        }
        shoot(&window, language, QStringLiteral("main"));
        if (!qEnvironmentVariableIsEmpty("LEDE_I18N_SCREENSHOTS")) {
            QMenu *annotate = window.menuBar()->actions().at(4)->menu();
            annotate->popup(QPoint(0, 0));
            QVERIFY(QTest::qWaitForWindowExposed(annotate));
            shoot(annotate, language, QStringLiteral("menu"));
            annotate->hide();
        }

        // The filter panel's labels, and the entities page.
        window.action(QStringLiteral("showFilters"))->trigger();
        QTRY_VERIFY(window.filterPanel()->isVisible());
        window.sidebar()->setCurrentIndex(1);
        QVERIFY2(cutShort(window.filterPanel()).isEmpty(),
                 qPrintable(cutShort(window.filterPanel()).join(QLatin1Char('|'))));
        QVERIFY2(cutShort(window.sidebar()).isEmpty(), qPrintable(cutShort(window.sidebar()).join(QLatin1Char('|'))));
        QWidget *feedsPanel = window.feeds()->panel();
        QVERIFY(feedsPanel->isVisible());
        QVERIFY2(cutShort(feedsPanel).isEmpty(), qPrintable(cutShort(feedsPanel).join(QLatin1Char('|'))));
        shoot(&window, language, QStringLiteral("filters"));

        SettingsDialog settings(m_appSettings.get(), window.library()->claims().verdictScale(), &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QStringList labels;
        for (const QLabel *l : settings.findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(languageLabel), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(cutShort(&settings).isEmpty(), qPrintable(cutShort(&settings).join(QLatin1Char('|'))));
        QVERIFY2(duplicateMnemonic(labels).isEmpty(), qPrintable(duplicateMnemonic(labels)));
        shoot(&settings, language, QStringLiteral("settings"));

        Claim claim;
        claim.articleId = id;
        ClaimDialog claimDialog(claim, QStringLiteral("The council voted 5-2 to reaffirm the policy."),
                                window.library()->claims().verdictScale(), &window);
        claimDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&claimDialog));
        QCOMPARE(claimDialog.windowTitle(), claimTitle);
        QVERIFY2(cutShort(&claimDialog).isEmpty(), qPrintable(cutShort(&claimDialog).join(QLatin1Char('|'))));
        QStringList claimLabels;
        for (const QLabel *l : claimDialog.findChildren<QLabel *>())
            claimLabels << l->text();
        for (const QAbstractButton *b : claimDialog.findChildren<QAbstractButton *>())
            claimLabels << b->text();
        QVERIFY2(duplicateMnemonic(claimLabels).isEmpty(), qPrintable(duplicateMnemonic(claimLabels)));
        shoot(&claimDialog, language, QStringLiteral("claim"));
    }

    // The export, Feeds and Import URL dialogs: translated, with unique accelerators, nothing cut
    // short (the export dialog in each of its formats).
    void newDialogsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sameInEnglish");
        QTest::newRow("en") << u"en"_s << QStringList();
        QTest::newRow("es") << u"es"_s << QStringList();
        QTest::newRow("fr") << u"fr"_s << QStringList();
        QTest::newRow("de") << u"de"_s << QStringList {u"&Format:"_s, u"Feeds"_s, u"Feed"_s};
    }

    void newDialogsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sameInEnglish);
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        const ExportDialog::Context context {id, QStringLiteral("Council keeps the library open"), {id, id}};
        QStringList englishExport;
        QStringList englishFeeds;
        QStringList englishUrl;
        {
            ExportDialog exportDialog(library.get(), m_appSettings.get(), context);
            englishExport = dialogTexts(&exportDialog);
            FeedsDialog feedsDialog;
            feedsDialog.setSubscriptions(someSubscriptions());
            englishFeeds = dialogTexts(&feedsDialog);
            UrlImportDialog urlDialog;
            englishUrl = dialogTexts(&urlDialog);
        }
        install(language);
        const bool english = language == QLatin1String("en");

        ExportDialog exportDialog(library.get(), m_appSettings.get(), context);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        if (!english)
            QVERIFY2(untranslated(englishExport, dialogTexts(&exportDialog), sameInEnglish).isEmpty(),
                     qPrintable(untranslated(englishExport, dialogTexts(&exportDialog), sameInEnglish).join(u'|')));
        QVERIFY2(duplicateMnemonic(acceleratorTexts(&exportDialog)).isEmpty(),
                 qPrintable(duplicateMnemonic(acceleratorTexts(&exportDialog))));
        auto *formats = exportDialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        QVERIFY(formats);
        for (int i = 0; i < formats->count(); ++i) {
            formats->setCurrentIndex(i);
            QVERIFY2(cutShort(&exportDialog).isEmpty(), qPrintable(cutShort(&exportDialog).join(QLatin1Char('|'))));
        }
        exportDialog.setFormat(QStringLiteral("csv"));
        shoot(&exportDialog, language, QStringLiteral("export"));

        FeedsDialog feedsDialog;
        feedsDialog.setSubscriptions(someSubscriptions());
        feedsDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&feedsDialog));
        if (!english)
            QVERIFY2(untranslated(englishFeeds, dialogTexts(&feedsDialog), sameInEnglish).isEmpty(),
                     qPrintable(untranslated(englishFeeds, dialogTexts(&feedsDialog), sameInEnglish).join(u'|')));
        QVERIFY2(duplicateMnemonic(acceleratorTexts(&feedsDialog)).isEmpty(),
                 qPrintable(duplicateMnemonic(acceleratorTexts(&feedsDialog))));
        QVERIFY2(cutShort(&feedsDialog).isEmpty(), qPrintable(cutShort(&feedsDialog).join(QLatin1Char('|'))));
        // The table's headers fit their columns.
        const QTreeWidget *table = feedsDialog.table();
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString header = table->headerItem()->text(c);
            QVERIFY2(table->columnWidth(c) >= table->header()->fontMetrics().horizontalAdvance(header),
                     qPrintable(header));
        }
        shoot(&feedsDialog, language, QStringLiteral("feeds"));

        UrlImportDialog urlDialog;
        urlDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&urlDialog));
        if (!english)
            QVERIFY2(untranslated(englishUrl, dialogTexts(&urlDialog), sameInEnglish).isEmpty(),
                     qPrintable(untranslated(englishUrl, dialogTexts(&urlDialog), sameInEnglish).join(u'|')));
        QVERIFY2(duplicateMnemonic(acceleratorTexts(&urlDialog)).isEmpty(),
                 qPrintable(duplicateMnemonic(acceleratorTexts(&urlDialog))));
        QVERIFY2(cutShort(&urlDialog).isEmpty(), qPrintable(cutShort(&urlDialog).join(QLatin1Char('|'))));
        shoot(&urlDialog, language, QStringLiteral("url"));
    }

    // The choice is stored, and shown again the next time the dialog opens.
    void settingsStoreTheLanguage()
    {
        QCOMPARE(m_appSettings->language(), QString());
        {
            SettingsDialog dialog(m_appSettings.get(), VerdictScale::standard());
            QComboBox *languages = nullptr;
            for (QComboBox *b : dialog.findChildren<QComboBox *>())
                if (b->findText(QStringLiteral("Deutsch")) >= 0)
                    languages = b;
            QVERIFY(languages);
            QCOMPARE(languages->currentData().toString(), QString());
            languages->setCurrentIndex(languages->findText(QStringLiteral("Deutsch")));
            dialog.apply();
        }
        QCOMPARE(m_appSettings->language(), QStringLiteral("de"));
        QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        SettingsDialog again(m_appSettings.get(), VerdictScale::standard());
        bool shown = false;
        for (QComboBox *b : again.findChildren<QComboBox *>())
            shown = shown || b->currentText() == QLatin1String("Deutsch");
        QVERIFY(shown);
    }

private:
    void install(const QString &language)
    {
        auto *qt = new QTranslator;
        if (language != QLatin1String("en")
            && qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        m_translators << qt;
        auto *lede = new QTranslator;
        QVERIFY(lede->load(QStringLiteral(":/i18n/lede_%1.qm").arg(language)));
        QCoreApplication::installTranslator(lede);
        m_translators << lede;
    }

    void shoot(QWidget *widget, const QString &language, const QString &what)
    {
        const QString dir = qEnvironmentVariable("LEDE_I18N_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, what)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    QList<QTranslator *> m_translators;
};

QTEST_MAIN(TestTranslatedGui)
#include "tst_translatedgui.moc"
