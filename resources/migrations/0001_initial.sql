-- Schema 1: articles with versions, annotations anchored to a version, entities, tags, verdicts,
-- and an FTS5 index whose text lives in the tables above (external content, stored once).
-- Positions (start_pos, end_pos) are Unicode code points into the version's body, end exclusive.

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    url TEXT,
    published TEXT,
    language TEXT,
    dateline TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL,
    current_version_id INTEGER REFERENCES article_versions(id) DEFERRABLE INITIALLY DEFERRED,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_site ON articles(site);

CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source BLOB,
    created_at TEXT NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX article_versions_hash ON article_versions(content_hash);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'law', 'event', 'other')),
    status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    created_at TEXT NOT NULL,
    UNIQUE (name, kind)
);

CREATE TABLE entity_aliases (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'scare', 'title', 'term')),
    status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX notes_article ON notes(article_id);

CREATE TABLE verdicts (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    value INTEGER NOT NULL
);
INSERT INTO verdicts (label, value) VALUES
    ('True', 6), ('Mostly true', 5), ('Half true', 4), ('Mostly false', 3), ('False', 2), ('Pants on fire', 1);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    verdict_label TEXT,
    verdict_value INTEGER,
    explanation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'to-check' CHECK (status IN ('to-check', 'in-progress', 'checked', 'published')),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

-- What the full-text index reads its text from: each article's current version.
CREATE VIEW article_fts_source AS
    SELECT a.id AS id, a.title AS title, a.byline AS byline, v.body AS body
    FROM articles a JOIN article_versions v ON v.id = a.current_version_id;

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, byline, body,
    content = 'article_fts_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2');
