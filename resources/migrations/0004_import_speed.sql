-- Schema 4: what a bulk import writes per article, made small.
--
-- mentions_article and quotes_article are prefixes of mentions_article_status and
-- quotes_article_status (schema 2), which answer every query by article as well.
DROP INDEX IF EXISTS mentions_article;
DROP INDEX IF EXISTS quotes_article;

-- An article's suggestions as its analysis produced them, kept in one row until something needs
-- them as rows of mentions and quotes (reading or editing the article's annotations, or an edit of
-- one of its entities). Most imported articles are never opened for review, and writing ~60 rows
-- with their indexes per article was most of the cost of an import. An article has a row here or
-- suggested rows in mentions/quotes, never both. Positions are code points, as in those tables.
--   mentions: JSON array of [start, end, entity_id]
--   quotes:   JSON array of [start, end, speaker_entity_id|null, speaker_start|null,
--             speaker_end|null, cue|null, kind]
CREATE TABLE pending_suggestions (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL, -- the version analysed; the row goes with its article
    mentions TEXT NOT NULL,
    quotes TEXT NOT NULL,
    quote_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

-- Which entities each pending set names, and how often (as a mention, as a quote's speaker): what
-- the article list filters and counts by and what the entity list counts, without reading the sets.
-- Readers join entities, so that an entity deleted behind a set's back counts for nothing.
CREATE TABLE pending_entities (
    article_id INTEGER NOT NULL REFERENCES pending_suggestions(article_id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    spoken INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;

-- Deleting an entity first turns the pending sets that name it into rows (as
-- PendingSuggestions::materialise does, ids included: 2^52 + article_id * 2^20 + place in the set),
-- so that the delete treats them as rows (mentions go, quotes lose their speaker), whoever deletes
-- it; a set never names an entity that is gone, whose id a new entity could be given.
CREATE TRIGGER pending_suggestions_entity_delete BEFORE DELETE ON entities
WHEN EXISTS (SELECT 1 FROM pending_entities WHERE entity_id = OLD.id)
BEGIN
    INSERT INTO mentions (id, article_id, version_id, start_pos, end_pos, entity_id, status)
        SELECT 4503599627370496 + p.article_id * 1048576 + j.key, p.article_id, p.version_id,
               j.value ->> 0, j.value ->> 1, j.value ->> 2, 'suggested'
        FROM pending_suggestions p, json_each(p.mentions) j
        WHERE p.article_id IN (SELECT article_id FROM pending_entities WHERE entity_id = OLD.id)
          AND EXISTS (SELECT 1 FROM entities e WHERE e.id = j.value ->> 2);
    INSERT INTO quotes (id, article_id, version_id, start_pos, end_pos, speaker_entity_id, speaker_start,
                        speaker_end, cue, kind, status, created_at, modified_at)
        SELECT 4503599627370496 + p.article_id * 1048576 + j.key, p.article_id, p.version_id,
               j.value ->> 0, j.value ->> 1, (SELECT e.id FROM entities e WHERE e.id = j.value ->> 2),
               j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, 'suggested', p.created_at,
               p.created_at
        FROM pending_suggestions p, json_each(p.quotes) j
        WHERE p.article_id IN (SELECT article_id FROM pending_entities WHERE entity_id = OLD.id);
    DELETE FROM pending_suggestions
        WHERE article_id IN (SELECT article_id FROM pending_entities WHERE entity_id = OLD.id);
END;
