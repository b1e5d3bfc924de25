-- Schema 7: the entity list's mention counts read from an index.
--
-- The entity list counts each entity's mentions, pending sets included. Grouping pending_entities
-- (some 25 rows per article) by entity sorted every row first: 2.2 s for a library of 100,000
-- articles, each time the list was shown or an entity edited. Read in entity order from this
-- index, the counts take 0.3 s, for one more index entry per row an import writes.
CREATE INDEX pending_entities_entity ON pending_entities(entity_id, mentions, spoken);
