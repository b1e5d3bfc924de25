-- Schema 8: the entity table's checks written as comparisons.
--
-- SQLite tests CHECK (kind IN ('person', …)) by building a temporary table of the list for every row
-- it writes; the same test written as comparisons costs next to nothing. A bulk import writes some
-- 9 entities per article: on 840 articles the two checks were 165M of the writer's 2,390M
-- instructions. The same values are accepted and refused as before.
--
-- SQLite cannot change a CHECK in place, so the table is built anew with the same rows and ids.
-- Database::migrate() runs migrations with foreign keys off: dropping the old table then deletes
-- nothing that refers to it, and the references find the new table by its name. The delete
-- trigger of schema 4 goes with the old table and is created again, as it was.
CREATE TABLE entities_rebuilt (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'person' OR kind = 'organization' OR kind = 'place' OR kind = 'law'
                              OR kind = 'event' OR kind = 'other'),
    status TEXT NOT NULL DEFAULT 'suggested'
        CHECK (status = 'suggested' OR status = 'confirmed' OR status = 'rejected'),
    created_at TEXT NOT NULL,
    UNIQUE (name, kind)
);
INSERT INTO entities_rebuilt (id, name, kind, status, created_at)
    SELECT id, name, kind, status, created_at FROM entities ORDER BY id;
DROP TABLE entities;
ALTER TABLE entities_rebuilt RENAME TO entities;

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
