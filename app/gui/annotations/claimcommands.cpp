#include "annotations/claimcommands.h"

#include "annotations/articleannotations.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {

AddClaimCommand::AddClaimCommand(ArticleAnnotations *annotations, const Claim &claim)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Record Claim"))
    , m_claim(claim)
{ }

void AddClaimCommand::apply()
{
    library().claims().insert(m_claim);
}
void AddClaimCommand::revert()
{
    library().claims().remove(m_claim.id);
}
void AddClaimCommand::notify()
{
    annotations()->articleEdited(m_claim.articleId);
}

EditClaimCommand::EditClaimCommand(ArticleAnnotations *annotations, const Claim &before, const Claim &after)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Edit Claim"))
    , m_before(before)
    , m_after(after)
{ }

void EditClaimCommand::apply()
{
    library().claims().update(m_after);
}
void EditClaimCommand::revert()
{
    library().claims().update(m_before);
}
void EditClaimCommand::notify()
{
    annotations()->articleEdited(m_before.articleId);
}

RemoveClaimCommand::RemoveClaimCommand(ArticleAnnotations *annotations, const Claim &claim)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Delete Claim"))
    , m_claim(claim)
{ }

void RemoveClaimCommand::apply()
{
    library().claims().remove(m_claim.id);
}
void RemoveClaimCommand::revert()
{
    library().claims().insert(m_claim);
}
void RemoveClaimCommand::notify()
{
    annotations()->articleEdited(m_claim.articleId);
}

} // namespace lede
