#pragma once

#include "domain/claim.h"
#include "domain/verdictscale.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lede {

// Records a claim or edits one: summary, verdict from the library's scale, explanation, status.
class ClaimDialog : public QDialog
{
    Q_OBJECT

public:
    ClaimDialog(const Claim &claim, const QString &passage, const VerdictScale &scale, QWidget *parent = nullptr);

    // The claim with the dialog's values.
    Claim claim() const;
    QLineEdit *summaryField() const { return m_summary; }
    QComboBox *verdictBox() const { return m_verdict; }
    QComboBox *statusBox() const { return m_status; }

private:
    Claim m_claim;
    VerdictScale m_scale;
    QLineEdit *m_summary;
    QComboBox *m_verdict;
    QPlainTextEdit *m_explanation;
    QComboBox *m_status;
};

} // namespace lede
