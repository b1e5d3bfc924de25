-- Schema 9: the words naming a speaker that is no entity, where the mention the attribution rests
-- on does not name it. After "The groups say …. They argue "…"", the analysis gives the quote the
-- speaker "The groups" and the mention "They"; stored without the label, the sidebar read "They".
-- Null for every other quote: a speaker entity's name, or the mention's own words, name it.
ALTER TABLE quotes ADD COLUMN speaker_label TEXT;

-- A pending set keeps the label as the eighth element of a quote's row (absent when null). The
-- trigger of schema 8 that turns sets into rows before an entity is deleted carries it over.
DROP TRIGGER IF EXISTS pending_suggestions_entity_delete;
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
                        speaker_end, cue, kind, status, created_at, modified_at, speaker_label)
        SELECT 4503599627370496 + p.article_id * 1048576 + j.key, p.article_id, p.version_id,
               j.value ->> 0, j.value ->> 1, (SELECT e.id FROM entities e WHERE e.id = j.value ->> 2),
               j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, 'suggested', p.created_at,
               p.created_at, j.value ->> 7
        FROM pending_suggestions p, json_each(p.quotes) j
        WHERE p.article_id IN (SELECT article_id FROM pending_entities WHERE entity_id = OLD.id);
    DELETE FROM pending_suggestions
        WHERE article_id IN (SELECT article_id FROM pending_entities WHERE entity_id = OLD.id);
END;
