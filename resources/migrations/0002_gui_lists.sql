-- Schema 2: what the desktop article list needs to open a large library at once.
-- Keyset paging walks one of these indexes in order (each also holds the rowid, the tie-breaker),
-- so a page costs the same at row 100,000 as at row 0.
CREATE INDEX articles_list_published ON articles(coalesce(published, ''));
CREATE INDEX articles_list_title ON articles(lower(title));
CREATE INDEX articles_list_site ON articles(lower(site));
CREATE INDEX articles_list_byline ON articles(lower(byline));
CREATE INDEX quotes_article_status ON quotes(article_id, status);
CREATE INDEX mentions_article_status ON mentions(article_id, status);
CREATE INDEX claims_verdict ON claims(verdict_label COLLATE NOCASE);

-- Named filters of the article list; the definition is the GUI's own JSON text.
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL
);
