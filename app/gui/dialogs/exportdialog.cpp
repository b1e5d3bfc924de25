#include "dialogs/exportdialog.h"

#include "articlelist/filterpanel.h"
#include "export/exportformats.h"
#include "export/exportselection.h"
#include "export/reportdocument.h"
#include "exporting/csvpreview.h"
#include "exporting/exportworker.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/savedsearchrepository.h"
#include "storage/storageerror.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace lede {
namespace {

// The preview reads this many articles: enough to judge the output, cheap on any library.
constexpr int kPreviewArticles = 10;
// Characters of a text preview; a bundle of many articles is long, and the editor slows down.
constexpr int kPreviewChars = 200000;
// Rows of the CSV table.
constexpr int kPreviewRows = 1000;

QString formatLabel(const QString &format)
{
    if (format == QLatin1String("md"))
        return ExportDialog::tr("Markdown");
    if (format == QLatin1String("html"))
        return ExportDialog::tr("HTML page");
    if (format == QLatin1String("pdf"))
        return ExportDialog::tr("PDF document");
    if (format == QLatin1String("odt"))
        return ExportDialog::tr("OpenDocument text (ODT)");
    if (format == QLatin1String("csv"))
        return ExportDialog::tr("CSV spreadsheet (one row per annotation)");
    if (format == QLatin1String("json"))
        return ExportDialog::tr("JSON bundle (imports back into Lede)");
    if (format == QLatin1String("webannotation"))
        return ExportDialog::tr("W3C Web Annotation (JSON-LD)");
    if (format == QLatin1String("claimreview"))
        return ExportDialog::tr("schema.org ClaimReview (JSON-LD)");
    return format;
}

// A file name from a title: letters, digits and dashes, short enough for any file system.
QString slug(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    s.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    s.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    if (s.size() > 60) {
        s = s.left(60);
        // End on a whole word where there is one.
        const qsizetype dash = s.lastIndexOf(QLatin1Char('-'));
        if (dash > 20)
            s = s.left(dash);
    }
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace

ExportDialog::ExportDialog(Library *library, AppSettings *settings, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_settings(settings)
    , m_selectedIds(context.selectedIds)
    , m_currentArticleId(context.currentArticleId)
    , m_exported(QDateTime::currentDateTimeUtc())
    , m_articleRadio(new QRadioButton(this))
    , m_selectionRadio(new QRadioButton(this))
    , m_tagRadio(new QRadioButton(tr("Articles &tagged"), this))
    , m_searchRadio(new QRadioButton(tr("Saved &search"), this))
    , m_libraryRadio(new QRadioButton(this))
    , m_tagBox(new QComboBox(this))
    , m_searchBox(new QComboBox(this))
    , m_formatBox(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for spreadsheets)"), this))
    , m_path(new QLineEdit(this))
    , m_previewStack(new QStackedWidget(this))
    , m_textPreview(new QPlainTextEdit(this))
    , m_renderedPreview(new QTextBrowser(this))
    , m_csvPreview(new CsvPreview(this))
    , m_previewInfo(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    buildScopeBox(context);

    for (const QString &f : ExportFormats::names())
        m_formatBox->addItem(formatLabel(f), f);
    m_formatBox->setObjectName(QStringLiteral("exportFormat"));
    m_formatBox->setAccessibleName(tr("Export format"));
    m_author->setObjectName(QStringLiteral("exportAuthor"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setPlaceholderText(tr("The organisation or person publishing"));
    m_author->setText(!settings->organisation().isEmpty() ? settings->organisation() : settings->authorName());
    m_url->setObjectName(QStringLiteral("exportUrl"));
    m_url->setAccessibleName(tr("Publication URL"));
    m_url->setPlaceholderText(tr("Where the export will be published (optional)"));
    m_url->setText(settings->exportUrl());
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    m_path->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to write"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *options = new QFormLayout;
    options->addRow(tr("&Format:"), m_formatBox);
    options->addRow(tr("Aut&hor:"), m_author);
    options->addRow(tr("Publication &URL:"), m_url);
    options->addRow(QString(), m_bom);
    auto *pathLabel = new QLabel(tr("File &name:"), this);
    pathLabel->setBuddy(m_path);
    options->addRow(pathLabel, pathRow);

    m_textPreview->setObjectName(QStringLiteral("exportTextPreview"));
    m_textPreview->setReadOnly(true);
    // Prose and JSON read best wrapped.
    m_textPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_textPreview->setAccessibleName(tr("Preview of the file"));
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_renderedPreview->setObjectName(QStringLiteral("exportRenderedPreview"));
    m_renderedPreview->setAccessibleName(tr("Preview of the document"));
    m_renderedPreview->setOpenLinks(false);
    m_previewStack->addWidget(m_textPreview);
    m_previewStack->addWidget(m_renderedPreview);
    m_csvPreview->setObjectName(QStringLiteral("exportCsvPreview"));
    m_csvPreview->setAccessibleName(tr("Preview of the spreadsheet"));
    m_previewStack->addWidget(m_csvPreview);
    m_previewInfo->setObjectName(QStringLiteral("exportPreviewInfo"));
    m_previewInfo->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(findChild<QGroupBox *>(QStringLiteral("exportScope")));
    leftLayout->addLayout(options);
    leftLayout->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setBuddy(m_previewStack);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_previewStack, 1);
    rightLayout->addWidget(m_previewInfo);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_author, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_url, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    // The last folder, else Documents, else home: never the working directory, which a desktop
    // launcher sets to wherever it likes.
    QString folder = settings->exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const int remembered = m_formatBox->findData(settings->exportFormat());
    m_formatBox->setCurrentIndex(std::max(0, remembered));
    m_lastSuffix = suffixFor(format());
    m_path->setText(QDir(folder).filePath(suggestedBaseName() + QLatin1Char('.') + m_lastSuffix));
    formatChanged();
    const int em = fontMetrics().averageCharWidth();
    if (!restoreGeometry(settings->store()->value(QStringLiteral("export/dialogGeometry")).toByteArray()))
        resize(em * 150, fontMetrics().height() * 40);
    splitter->setSizes({em * 55, em * 95});
    // Options top to bottom, then the preview, then the buttons.
    setTabOrder(m_formatBox, m_author);
    setTabOrder(m_author, m_url);
    setTabOrder(m_url, m_bom);
    setTabOrder(m_bom, m_path);
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_textPreview);
    setTabOrder(m_textPreview, m_renderedPreview);
    setTabOrder(m_renderedPreview, m_csvPreview);
    setTabOrder(m_csvPreview, m_buttons);
    connect(this, &QDialog::finished, this,
            [this] { m_settings->store()->setValue(QStringLiteral("export/dialogGeometry"), saveGeometry()); });
    m_formatBox->setFocus();
}

ExportDialog::~ExportDialog()
{
    // The browser shows m_previewDocument: let it go first.
    delete m_renderedPreview;
    if (m_worker) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void ExportDialog::buildScopeBox(const Context &context)
{
    auto *box = new QGroupBox(tr("What to export"), this);
    box->setObjectName(QStringLiteral("exportScope"));
    auto *group = new QButtonGroup(this);
    const QString title = context.currentTitle.isEmpty() ? tr("(untitled)") : context.currentTitle;
    const QFontMetrics fm(font());
    m_articleRadio->setText(
        tr("The open &article: %1").arg(fm.elidedText(title, Qt::ElideRight, fm.averageCharWidth() * 40)));
    m_articleRadio->setToolTip(title);
    m_articleRadio->setEnabled(context.currentArticleId != 0);
    m_selectionRadio->setText(context.selectedIds.size() > 1
                                  ? tr("The %n selected article(s)", nullptr, int(context.selectedIds.size()))
                                  : tr("The selected articles (select several in the list)"));
    m_selectionRadio->setEnabled(context.selectedIds.size() > 1);
    int total = 0;
    try {
        total = m_library ? m_library->articles().count() : 0;
        if (m_library) {
            for (const Tag &t : m_library->tags().all())
                m_tagBox->addItem(t.name, t.id);
            for (const SavedSearch &s : SavedSearchRepository(m_library->connection()).all())
                m_searchBox->addItem(s.name, s.definition);
        }
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
    }
    m_libraryRadio->setText(tr("The whole &library (%Ln article(s))", nullptr, total));
    m_tagRadio->setEnabled(m_tagBox->count() > 0);
    m_tagBox->setEnabled(m_tagBox->count() > 0);
    m_tagBox->setAccessibleName(tr("Tag to export"));
    m_searchRadio->setEnabled(m_searchBox->count() > 0);
    m_searchBox->setEnabled(m_searchBox->count() > 0);
    m_searchBox->setAccessibleName(tr("Saved search to export"));
    auto *grid = new QGridLayout(box);
    grid->addWidget(m_articleRadio, 0, 0, 1, 2);
    grid->addWidget(m_selectionRadio, 1, 0, 1, 2);
    grid->addWidget(m_tagRadio, 2, 0);
    grid->addWidget(m_tagBox, 2, 1);
    grid->addWidget(m_searchRadio, 3, 0);
    grid->addWidget(m_searchBox, 3, 1);
    grid->addWidget(m_libraryRadio, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    for (QRadioButton *r : {m_articleRadio, m_selectionRadio, m_tagRadio, m_searchRadio, m_libraryRadio}) {
        group->addButton(r);
        connect(r, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                scopeChanged();
        });
    }
    // Choosing a tag or a search means exporting it.
    connect(m_tagBox, &QComboBox::activated, this, [this] { m_tagRadio->setChecked(true); });
    connect(m_tagBox, &QComboBox::currentIndexChanged, this, &ExportDialog::scopeChanged);
    connect(m_searchBox, &QComboBox::activated, this, [this] { m_searchRadio->setChecked(true); });
    connect(m_searchBox, &QComboBox::currentIndexChanged, this, &ExportDialog::scopeChanged);
    if (m_selectionRadio->isEnabled())
        m_selectionRadio->setChecked(true);
    else if (m_articleRadio->isEnabled())
        m_articleRadio->setChecked(true);
    else
        m_libraryRadio->setChecked(true);
}

void ExportDialog::setScopeKind(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Kind::Article:
        m_articleRadio->setChecked(true);
        break;
    case ExportScope::Kind::Selection:
        m_selectionRadio->setChecked(true);
        break;
    case ExportScope::Kind::Tag:
        m_tagRadio->setChecked(true);
        break;
    case ExportScope::Kind::SavedSearch:
        m_searchRadio->setChecked(true);
        break;
    case ExportScope::Kind::Library:
        m_libraryRadio->setChecked(true);
        break;
    }
    updatePreview();
}

ExportScope ExportDialog::scope() const
{
    ExportScope s;
    if (m_articleRadio->isChecked()) {
        s.kind = ExportScope::Kind::Article;
        s.articleIds = {m_currentArticleId};
    } else if (m_selectionRadio->isChecked()) {
        s.kind = ExportScope::Kind::Selection;
        s.articleIds = m_selectedIds;
    } else if (m_tagRadio->isChecked()) {
        s.kind = ExportScope::Kind::Tag;
        s.filter.tagId = m_tagBox->currentData().toLongLong();
    } else if (m_searchRadio->isChecked()) {
        s.kind = ExportScope::Kind::SavedSearch;
        s.filter = FilterPanel::fromDefinition(m_searchBox->currentData().toString());
    } else {
        s.kind = ExportScope::Kind::Library;
    }
    return s;
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_formatBox->findData(format);
    if (index >= 0)
        m_formatBox->setCurrentIndex(index);
    updatePreview();
}

QString ExportDialog::format() const
{
    return m_formatBox->currentData().toString();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.author = m_author->text().trimmed();
    o.url = m_url->text().trimmed();
    o.byteOrderMark = m_bom->isChecked() && format() == QLatin1String("csv");
    o.exported = m_exported;
    return o;
}

QString ExportDialog::suffixFor(const QString &format) const
{
    const std::unique_ptr<ExportWriter> writer = ExportFormats::makeWriter(format, {});
    return writer ? writer->suffix() : format;
}

QString ExportDialog::suggestedBaseName() const
{
    QString base;
    if (m_articleRadio->isChecked())
        base = slug(m_articleRadio->toolTip());
    else if (m_tagRadio->isChecked())
        base = slug(m_tagBox->currentText());
    else if (m_searchRadio->isChecked())
        base = slug(m_searchBox->currentText());
    return base.isEmpty() ? QStringLiteral("lede-export") : base;
}

void ExportDialog::formatChanged()
{
    const QString f = format();
    m_bom->setEnabled(f == QLatin1String("csv"));
    // The file name follows the format, unless the person typed a suffix of their own.
    const QString suffix = suffixFor(f);
    const QString path = outputPath();
    if (!path.isEmpty() && path.endsWith(QLatin1Char('.') + m_lastSuffix))
        m_path->setText(path.left(path.size() - m_lastSuffix.size()) + suffix);
    m_lastSuffix = suffix;
    updatePreview();
}

void ExportDialog::scopeChanged()
{
    // The suggested file name follows what is exported, until the person names the file.
    if (!m_pathEdited && !outputPath().isEmpty()) {
        const QFileInfo info(outputPath());
        m_path->setText(QDir(info.absolutePath()).filePath(suggestedBaseName() + QLatin1Char('.') + m_lastSuffix));
    }
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_library)
        return;
    const QString f = format();
    int total = 0;
    ExportSelection selection;
    try {
        const ExportScope s = scope();
        total = s.count(*m_library);
        selection = ExportWorker::loadSelection(*m_library, s.resolve(*m_library, kPreviewArticles));
    } catch (const StorageError &e) {
        m_previewStack->setCurrentWidget(m_textPreview);
        m_textPreview->setPlainText(e.message());
        m_previewInfo->clear();
        return;
    }
    const bool rendered = f == QLatin1String("html") || ExportFormats::needsGui(f);
    QString problem;
    QByteArray bytes;
    std::unique_ptr<QTextDocument> document;
    if (selection.articles.isEmpty()) {
        problem = tr("There are no articles to export.");
    } else if (ExportFormats::needsGui(f)) {
        // The very document the PDF and ODT writers lay out.
        document = ReportDocument::create(selection, options());
    } else {
        bytes = ExportFormats::makeWriter(f, options())->write(selection, &problem);
        if (bytes.isEmpty() && problem.isEmpty())
            problem = tr("nothing to write");
        if (!bytes.isEmpty() && rendered) {
            document = std::make_unique<QTextDocument>();
            document->setHtml(QString::fromUtf8(bytes));
        }
    }
    if (!problem.isEmpty()) {
        m_previewStack->setCurrentWidget(m_textPreview);
        m_textPreview->setPlainText(tr("This selection cannot be written as %1: %2").arg(formatLabel(f), problem));
    } else if (document) {
        m_renderedPreview->setDocument(document.get());
        m_previewDocument = std::move(document);
        m_previewStack->setCurrentWidget(m_renderedPreview);
    } else if (f == QLatin1String("csv")) {
        m_csvText = QString::fromUtf8(bytes);
        m_csvPreview->setCsv(m_csvText, kPreviewRows);
        m_previewStack->setCurrentWidget(m_csvPreview);
    } else {
        QString text = QString::fromUtf8(bytes);
        if (text.size() > kPreviewChars)
            text = text.left(kPreviewChars) + QLatin1Char('\n') + tr("… (the preview stops here)");
        m_textPreview->setPlainText(text);
        m_previewStack->setCurrentWidget(m_textPreview);
    }
    const int shown = int(selection.articles.size());
    QString info = shown < total ? tr("Preview of the first %1 of %Ln article(s).", nullptr, total).arg(shown)
                                 : tr("Preview of %Ln article(s).", nullptr, total);
    if (!bytes.isEmpty() && shown == total)
        info += QLatin1Char(' ') + tr("The file will be %1.").arg(QLocale().formattedDataSize(bytes.size()));
    else if (ExportFormats::needsGui(f))
        info += QLatin1Char(' ') + tr("The %1 is laid out from this document.").arg(formatLabel(f));
    m_previewInfo->setText(info);
}

QString ExportDialog::previewText() const
{
    if (m_previewStack->currentWidget() == m_renderedPreview)
        return m_renderedPreview->document()->toPlainText();
    if (m_previewStack->currentWidget() == m_csvPreview)
        return m_csvText;
    return m_textPreview->toPlainText();
}

bool ExportDialog::previewIsTable() const
{
    return m_previewStack->currentWidget() == m_csvPreview;
}

bool ExportDialog::previewIsRendered() const
{
    return m_previewStack->currentWidget() == m_renderedPreview;
}

QString ExportDialog::message() const
{
    return m_message->text();
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // Bold as well as red, so that it stands out without colour too; this red reads on light and dark.
    QFont f = font();
    f.setBold(error);
    m_message->setFont(f);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xD0, 0x30, 0x30));
    m_message->setPalette(p);
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export To"), outputPath());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = suffixFor(format());
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilters({tr("%1 (*.%2)").arg(formatLabel(format()), suffix), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_path->setText(path);
        m_pathEdited = true;
    });
    dialog->open();
}

void ExportDialog::startExport()
{
    if (m_worker || !m_library)
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        showMessage(tr("Choose the file to write."), true);
        m_path->setFocus();
        return;
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        showMessage(tr("%1: the folder %2 does not exist").arg(path, QDir::toNativeSeparators(info.absolutePath())),
                    true);
        return;
    }
    if (info.isDir()) {
        showMessage(tr("%1: this is a folder; give a file name").arg(path), true);
        return;
    }
    m_thread = new QThread(this);
    m_worker = new ExportWorker(m_library->path(), scope(), format(), options(), info.absoluteFilePath());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ExportWorker::run);
    connect(m_worker, &ExportWorker::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        //: The export's progress bar: "23,000 of 100,000 articles read"
        m_progress->setFormat(tr("%1 of %2 articles read").arg(QLocale().toString(done), QLocale().toString(total)));
        if (done == total)
            showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(outputPath())), false);
        Q_EMIT exportProgress(done, total);
    });
    connect(m_worker, &ExportWorker::finished, this, &ExportDialog::exportFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_exportButton->setEnabled(false);
    showMessage(tr("Exporting…"), false);
    m_thread->start();
}

void ExportDialog::exportFinished(int articles, const QString &error, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    // Its thread has stopped, so no event loop would ever run a deleteLater for it.
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->hide();
    m_exportButton->setEnabled(true);
    const QString path = outputPath();
    if (cancelled) {
        showMessage(tr("Export cancelled: %1 was not written.").arg(path), false);
        return;
    }
    if (!error.isEmpty()) {
        showMessage(tr("%1: %2").arg(path, error), true);
        return;
    }
    m_settings->setExportFormat(format());
    m_settings->setExportFolder(QFileInfo(path).absolutePath());
    m_settings->setExportUrl(m_url->text().trimmed());
    const QString done = tr("Exported %Ln article(s) as %1 to %2", nullptr, articles)
                             .arg(formatLabel(format()), QDir::toNativeSeparators(path));
    showMessage(done, false);
    Q_EMIT exported(done);
    accept();
}

void ExportDialog::reject()
{
    // Escape or Cancel while writing stops the export and keeps the dialog, to try again.
    if (m_worker) {
        m_worker->cancel();
        showMessage(tr("Cancelling…"), false);
        return;
    }
    QDialog::reject();
}

} // namespace lede
