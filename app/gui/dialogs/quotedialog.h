#pragma once

#include "domain/quote.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace lede {

// Marks a selected passage as a quote, or changes a quote's speaker: the speaker field completes
// over the library's known entities and their aliases.
class QuoteDialog : public QDialog
{
    Q_OBJECT

public:
    QuoteDialog(const QString &passage, const QStringList &knownNames, QWidget *parent = nullptr);

    void setSpeaker(const QString &speaker);
    // Hides the kind: when only the speaker is being changed.
    void setSpeakerOnly(bool only);
    QString speaker() const;
    QuoteKind kind() const;
    QLineEdit *speakerField() const { return m_speaker; }

private:
    QLineEdit *m_speaker;
    QComboBox *m_kind;
};

} // namespace lede
