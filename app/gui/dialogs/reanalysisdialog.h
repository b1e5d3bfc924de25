#pragma once

#include "exporting/exportscope.h"

#include <QDialog>

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
    ExportScopeBox *m_scope;
};

} // namespace lede
