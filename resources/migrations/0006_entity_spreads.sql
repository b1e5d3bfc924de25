-- Schema 6: the spreads of confirmed entities that are not done yet.
--
-- Giving the other articles a confirmed entity's mentions runs in slices between the editor's
-- work and may take seconds in a large library; a window closed, a library switched or a crash
-- meanwhile would leave the rest undone without a word. Each spread is recorded here when it is
-- asked for and forgotten in the transaction of its last slice, so that the next opening of the
-- library finishes it. An undone spread whose mentions are being taken back is recorded the same
-- way, with the mentions to remove.
--   names:         JSON array of the names looked for
--   skip_articles: JSON array of the article ids left alone (the one it was confirmed in)
--   done_through:  the candidates (ascending article ids) up to this one have been examined
--   take_back:     NULL while spreading; once undone, JSON array of the mention ids to remove
--   taken_back:    how many of take_back are removed
CREATE TABLE entity_spreads (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    names TEXT NOT NULL,
    skip_articles TEXT NOT NULL DEFAULT '[]',
    done_through INTEGER NOT NULL DEFAULT 0,
    take_back TEXT,
    taken_back INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX entity_spreads_entity ON entity_spreads(entity_id);
