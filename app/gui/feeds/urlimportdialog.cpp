#include "feeds/urlimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lede {

UrlImportDialog::UrlImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("urlImportDialog"));
    setWindowTitle(tr("Import URL"));
    auto *prompt = new QLabel(tr("Address of a news page or a feed (RSS, Atom):"), this);
    prompt->setBuddy(m_url);
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("Address"));
    m_url->setMinimumWidth(480);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("urlImportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0); // busy: a page's size is rarely known in advance
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_url);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString text = m_url->text().trimmed();
        const QUrl url(text);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            showError(tr("Enter an address that starts with http:// or https://."));
            return;
        }
        Q_EMIT importRequested(text);
    });
    connect(m_cancel, &QPushButton::clicked, this, &UrlImportDialog::reject);
}

void UrlImportDialog::reject()
{
    if (m_busy)
        Q_EMIT cancelRequested();
    else
        QDialog::reject();
}

void UrlImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_url->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setText(busy ? tr("Fetching %1…").arg(what) : QString());
}

void UrlImportDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->setText(message);
}

} // namespace lede
