#pragma once

#include "exporting/exportscope.h"

#include <QGroupBox>

class QComboBox;
class QRadioButton;

namespace lede {

class Library;

// "What to export": the open article, the articles selected in the list (two or more), a tag, a
// saved search or the whole library, as radio buttons; what cannot be chosen is disabled.
class ExportScopeBox : public QGroupBox
{
    Q_OBJECT

public:
    ExportScopeBox(Library *library, qint64 currentArticleId, const QString &currentTitle,
                   const QList<qint64> &selectedIds, QWidget *parent = nullptr);

    void setKind(ExportScope::Kind kind);
    ExportScope scope() const;
    // A short name of what is exported, for the file name: the article's title, the tag's or the
    // search's name; empty for a selection or the library.
    QString name() const;
    // Why the tags or saved searches could not be listed, if they could not.
    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void changed();

private:
    qint64 m_currentArticleId;
    QString m_currentTitle;
    QList<qint64> m_selectedIds;
    QString m_loadError;
    QRadioButton *m_article;
    QRadioButton *m_selection;
    QRadioButton *m_tag;
    QRadioButton *m_search;
    QRadioButton *m_library;
    QComboBox *m_tags;
    QComboBox *m_searches;
};

} // namespace lede
