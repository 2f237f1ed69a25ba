-- armswatch store, schema 2: near-duplicates and stories (armswatch.merge).
--
-- articles.duplicate_of / story_id already exist (schema 1); duplicate_kind says how the copy
-- was recognised. article_signatures keeps what the merge step computed for each article text,
-- so that ingesting new articles only computes signatures for the new ones.

ALTER TABLE articles ADD COLUMN duplicate_kind TEXT;  -- copy | translation (NULL: not a copy)

CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE article_signatures (
    article_id   TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,  -- the text the signature was computed from
    minhash      BLOB NOT NULL,  -- rensa RMinHash state over word shingles
    features     TEXT NOT NULL   -- JSON: language-independent features (actors, triples, numbers…)
);
