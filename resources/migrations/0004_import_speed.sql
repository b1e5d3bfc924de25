-- Schema 4: fewer indexes to keep up to date while a bulk import writes tens of suggestions per
-- article. mentions_article and quotes_article are prefixes of mentions_article_status and
-- quotes_article_status (schema 2), which answer every query by article as well.
DROP INDEX IF EXISTS mentions_article;
DROP INDEX IF EXISTS quotes_article;
