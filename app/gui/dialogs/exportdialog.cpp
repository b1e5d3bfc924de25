#include "dialogs/exportdialog.h"

#include "export/exportformats.h"
#include "exporting/exportpreview.h"
#include "exporting/exportscopebox.h"
#include "exporting/exportworker.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace lede {

QString ExportDialog::formatLabel(const QString &format)
{
    if (format == QLatin1String("md"))
        return tr("Markdown");
    if (format == QLatin1String("html"))
        return tr("HTML page");
    if (format == QLatin1String("pdf"))
        return tr("PDF document");
    if (format == QLatin1String("odt"))
        return tr("OpenDocument text (ODT)");
    if (format == QLatin1String("csv"))
        return tr("CSV spreadsheet (one row per annotation)");
    if (format == QLatin1String("json"))
        return tr("JSON bundle (imports back into Lede)");
    if (format == QLatin1String("webannotation"))
        return tr("W3C Web Annotation (JSON-LD)");
    if (format == QLatin1String("claimreview"))
        return tr("schema.org ClaimReview (JSON-LD)");
    return format;
}

namespace {

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
    , m_exported(QDateTime::currentDateTimeUtc())
    , m_scopeBox(new ExportScopeBox(library, context.currentArticleId, context.currentTitle, context.selectedIds, this))
    , m_formatBox(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for spreadsheets)"), this))
    , m_path(new QLineEdit(this))
    , m_preview(new ExportPreview(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    if (!m_scopeBox->loadError().isEmpty())
        showMessage(m_scopeBox->loadError(), true);
    connect(m_scopeBox, &ExportScopeBox::changed, this, &ExportDialog::scopeChanged);

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
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the file to write"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *options = new QFormLayout;
    options->addRow(tr("&Format:"), m_formatBox);
    options->addRow(tr("Aut&hor:"), m_author);
    options->addRow(tr("Publication &URL:"), m_url);
    options->addRow(QString(), m_bom);
    auto *pathLabel = new QLabel(tr("File &name:"), this);
    pathLabel->setBuddy(m_path);
    options->addRow(pathLabel, pathRow);

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
    leftLayout->addWidget(m_scopeBox);
    leftLayout->addLayout(options);
    leftLayout->addStretch(1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
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
    setTabOrder(m_path, m_browse);
    QWidget *previous = m_browse;
    for (QWidget *view : m_preview->views()) {
        setTabOrder(previous, view);
        previous = view;
    }
    setTabOrder(previous, m_buttons);
    connect(this, &QDialog::finished, this,
            [this] { m_settings->store()->setValue(QStringLiteral("export/dialogGeometry"), saveGeometry()); });
    m_formatBox->setFocus();
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void ExportDialog::setScopeKind(ExportScope::Kind kind)
{
    m_scopeBox->setKind(kind);
    updatePreview();
}

ExportScope ExportDialog::scope() const
{
    return m_scopeBox->scope();
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

QString ExportDialog::suffixFamily(const QString &format) const
{
    // The JSON formats all are JSON: .json and .jsonld suit each of them.
    const QString suffix = suffixFor(format);
    return suffix.startsWith(QLatin1String("json")) ? QStringLiteral("json") : suffix;
}

QString ExportDialog::formatOfSuffix(const QString &suffix) const
{
    const QString lower = suffix.toLower();
    for (const QString &f : ExportFormats::names()) {
        const QString family = suffixFamily(f);
        if (lower == suffixFor(f) || lower == family)
            return family;
    }
    return {};
}

QString ExportDialog::suggestedBaseName() const
{
    const QString base = slug(m_scopeBox->name());
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
    if (m_library)
        m_preview->update(*m_library, scope(), format(), formatLabel(format()), options());
}

QString ExportDialog::previewText() const
{
    return m_preview->text();
}

bool ExportDialog::previewIsRendered() const
{
    return m_preview->isRendered();
}

int ExportDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

bool ExportDialog::previewIsTable() const
{
    return m_preview->isTable();
}

CsvPreview *ExportDialog::csvPreview() const
{
    return m_preview->table();
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
    if (const QString other = formatOfSuffix(info.suffix()); !other.isEmpty() && other != suffixFamily(format())) {
        // A PDF named .md opens as gibberish: more likely a slip than a wish.
        showMessage(tr("%1: the name ends in .%2 but the format is %3; change one of them")
                        .arg(path, info.suffix(), formatLabel(format())),
                    true);
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
        m_progress->setFormat(tr("%1 of %Ln article(s) read", nullptr, total).arg(QLocale().toString(done)));
        if (done == total)
            showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(outputPath())), false);
        Q_EMIT exportProgress(done, total);
    });
    connect(m_worker, &ExportWorker::finished, this, &ExportDialog::exportFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    setOptionsEnabled(false);
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
    setOptionsEnabled(true);
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

void ExportDialog::setOptionsEnabled(bool enabled)
{
    // While the file is written, what it holds and where it goes stay as they were asked.
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_scopeBox, m_formatBox, m_author, m_url, m_path, m_browse, m_exportButton})
        w->setEnabled(enabled);
    m_bom->setEnabled(enabled && format() == QLatin1String("csv"));
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
