#pragma once

#include "storage/articlelistrepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace lede {

class Library;

// The article list's filters (outlet, dates, tag, speaker, entity, verdict, unreviewed) and the
// library's saved searches. The text query lives in the main window's search field.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    void setLibrary(Library *library);
    // Re-reads outlets, tags, entities, verdicts and saved searches (cheap to call; lazy until shown).
    void refresh();
    // The filter for the widgets' values, with the given text query.
    ArticleFilter filter(const QString &text) const;
    void setFilter(const ArticleFilter &filter);
    void clear();

    static QString toDefinition(const ArticleFilter &filter);
    static ArticleFilter fromDefinition(const QString &definition);

    QComboBox *outletBox() const { return m_outlet; }
    QComboBox *speakerBox() const { return m_speaker; }
    QComboBox *entityBox() const { return m_entity; }
    QComboBox *savedBox() const { return m_saved; }
    QCheckBox *unreviewedBox() const { return m_unreviewed; }

    // Saves the current filters under a name (used by the Save Search action).
    void saveCurrent(const QString &name, const QString &text);

Q_SIGNALS:
    void changed();
    // A saved search was chosen: the window applies it, text query included.
    void savedSearchChosen(const lede::ArticleFilter &filter);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    static void select(QComboBox *box, const QVariant &data);

    Library *m_library = nullptr;
    bool m_dirty = true;
    QComboBox *m_outlet;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_tag;
    QComboBox *m_speaker;
    QComboBox *m_entity;
    QComboBox *m_verdict;
    QCheckBox *m_unreviewed;
    QComboBox *m_saved;
    QPushButton *m_deleteSaved;
};

} // namespace lede
