#include "articlelist/filterpanel.h"

#include "storage/library.h"
#include "storage/savedsearchrepository.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace lede {

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_outlet(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_unreviewed(new QCheckBox(tr("Has &unreviewed suggestions"), this))
    , m_saved(new QComboBox(this))
    , m_deleteSaved(new QPushButton(tr("Delete"), this))
{
    setAccessibleName(tr("Article filters"));
    m_outlet->setAccessibleName(tr("Outlet filter"));
    m_from->setAccessibleName(tr("Published on or after"));
    m_to->setAccessibleName(tr("Published on or before"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_speaker->setAccessibleName(tr("Speaker filter"));
    m_entity->setAccessibleName(tr("Entity filter"));
    m_verdict->setAccessibleName(tr("Verdict filter"));
    m_unreviewed->setAccessibleName(tr("Only articles with unreviewed suggestions"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_deleteSaved->setAccessibleName(tr("Delete the saved search"));
    const auto *dateValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), this);
    for (QLineEdit *date : {m_from, m_to}) {
        date->setPlaceholderText(tr("YYYY-MM-DD"));
        date->setValidator(dateValidator);
        date->setClearButtonEnabled(true);
        connect(date, &QLineEdit::editingFinished, this, &FilterPanel::changed);
    }
    for (QComboBox *box : {m_outlet, m_tag, m_speaker, m_entity, m_verdict})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterPanel::changed);
    connect(m_unreviewed, &QCheckBox::toggled, this, &FilterPanel::changed);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            Q_EMIT savedSearchChosen(fromDefinition(m_saved->itemData(index, Qt::UserRole + 1).toString()));
    });
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0 || !m_library)
            return;
        try {
            SavedSearchRepository(m_library->connection()).remove(m_saved->currentData().toLongLong());
        } catch (const StorageError &e) {
            Q_EMIT errorOccurred(e.message());
        }
        m_dirty = true;
        refresh();
    });

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(m_to);
    auto *saved = new QHBoxLayout;
    saved->addWidget(m_saved, 1);
    saved->addWidget(m_deleteSaved);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    auto *savedLabel = new QLabel(tr("&Saved:"), this);
    savedLabel->setBuddy(m_saved);
    form->addRow(savedLabel, saved);
    form->addRow(tr("Ou&tlet:"), m_outlet);
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    form->addRow(tr("Ta&g:"), m_tag);
    form->addRow(tr("S&peaker:"), m_speaker);
    form->addRow(tr("Entit&y:"), m_entity);
    form->addRow(tr("Ve&rdict:"), m_verdict);
    form->addRow(m_unreviewed);
}

void FilterPanel::setLibrary(Library *library)
{
    m_library = library;
    m_dirty = true;
    clear();
    if (isVisible())
        refresh();
}

void FilterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FilterPanel::select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterPanel::refresh()
{
    if (!m_library)
        return;
    const ArticleFilter current = filter(QString());
    try {
        const QSignalBlocker b1(m_outlet), b2(m_tag), b3(m_speaker), b4(m_entity), b5(m_verdict);
        const auto reset = [](QComboBox *box, const QString &any) {
            box->clear();
            box->addItem(any, QVariant());
        };
        reset(m_outlet, tr("Any outlet"));
        for (const QString &outlet : ArticleListRepository(m_library->connection()).outlets())
            m_outlet->addItem(outlet, outlet);
        reset(m_tag, tr("Any tag"));
        for (const Tag &t : m_library->tags().all())
            m_tag->addItem(t.name, t.id);
        reset(m_speaker, tr("Any speaker"));
        reset(m_entity, tr("Any entity"));
        for (const Entity &e : m_library->entities().all()) {
            if (e.status == ReviewStatus::Rejected)
                continue;
            if (e.kind == EntityKind::Person || e.kind == EntityKind::Organization)
                m_speaker->addItem(e.name, e.id);
            m_entity->addItem(e.name, e.id);
        }
        reset(m_verdict, tr("Any verdict"));
        for (const QString &label : m_library->claims().verdictScale().labels())
            m_verdict->addItem(label, label);
        m_saved->clear();
        m_saved->addItem(tr("Choose a saved search"), QVariant());
        for (const SavedSearch &s : SavedSearchRepository(m_library->connection()).all()) {
            m_saved->addItem(s.name, s.id);
            m_saved->setItemData(m_saved->count() - 1, s.definition, Qt::UserRole + 1);
        }
        m_dirty = false;
    } catch (const StorageError &e) {
        Q_EMIT errorOccurred(e.message());
    }
    setFilter(current);
}

ArticleFilter FilterPanel::filter(const QString &text) const
{
    ArticleFilter f;
    f.text = text;
    f.outlet = m_outlet->currentData().toString();
    f.from = m_from->text().trimmed();
    f.to = m_to->text().trimmed();
    f.tagId = m_tag->currentData().toLongLong();
    f.speakerId = m_speaker->currentData().toLongLong();
    f.entityId = m_entity->currentData().toLongLong();
    f.verdict = m_verdict->currentData().toString();
    f.unreviewedOnly = m_unreviewed->isChecked();
    return f;
}

void FilterPanel::setFilter(const ArticleFilter &f)
{
    const QSignalBlocker b1(m_outlet), b2(m_tag), b3(m_speaker), b4(m_entity), b5(m_verdict), b6(m_unreviewed);
    // Values not yet in the boxes (panel never shown) are added, so a saved search applies anyway.
    if (!f.outlet.isEmpty() && m_outlet->findData(f.outlet) < 0)
        m_outlet->addItem(f.outlet, f.outlet);
    if (!f.verdict.isEmpty() && m_verdict->findData(f.verdict) < 0)
        m_verdict->addItem(f.verdict, f.verdict);
    select(m_outlet, f.outlet.isEmpty() ? QVariant() : QVariant(f.outlet));
    m_from->setText(f.from);
    m_to->setText(f.to);
    select(m_tag, f.tagId ? QVariant(f.tagId) : QVariant());
    select(m_speaker, f.speakerId ? QVariant(f.speakerId) : QVariant());
    select(m_entity, f.entityId ? QVariant(f.entityId) : QVariant());
    select(m_verdict, f.verdict.isEmpty() ? QVariant() : QVariant(f.verdict));
    m_unreviewed->setChecked(f.unreviewedOnly);
}

void FilterPanel::clear()
{
    setFilter(ArticleFilter());
}

QString FilterPanel::toDefinition(const ArticleFilter &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), f.text);
    o.insert(QStringLiteral("outlet"), f.outlet);
    o.insert(QStringLiteral("from"), f.from);
    o.insert(QStringLiteral("to"), f.to);
    o.insert(QStringLiteral("tag"), f.tagId);
    o.insert(QStringLiteral("speaker"), f.speakerId);
    o.insert(QStringLiteral("entity"), f.entityId);
    o.insert(QStringLiteral("verdict"), f.verdict);
    o.insert(QStringLiteral("unreviewed"), f.unreviewedOnly);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ArticleFilter FilterPanel::fromDefinition(const QString &definition)
{
    const QJsonObject o = QJsonDocument::fromJson(definition.toUtf8()).object();
    ArticleFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.outlet = o.value(QStringLiteral("outlet")).toString();
    f.from = o.value(QStringLiteral("from")).toString();
    f.to = o.value(QStringLiteral("to")).toString();
    f.tagId = o.value(QStringLiteral("tag")).toInteger();
    f.speakerId = o.value(QStringLiteral("speaker")).toInteger();
    f.entityId = o.value(QStringLiteral("entity")).toInteger();
    f.verdict = o.value(QStringLiteral("verdict")).toString();
    f.unreviewedOnly = o.value(QStringLiteral("unreviewed")).toBool();
    return f;
}

void FilterPanel::saveCurrent(const QString &name, const QString &text)
{
    if (!m_library)
        return;
    try {
        SavedSearchRepository(m_library->connection()).save(name, toDefinition(filter(text)));
    } catch (const StorageError &e) {
        Q_EMIT errorOccurred(e.message());
    }
    refresh();
}

} // namespace lede
