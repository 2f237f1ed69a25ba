-- armswatch store, schema 1: articles, their transfer reports, evidence sentences and a
-- full-text index over them. Applied by armswatch.store.migrations inside one transaction.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    published    TEXT,             -- ISO date, as precise as known ("2022-11" or "2022-11-02")
    lang         TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,    -- armswatch.records.content_hash(text)
    duplicate_of TEXT,             -- id of the article this one copies (from Article.meta)
    story_id     TEXT,             -- news event this article reports (from Article.meta)
    meta         TEXT NOT NULL DEFAULT '{}',  -- JSON object: Article.meta
    record_hash  TEXT NOT NULL,    -- hash of the serialized article + reports: unchanged => no write
    ingested_at  TEXT NOT NULL,    -- first time this id was written
    updated_at   TEXT NOT NULL     -- last time its content changed
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_story_id ON articles (story_id);

CREATE TABLE reports (
    id             TEXT PRIMARY KEY,  -- sha256("article_id|supplier|recipient|category")[:16]
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source         TEXT NOT NULL,
    supplier_id    TEXT NOT NULL,
    supplier_name  TEXT NOT NULL,
    recipient_id   TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    category       TEXT NOT NULL,
    materiel       TEXT NOT NULL,
    quantity       TEXT,
    quantity_value REAL,
    status         TEXT NOT NULL,
    covert         INTEGER NOT NULL DEFAULT 0,
    confidence     REAL NOT NULL,
    claimed_by     TEXT NOT NULL DEFAULT '[]',  -- JSON list of {"id", "name"}
    denied_by      TEXT NOT NULL DEFAULT '[]',
    via            TEXT NOT NULL DEFAULT '[]',
    evidence       TEXT NOT NULL DEFAULT '[]',  -- JSON list of {"text", "start", "end"}
    published      TEXT                         -- copied from the article, for time filters
);
CREATE INDEX reports_case ON reports (supplier_id, recipient_id, category);
CREATE INDEX reports_article ON reports (article_id);
CREATE INDEX reports_recipient ON reports (recipient_id);
CREATE INDEX reports_published ON reports (published);

-- One row per evidence sentence; the content table of evidence_fts.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    text       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE INDEX evidence_article ON evidence (article_id);
CREATE INDEX evidence_report ON evidence (report_id);

-- remove_diacritics 2: "etats" finds "États".
CREATE VIRTUAL TABLE evidence_fts USING fts5 (
    report_id UNINDEXED,
    article_id UNINDEXED,
    text,
    content = 'evidence',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, report_id, article_id, text)
    VALUES (new.id, new.report_id, new.article_id, new.text);
END;

CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, report_id, article_id, text)
    VALUES ('delete', old.id, old.report_id, old.article_id, old.text);
END;

CREATE TRIGGER evidence_au AFTER UPDATE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, report_id, article_id, text)
    VALUES ('delete', old.id, old.report_id, old.article_id, old.text);
    INSERT INTO evidence_fts (rowid, report_id, article_id, text)
    VALUES (new.id, new.report_id, new.article_id, new.text);
END;
