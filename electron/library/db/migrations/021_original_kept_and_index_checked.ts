import type { Migration } from './types';

/**
 * The original text of an article, as SQL can read it back from migration 018's whitespace edits:
 * `old.original_edits` applied to `old.body` exactly as `decodeOriginalEdits`
 * (shared/import/originalEdits.ts) applies them, or NULL where the JavaScript reader gives
 * `undefined` (edits that do not fit the body).
 *
 * How: the body is walked as bytes (a blob: `substr` on text counts characters from the start at
 * every call, which made a 2 KB body cost ~30 times more), one UTF-8 character per step, keeping
 * the hex of its first three bytes; a character is whitespace when those bytes are one of
 * `isSpaceUnit`'s characters. Word starts and ends number the gaps; each edit's whitespace then
 * replaces its gap's, in order (two entries at one gap append, as the reader does).
 *
 * NB: only functions of SQLite 3.25 and later (window functions), no `group_concat(… ORDER BY)`
 * (3.44): an older `sqlite3` shell must still read a library whose schema holds this.
 */
const ORIGINAL_FROM_EDITS = `(
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
    entries(i, rest, g, ws, bad) AS (
      SELECT 0, old.original_edits, 0, '', 0
      UNION ALL
      SELECT i + 1,
             substr(rest, instr(rest, ';') + 1),
             g + CAST(substr(rest, 1, length(rest) - length(ltrim(rest, '0123456789'))) AS INTEGER),
             substr(rest, length(rest) - length(ltrim(rest, '0123456789')) + 1,
                    instr(rest, ';') - 1 - (length(rest) - length(ltrim(rest, '0123456789')))),
             length(rest) = length(ltrim(rest, '0123456789')) OR instr(rest, ';') = 0
        FROM entries WHERE rest <> '' AND NOT bad
    ),
    plan(i, s, e, ws) AS (
      SELECT i,
             CASE g WHEN 0 THEN 1
                    ELSE coalesce((SELECT p FROM ends WHERE ends.k = g), length(CAST(old.body AS BLOB)) + 1) END,
             coalesce((SELECT p FROM starts WHERE starts.k = g + 1), length(CAST(old.body AS BLOB)) + 1),
             ws
        FROM entries WHERE i > 0
    ),
    built(i, copied, text) AS (
      SELECT 0, 1, ''
      UNION ALL
      SELECT built.i + 1, max(copied, plan.e),
             text || coalesce(substr(CAST(old.body AS BLOB), copied, max(plan.s - copied, 0)), '') || plan.ws
        FROM built JOIN plan ON plan.i = built.i + 1
    )
  SELECT CASE WHEN EXISTS (SELECT 1 FROM entries WHERE bad)
                OR (SELECT max(g) FROM entries) > (SELECT count(*) FROM starts) THEN NULL
              ELSE (SELECT CAST(text || coalesce(substr(CAST(old.body AS BLOB), copied), '') AS TEXT)
                      FROM built ORDER BY i DESC LIMIT 1) END
)`;

/**
 * Two guards left by code review 12 (docs/import.md, "The original"; docs/search.md, "Repair").
 *
 * **An article's original survives an edit of its body by any writer.** Migration 018 stores most
 * originals as whitespace edits against the body (`original_edits`), by position: an `UPDATE
 * articles SET body = …` that left them (a `sqlite3` shell, or an app writer added later) would make
 * them read on the new body as a wrong original, or none. Now, when a statement changes an
 * article's body without naming `original` or `original_edits`, `articles_original_kept` writes the
 * original the article had into `original` in full (from the old body and its edits; a full original
 * stays; an article whose original was its body keeps that old body) and clears the edits. A writer
 * that names either column (the app's re-import does, with both) sets the original itself.
 *
 * Whether a statement named the columns is what SQLite's `UPDATE OF` tells: `articles_original_named`
 * (BEFORE, only for such a statement that changes the body) marks the article in
 * `original_named`, and the AFTER trigger on the body reads and removes the mark, so the table is
 * empty between statements. NB: not decided on values (`new.original_edits IS old.original_edits`):
 * a re-import of a file with one word changed stores the very same edits against its new body,
 * and must not get the old original. NB: an `UPDATE OR IGNORE` whose row is skipped after the
 * BEFORE trigger leaves a mark, which the next edit of that article's body removes (taking it as
 * named once).
 *
 * **A full-text index left damaged by version 019 is rebuilt.** Under 019 an article of Chinese,
 * Japanese or Thai deleted or edited by another runtime (another ICU) was removed from the index as
 * other words than it was indexed with (migration 020); 020 rebuilt the index only where such
 * articles were left. Stale words are words of these scripts, and a word of a script at or above
 * U+0E00 sorts after `char(3584)`: a seek on the vocabulary (~0.1 ms on reuters-21578) tells a
 * library that never held any, which skips the check. Otherwise FTS5's `integrity-check` against the
 * content (~0.3 s CPU for 21,294 articles) decides, and a failed check rebuilds the index (~0.6 s)
 * and drops the saved word list, as `repairLibrary` does.
 */
export const migration021: Migration = {
  version: 21,
  name: 'original-kept-and-index-checked',
  up(db) {
    db.exec(`
      CREATE TABLE original_named (article_id INTEGER PRIMARY KEY) STRICT;
      CREATE TRIGGER articles_original_named BEFORE UPDATE OF original, original_edits ON articles
        WHEN new.body IS NOT old.body
      BEGIN
        INSERT OR REPLACE INTO original_named (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER articles_original_kept AFTER UPDATE OF body ON articles
        WHEN new.body IS NOT old.body
      BEGIN
        UPDATE articles
           SET original = CASE WHEN old.original IS NOT NULL THEN old.original
                               WHEN old.original_edits IS NULL THEN old.body
                               ELSE coalesce(${ORIGINAL_FROM_EDITS}, old.body) END,
               original_edits = NULL
         WHERE id = new.id AND NOT EXISTS (SELECT 1 FROM original_named WHERE article_id = new.id);
        DELETE FROM original_named WHERE article_id = new.id;
      END;
    `);
    const unspacedWord = db.prepare('SELECT 1 FROM articles_vocab WHERE term >= char(3584) LIMIT 1').get();
    if (unspacedWord === undefined) return;
    try {
      db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    } catch {
      db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
      db.prepare("DELETE FROM search_snapshots WHERE name = 'vocabulary'").run();
    }
  }
};
