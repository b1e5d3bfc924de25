#include "import/acronymjoin.h"

#include "storage/entityjoinrepository.h"
#include "storage/library.h"

namespace lede {
namespace {

constexpr int kShortestAcronym = 2;

// "FBI", "U.N.", "AT&T": capitals, with dots or an ampersand between them.
QString lettersOfAcronym(const QString &shortForm)
{
    QString letters;
    for (const QChar c : shortForm) {
        if (c.isUpper())
            letters += c;
        else if (c != u'.' && c != u'&')
            return {};
    }
    return letters;
}

// The capitals that open the name's words, hyphenated parts counted as words ("Trans-Pacific").
QString initialsOf(const QString &name)
{
    QString initials;
    bool wordStart = true;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'-') {
            wordStart = true;
        } else {
            if (wordStart && c.isUpper())
                initials += c;
            wordStart = false;
        }
    }
    return initials;
}

} // namespace

AcronymJoin::AcronymJoin(Library &library, EntityJoinRepository::HeldBack *heldBack)
    : m_library(library)
    , m_heldBack(heldBack)
{ }

bool AcronymJoin::standsFor(const QString &shortForm, const QString &name)
{
    if (shortForm.compare(name, Qt::CaseInsensitive) == 0)
        return shortForm != name && shortForm == shortForm.toUpper() && name != name.toUpper();
    const QString letters = lettersOfAcronym(shortForm);
    if (letters.size() < kShortestAcronym || !name.contains(u' '))
        return false;
    // The acronym's letters in order among the initials: "U.S. Immigration and Customs
    // Enforcement" has U, S, I, C, E for ICE.
    const QString initials = initialsOf(name);
    qsizetype at = 0;
    for (const QChar c : letters) {
        at = initials.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

int AcronymJoin::run(const QStringList &names)
{
    const QStringList oneWord = EntityJoinRepository::oneWordNames(names);
    if (oneWord.isEmpty())
        return 0;
    EntityJoinRepository repository(m_library.connection(), m_heldBack);
    QList<QPair<qint64, qint64>> joins;
    for (const EntityJoinRepository::ShortForm &form : repository.shortForms(oneWord, EntityKind::Organization)) {
        QList<qint64> targets;
        for (const EntityJoinRepository::Candidate &c : form.candidates) {
            if (standsFor(form.name, c.name))
                targets << c.id;
        }
        if (targets.size() == 1)
            joins.append({form.id, targets.first()});
    }
    repository.join(joins);
    return int(joins.size());
}

} // namespace lede
