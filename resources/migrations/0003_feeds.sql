-- Schema 3: feed subscriptions and the feed items already seen.
-- A subscription remembers what the server said last time (ETag, Last-Modified), so that a
-- refresh asks "anything new?" and a 304 costs nothing; last_error is what the user is shown.
CREATE TABLE feed_subscriptions (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT,
    refresh_minutes INTEGER NOT NULL DEFAULT 60 CHECK (refresh_minutes > 0),
    etag TEXT,
    last_modified TEXT,
    last_checked_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL
);

-- One row per item a subscription has delivered, so that a refresh imports only what is new.
-- The row outlives its article (SET NULL): an article deleted for good does not come back.
CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    is_read INTEGER NOT NULL DEFAULT 0,
    seen_at TEXT NOT NULL,
    UNIQUE (subscription_id, guid)
);
CREATE INDEX feed_items_article ON feed_items(article_id);
CREATE INDEX feed_items_unread ON feed_items(subscription_id) WHERE is_read = 0 AND article_id IS NOT NULL;
