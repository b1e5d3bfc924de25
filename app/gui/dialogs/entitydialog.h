#pragma once

#include "domain/entity.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace lede {

// Names an entity and its kind: for tagging a passage, or renaming and re-kinding an entity.
class EntityDialog : public QDialog
{
    Q_OBJECT

public:
    EntityDialog(const QString &title, const QString &name, EntityKind kind, const QStringList &knownNames,
                 QWidget *parent = nullptr);

    QString name() const;
    EntityKind kind() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
};

} // namespace lede
