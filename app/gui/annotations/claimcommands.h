#pragma once

#include "annotations/librarycommand.h"
#include "domain/claim.h"

namespace lede {

class AddClaimCommand : public LibraryCommand
{
public:
    AddClaimCommand(ArticleAnnotations *annotations, const Claim &claim);
    qint64 claimId() const { return m_claim.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Claim m_claim;
};

// Replaces the editable fields of a claim (summary, verdict, explanation, status).
class EditClaimCommand : public LibraryCommand
{
public:
    EditClaimCommand(ArticleAnnotations *annotations, const Claim &before, const Claim &after);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Claim m_before;
    Claim m_after;
};

class RemoveClaimCommand : public LibraryCommand
{
public:
    RemoveClaimCommand(ArticleAnnotations *annotations, const Claim &claim);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Claim m_claim;
};

} // namespace lede
