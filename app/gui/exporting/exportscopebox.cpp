#include "exporting/exportscopebox.h"

#include "articlelist/filterpanel.h"
#include "storage/library.h"
#include "storage/savedsearchrepository.h"
#include "storage/storageerror.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QRadioButton>

namespace lede {

ExportScopeBox::ExportScopeBox(Library *library, qint64 currentArticleId, const QString &currentTitle,
                               const QList<qint64> &selectedIds, QWidget *parent)
    : QGroupBox(tr("What to export"), parent)
    , m_currentArticleId(currentArticleId)
    , m_currentTitle(currentTitle.isEmpty() ? tr("(untitled)") : currentTitle)
    , m_selectedIds(selectedIds)
    , m_article(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_tag(new QRadioButton(tr("Articles &tagged"), this))
    , m_search(new QRadioButton(tr("Saved &search"), this))
    , m_library(new QRadioButton(this))
    , m_tags(new QComboBox(this))
    , m_searches(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportScope"));
    const QFontMetrics fm(font());
    m_article->setText(
        tr("The open &article: %1").arg(fm.elidedText(m_currentTitle, Qt::ElideRight, fm.averageCharWidth() * 40)));
    m_article->setToolTip(m_currentTitle);
    m_article->setEnabled(currentArticleId != 0);
    // One selected article is the open one: the choice counts from two.
    m_selection->setText(selectedIds.size() > 1 ? tr("The %Ln selected article(s)", nullptr, int(selectedIds.size()))
                                                : tr("The selected articles (select several in the list)"));
    m_selection->setEnabled(selectedIds.size() > 1);
    int total = 0;
    try {
        if (library) {
            total = library->articles().count();
            for (const Tag &t : library->tags().all())
                m_tags->addItem(t.name, t.id);
            for (const SavedSearch &s : SavedSearchRepository(library->connection()).all())
                m_searches->addItem(s.name, s.definition);
        }
    } catch (const StorageError &e) {
        m_loadError = e.message();
    }
    m_library->setText(tr("The whole &library (%Ln article(s))", nullptr, total));
    m_tag->setEnabled(m_tags->count() > 0);
    m_tags->setEnabled(m_tags->count() > 0);
    m_tags->setAccessibleName(tr("Tag to export"));
    m_search->setEnabled(m_searches->count() > 0);
    m_searches->setEnabled(m_searches->count() > 0);
    m_searches->setAccessibleName(tr("Saved search to export"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_article, 0, 0, 1, 2);
    grid->addWidget(m_selection, 1, 0, 1, 2);
    grid->addWidget(m_tag, 2, 0);
    grid->addWidget(m_tags, 2, 1);
    grid->addWidget(m_search, 3, 0);
    grid->addWidget(m_searches, 3, 1);
    grid->addWidget(m_library, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_article, m_selection, m_tag, m_search, m_library}) {
        group->addButton(r);
        connect(r, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                Q_EMIT changed();
        });
    }
    // Choosing a tag or a search means exporting it.
    connect(m_tags, &QComboBox::activated, this, [this] { m_tag->setChecked(true); });
    connect(m_tags, &QComboBox::currentIndexChanged, this, &ExportScopeBox::changed);
    connect(m_searches, &QComboBox::activated, this, [this] { m_search->setChecked(true); });
    connect(m_searches, &QComboBox::currentIndexChanged, this, &ExportScopeBox::changed);
    if (m_selection->isEnabled())
        m_selection->setChecked(true);
    else if (m_article->isEnabled())
        m_article->setChecked(true);
    else
        m_library->setChecked(true);
}

void ExportScopeBox::setKind(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Kind::Article:
        m_article->setChecked(true);
        break;
    case ExportScope::Kind::Selection:
        m_selection->setChecked(true);
        break;
    case ExportScope::Kind::Tag:
        m_tag->setChecked(true);
        break;
    case ExportScope::Kind::SavedSearch:
        m_search->setChecked(true);
        break;
    case ExportScope::Kind::Library:
        m_library->setChecked(true);
        break;
    }
}

ExportScope ExportScopeBox::scope() const
{
    ExportScope s;
    if (m_article->isChecked()) {
        s.kind = ExportScope::Kind::Article;
        s.articleIds = {m_currentArticleId};
    } else if (m_selection->isChecked()) {
        s.kind = ExportScope::Kind::Selection;
        s.articleIds = m_selectedIds;
    } else if (m_tag->isChecked()) {
        s.kind = ExportScope::Kind::Tag;
        s.filter.tagId = m_tags->currentData().toLongLong();
    } else if (m_search->isChecked()) {
        s.kind = ExportScope::Kind::SavedSearch;
        s.filter = FilterPanel::fromDefinition(m_searches->currentData().toString());
    } else {
        s.kind = ExportScope::Kind::Library;
    }
    return s;
}

QString ExportScopeBox::name() const
{
    if (m_article->isChecked())
        return m_currentTitle;
    if (m_tag->isChecked())
        return m_tags->currentText();
    if (m_search->isChecked())
        return m_searches->currentText();
    return {};
}

} // namespace lede
