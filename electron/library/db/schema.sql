-- The schema of a Crosscheck library migrated from zero (written by `npm run schema:write`;
-- electron/library/db/schemaSnapshot.test.ts checks it). Review its diff with every migration.
-- user_version = 24

CREATE TABLE annotation_id_floor (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    highest INTEGER NOT NULL CHECK (highest >= 0)
  ) STRICT;

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (annotation_id, tag)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('highlight', 'article-note', 'story-note', 'passage-note')),
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    target_title TEXT,
    colour INTEGER CHECK (colour BETWEEN 1 AND 6),
    note TEXT NOT NULL DEFAULT '',
    quote_exact TEXT,
    quote_prefix TEXT,
    quote_suffix TEXT,
    position_start INTEGER,
    position_end INTEGER,
    text_hash TEXT,
    state TEXT NOT NULL DEFAULT 'placed' CHECK (state IN ('placed', 'moved', 'changed', 'orphan')),
    orphan_reason TEXT CHECK (orphan_reason IN ('not-found', 'ambiguous', 'below-threshold', 'deleted')),
    current_start INTEGER,
    current_end INTEGER,
    original_exact TEXT,
    score REAL,
    passage TEXT,
    passage_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (kind <> 'highlight' OR (quote_exact IS NOT NULL AND colour IS NOT NULL)),
    CHECK (kind <> 'passage-note' OR (passage IS NOT NULL AND passage_key IS NOT NULL))
  ) STRICT;

CREATE TABLE article_corrections (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'byline', 'published_at', 'url', 'language')),
    value TEXT,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (article_id, field)
  ) STRICT;

CREATE TABLE article_id_floor (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    highest INTEGER NOT NULL CHECK (highest >= 0)
  ) STRICT;

CREATE TABLE article_links (
    a_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('near-duplicate')),
    score REAL NOT NULL,
    PRIMARY KEY (a_id, b_id, kind)
  ) STRICT;

CREATE TABLE "article_minhash" (
    article_id INTEGER PRIMARY KEY,
    signature BLOB NOT NULL
  ) STRICT;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    outlet TEXT,
    byline TEXT,
    published_at TEXT,
    url TEXT,
    language TEXT,
    dateline TEXT,
    wire_credits TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    original TEXT, -- NULL when identical to body (most files): halves the write volume
    removed TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL UNIQUE,
    word_count INTEGER NOT NULL,
    source_path TEXT,
    source_format TEXT NOT NULL,
    collection TEXT,
    imported_at TEXT NOT NULL
  , field_sources TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(field_sources)), original_edits TEXT, search_title TEXT, search_body TEXT, search_outlet TEXT) STRICT;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, outlet,
    content='articles_search_form', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
  );

CREATE TABLE 'articles_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'articles_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'articles_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'articles_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');

CREATE TABLE "import_problems" (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('failed', 'skipped', 'duplicate', 'near-duplicate', 'warning')),
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
  ) STRICT;

CREATE TABLE import_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    paths TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
    imported INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
  , near_duplicates INTEGER NOT NULL DEFAULT 0) STRICT;

CREATE TABLE original_named (article_id INTEGER PRIMARY KEY) STRICT;

CREATE TABLE recent_searches (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    searched_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE search_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL
  ) STRICT;

CREATE TABLE search_snapshots (
    name TEXT PRIMARY KEY,
    -- What the snapshot covers: articles up to this id, and changes up to this seq.
    max_article_id INTEGER NOT NULL,
    change_seq INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    -- The index options it was built with; a snapshot of other options is rebuilt.
    format TEXT NOT NULL,
    data TEXT NOT NULL,
    saved_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    user_label INTEGER NOT NULL DEFAULT 0 CHECK (user_label IN (0, 1)),
    created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE story_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
  ) STRICT;

CREATE TABLE story_terms (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE,
    df INTEGER NOT NULL,
    postings BLOB NOT NULL
  ) STRICT;

CREATE TABLE story_vectors (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    placed INTEGER NOT NULL DEFAULT 0 CHECK (placed IN (0, 1))
  ) STRICT;

CREATE TABLE watched_folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL
  ) STRICT;

CREATE INDEX annotation_tags_tag ON annotation_tags(tag, annotation_id);

CREATE INDEX annotations_article ON annotations(article_id, current_start);

CREATE INDEX annotations_colour ON annotations(colour, article_id);

CREATE INDEX annotations_passage_key ON annotations(passage_key) WHERE passage_key IS NOT NULL;

CREATE INDEX annotations_state ON annotations(state, article_id);

CREATE INDEX annotations_story ON annotations(story_id);

CREATE INDEX annotations_updated ON annotations(updated_at);

CREATE INDEX article_links_b ON article_links(b_id);

CREATE INDEX articles_imported_at ON articles(imported_at);

CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

CREATE INDEX articles_published_at ON articles(published_at);

CREATE INDEX articles_search_meta ON articles(id, outlet, published_at, language, byline);

CREATE INDEX articles_source_path ON articles(source_path);

CREATE INDEX articles_title ON articles(title COLLATE NOCASE);

CREATE INDEX articles_word_count ON articles(word_count);

CREATE INDEX import_problems_run ON import_problems(run_id);

CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TRIGGER annotation_id_floor_ad AFTER DELETE ON annotations
  WHEN old.id > (SELECT highest FROM annotation_id_floor)
  BEGIN
    UPDATE annotation_id_floor SET highest = old.id WHERE only = 1;
  END;

CREATE TRIGGER annotations_article_deleted BEFORE DELETE ON articles
  WHEN EXISTS (SELECT 1 FROM annotations WHERE article_id = old.id)
    OR EXISTS (SELECT 1 FROM annotations WHERE passage_key IS NOT NULL)
  BEGIN
    UPDATE annotations
    SET state = 'orphan', orphan_reason = 'deleted', current_start = NULL, current_end = NULL
    WHERE article_id = old.id
      OR (passage_key IS NOT NULL
          AND EXISTS (SELECT 1 FROM json_each(passage) WHERE json_extract(value, '$.articleId') = old.id));
  END;

CREATE TRIGGER annotations_story_deleted BEFORE DELETE ON stories
  WHEN EXISTS (SELECT 1 FROM annotations WHERE story_id = old.id)
  BEGIN
    UPDATE annotations SET state = 'orphan', orphan_reason = 'deleted' WHERE story_id = old.id;
  END;

CREATE TRIGGER article_id_floor_ad AFTER DELETE ON articles
  WHEN old.id > (SELECT highest FROM article_id_floor)
  BEGIN
    UPDATE article_id_floor SET highest = old.id WHERE only = 1;
  END;

CREATE TRIGGER article_minhash_ad AFTER DELETE ON articles BEGIN
    DELETE FROM article_minhash WHERE article_id = old.id;
  END;

CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
      VALUES ('delete', old.id, COALESCE(old.search_title, old.title), COALESCE(old.search_body, old.body),
              COALESCE(old.search_outlet, old.outlet));
  END;

CREATE TRIGGER articles_au AFTER UPDATE OF title, body, outlet ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, outlet)
      VALUES ('delete', old.id, COALESCE(old.search_title, old.title), COALESCE(old.search_body, old.body),
              COALESCE(old.search_outlet, old.outlet));
    INSERT INTO articles_fts(rowid, title, body, outlet)
      VALUES (new.id, COALESCE(new.search_title, new.title), COALESCE(new.search_body, new.body),
              COALESCE(new.search_outlet, new.outlet));
  END;

CREATE TRIGGER articles_original_kept AFTER UPDATE OF body ON articles
      WHEN new.body IS NOT old.body
    BEGIN
      UPDATE articles
         SET original = CASE WHEN old.original IS NOT NULL THEN old.original
                             WHEN old.original_edits IS NULL THEN old.body
                             ELSE coalesce((
    WITH RECURSIVE
      chars(p, h) AS (
        SELECT 1, hex(substr(CAST(old.body AS BLOB), 1, 3))
        UNION ALL
        SELECT p + CASE WHEN substr(h, 1, 2) < '80' THEN 1 WHEN substr(h, 1, 2) < 'E0' THEN 2
                        WHEN substr(h, 1, 2) < 'F0' THEN 3 ELSE 4 END,
               hex(substr(CAST(old.body AS BLOB),
                          p + CASE WHEN substr(h, 1, 2) < '80' THEN 1 WHEN substr(h, 1, 2) < 'E0' THEN 2
                                   WHEN substr(h, 1, 2) < 'F0' THEN 3 ELSE 4 END, 3))
          FROM chars WHERE h <> ''
      ),
      classes(p, ws) AS (
        SELECT p, substr(h, 1, 2) IN ('09', '0A', '0B', '0C', '0D', '20') OR substr(h, 1, 4) = 'C2A0'
                  OR h IN ('E19A80', 'E28080', 'E28081', 'E28082', 'E28083', 'E28084', 'E28085', 'E28086',
                           'E28087', 'E28088', 'E28089', 'E2808A', 'E280A8', 'E280A9', 'E280AF', 'E2819F',
                           'E38080', 'EFBBBF')
          FROM chars WHERE h <> ''
      ),
      marks(p, ws, before) AS (SELECT p, ws, lag(ws, 1, 1) OVER (ORDER BY p) FROM classes),
      starts(k, p) AS (SELECT row_number() OVER (ORDER BY p), p FROM marks WHERE ws = 0 AND before = 1),
      ends(k, p) AS (SELECT row_number() OVER (ORDER BY p), p FROM marks WHERE ws = 1 AND before = 0),
      entries(i, at, g, ws, bad) AS (
        SELECT 0, 1, 0, '', 0
        UNION ALL
        SELECT i + 1,
               at + instr(substr(CAST(old.original_edits AS BLOB), at, 4096), X'3B'),
               g + CAST(CAST(substr(substr(CAST(old.original_edits AS BLOB), at, 4096), 1, (length(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT)) - length(ltrim(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT), '0123456789')))) AS TEXT) AS INTEGER),
               CAST(substr(substr(CAST(old.original_edits AS BLOB), at, 4096), (length(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT)) - length(ltrim(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT), '0123456789'))) + 1, instr(substr(CAST(old.original_edits AS BLOB), at, 4096), X'3B') - 1 - (length(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT)) - length(ltrim(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT), '0123456789')))) AS TEXT),
               (length(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT)) - length(ltrim(CAST(substr(CAST(old.original_edits AS BLOB), at, 4096) AS TEXT), '0123456789'))) = 0 OR instr(substr(CAST(old.original_edits AS BLOB), at, 4096), X'3B') = 0
          FROM entries WHERE at <= length(CAST(old.original_edits AS BLOB)) AND NOT bad
      ),
      plan(i, s, e, ws) AS (
        SELECT entries.i,
               CASE entries.g WHEN 0 THEN 1 ELSE coalesce(ends.p, length(CAST(old.body AS BLOB)) + 1) END,
               coalesce(starts.p, length(CAST(old.body AS BLOB)) + 1),
               entries.ws
          FROM entries
          LEFT JOIN ends ON ends.k = entries.g
          LEFT JOIN starts ON starts.k = entries.g + 1
         WHERE entries.i > 0
      ),
      pieces(i, s, ws, copied) AS (
        SELECT i, s, ws, coalesce(max(e) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 1) FROM plan
      )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM entries WHERE bad)
                  OR (SELECT max(g) FROM entries) > (SELECT count(*) FROM starts) THEN NULL
                ELSE CAST(coalesce((SELECT group_concat(piece, '') FROM (
                         SELECT coalesce(substr(CAST(old.body AS BLOB), copied, max(s - copied, 0)), '') || ws AS piece
                           FROM pieces ORDER BY i)), '')
                       || coalesce(substr(CAST(old.body AS BLOB), (SELECT max(1, coalesce(max(e), 1)) FROM plan)), '') AS TEXT) END
  ), old.body) END,
             original_edits = NULL
       WHERE id = new.id AND NOT EXISTS (SELECT 1 FROM original_named WHERE article_id = new.id);
      DELETE FROM original_named WHERE article_id = new.id;
    END;

CREATE TRIGGER articles_original_named BEFORE UPDATE OF original, original_edits ON articles
    WHEN new.body IS NOT old.body
  BEGIN
    INSERT OR REPLACE INTO original_named (article_id) VALUES (new.id);
  END;

CREATE TRIGGER articles_search_form_stale BEFORE UPDATE OF title, body, outlet ON articles
    WHEN (new.title IS NOT old.title AND old.search_title IS NOT NULL AND new.search_title IS old.search_title)
      OR (new.body IS NOT old.body AND old.search_body IS NOT NULL AND new.search_body IS old.search_body)
      OR (new.outlet IS NOT old.outlet AND old.search_outlet IS NOT NULL AND new.search_outlet IS old.search_outlet)
  BEGIN
    SELECT RAISE(ABORT, 'This article''s search form (search_title, search_body, search_outlet) must be set with its text: set it to NULL to index the text as written.');
  END;

CREATE TRIGGER search_changes_ad AFTER DELETE ON articles BEGIN
    INSERT INTO search_changes (article_id) VALUES (old.id);
  END;

CREATE TRIGGER search_changes_au AFTER UPDATE OF title, body, outlet ON articles
    WHEN old.title IS NOT new.title OR old.body IS NOT new.body OR old.outlet IS NOT new.outlet
  BEGIN
    INSERT INTO search_changes (article_id) VALUES (new.id);
  END;

CREATE VIEW articles_search_form AS
  SELECT id,
         COALESCE(search_title, title) AS title,
         COALESCE(search_body, body) AS body,
         COALESCE(search_outlet, outlet) AS outlet
    FROM articles;
