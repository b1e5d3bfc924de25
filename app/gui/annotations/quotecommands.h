#pragma once

#include "annotations/librarycommand.h"
#include "domain/entity.h"
#include "domain/quote.h"

#include <optional>

namespace lede {

// Accept (Confirmed) or reject a suggested quote, or put it back.
class SetQuoteStatusCommand : public LibraryCommand
{
public:
    SetQuoteStatusCommand(ArticleAnnotations *annotations, const Quote &quote, ReviewStatus status);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    qint64 m_articleId;
    qint64 m_quoteId;
    ReviewStatus m_old;
    ReviewStatus m_new;
};

// Gives a quote a speaker by name: a known entity of that name, or a new person.
class SetQuoteSpeakerCommand : public LibraryCommand
{
public:
    SetQuoteSpeakerCommand(ArticleAnnotations *annotations, const Quote &quote, const QString &speaker);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Quote m_before;
    QString m_speaker;
    qint64 m_createdEntity = 0;
};

// A quote the editor marked: confirmed, with an optional speaker.
class AddQuoteCommand : public LibraryCommand
{
public:
    AddQuoteCommand(ArticleAnnotations *annotations, const Quote &quote, const QString &speaker);

    qint64 quoteId() const { return m_quote.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Quote m_quote;
    QString m_speaker;
    qint64 m_createdEntity = 0;
};

// The entity of that name (a person when several kinds match none), created when new; created is
// set when it was.
qint64 resolveEntity(Library &library, const QString &name, EntityKind preferred, bool *created);

} // namespace lede
