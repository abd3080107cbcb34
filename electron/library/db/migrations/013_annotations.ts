import type { Migration } from './types';

/**
 * Highlights and notes (issue 10). One row per annotation, whatever it is on:
 *
 * - `highlight`: a range of an article's clean body, stored as W3C selectors (quote with prefix and
 *   suffix, position, hash of the text it was made on) so it can be found again when the body
 *   changes; `state`, `current_start`/`current_end` are where it sits in today's body.
 * - `article-note`, `story-note`: a note on a whole article or story.
 * - `passage-note`: a note on a passage a comparison found shared by several articles, stored as
 *   the passage's anchor in each article (`passage`, JSON) and keyed by `passage_key` (articles +
 *   quotes), so it survives recomputing the comparison.
 *
 * NB: an article or story deleted never takes its notes with it: `ON DELETE SET NULL`, and the
 * triggers below turn what pointed at it into orphans that keep their quote, note and the title
 * they were made on (`target_title`).
 */
export const migration013: Migration = {
  version: 13,
  name: 'annotations',
  up(db) {
    db.exec(`
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
      CREATE INDEX annotations_article ON annotations(article_id, current_start);
      CREATE INDEX annotations_story ON annotations(story_id);
      CREATE INDEX annotations_passage_key ON annotations(passage_key) WHERE passage_key IS NOT NULL;
      CREATE INDEX annotations_updated ON annotations(updated_at);

      CREATE TABLE annotation_tags (
        annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (annotation_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX annotation_tags_tag ON annotation_tags(tag, annotation_id);

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
    `);
  }
};
