#include "dialogs/claimdialog.h"

#include "annotations/claimmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lede {

ClaimDialog::ClaimDialog(const Claim &claim, const QString &passage, const VerdictScale &scale, QWidget *parent)
    : QDialog(parent)
    , m_claim(claim)
    , m_scale(scale)
    , m_summary(new QLineEdit(claim.summary, this))
    , m_verdict(new QComboBox(this))
    , m_explanation(new QPlainTextEdit(claim.explanation, this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(claim.id ? tr("Edit Claim") : tr("Record Claim"));
    auto *quoted = new QLabel(passage.simplified(), this);
    quoted->setWordWrap(true);
    quoted->setAccessibleName(tr("Claimed passage"));
    m_summary->setAccessibleName(tr("Claim summary"));
    m_summary->setPlaceholderText(tr("The checkable statement, in a sentence"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->addItem(tr("(no verdict yet)"), QString());
    for (const Verdict &v : scale.verdicts())
        m_verdict->addItem(v.label, v.label);
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(claim.verdictLabel)));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setTabChangesFocus(true);
    m_status->setAccessibleName(tr("Claim status"));
    for (ClaimStatus s : {ClaimStatus::ToCheck, ClaimStatus::InProgress, ClaimStatus::Checked, ClaimStatus::Published})
        m_status->addItem(ClaimModel::statusName(int(s)), int(s));
    m_status->setCurrentIndex(m_status->findData(int(claim.status)));
    // A verdict means the checking is done, as the command line records it.
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_verdict->currentData().toString().isEmpty()
            && ClaimStatus(m_status->currentData().toInt()) == ClaimStatus::ToCheck)
            m_status->setCurrentIndex(m_status->findData(int(ClaimStatus::Checked)));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Passage:"), quoted);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Explanation:"), m_explanation);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_summary->setFocus();
}

Claim ClaimDialog::claim() const
{
    Claim c = m_claim;
    c.summary = m_summary->text().trimmed();
    c.verdictLabel = m_verdict->currentData().toString();
    const std::optional<Verdict> v = m_scale.find(c.verdictLabel);
    c.verdictValue = v ? std::optional<int>(v->value) : std::nullopt;
    c.explanation = m_explanation->toPlainText().trimmed();
    c.status = ClaimStatus(m_status->currentData().toInt());
    return c;
}

} // namespace lede
