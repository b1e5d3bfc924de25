#pragma once

#include "exporting/exportscope.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace lede {

class ExportScopeBox;
class Library;

// Article ▸ Analyse Again…: which articles to analyse again, and what that does to their
// suggestions and to the editor's decisions.
class ReanalysisDialog : public QDialog
{
    Q_OBJECT

public:
    ReanalysisDialog(Library *library, qint64 currentArticleId, const QString &currentTitle,
                     const QList<qint64> &selectedIds, QWidget *parent = nullptr);

    ExportScope scope() const;

private:
    // Says what the chosen articles mean for undo, and whether there is anything to analyse.
    void showConsequence();

    Library *m_library;
    ExportScopeBox *m_scope;
    QLabel *m_consequence;
    QPushButton *m_analyse = nullptr;
};

} // namespace lede
