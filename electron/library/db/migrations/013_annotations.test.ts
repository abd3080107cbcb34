import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationFilter } from '@shared/contract/annotationSchemas';
import { indexArticle } from '../../articles';
import { filterWhere } from '../../annotations/listAnnotations';
import { tagSpellings } from '../../annotations/tagSpellings';
import { ANNOTATION_COLUMNS, ANNOTATION_FROM } from '../../annotations/rows';
import { type Library, openLibrary } from '../../library';
import { sql, sqlRaw } from '../sql';
import { getSchemaVersion } from '../migrate';

const open: Library[] = [];
afterEach(() => {
  for (const l of open.splice(0)) l.close();
});

/** A library with one article (id 1) in one story (id 1). */
function library(): Library {
  const lib = openLibrary(':memory:', { write: true });
  open.push(lib);
  lib.db
    .prepare(
      `INSERT INTO articles (id, title, body, content_hash, word_count, source_format, imported_at)
       VALUES (1, 'Talks fail', 'Rebels said talks failed.', 'h1', 4, 'text', '2018-07-04')`
    )
    .run();
  // The full-text entry an import writes with the row (deleting the article removes it again).
  indexArticle(lib.db, 1, { title: 'Talks fail', body: 'Rebels said talks failed.', outlet: null });
  lib.db.prepare("INSERT INTO stories (id, label, created_at) VALUES (1, 'Daraa', '2018-07-04')").run();
  lib.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run();
  return lib;
}

function insertHighlight(lib: Library): number {
  return Number(
    lib.db
      .prepare(
        `INSERT INTO annotations (kind, article_id, target_title, colour, note, quote_exact, quote_prefix, quote_suffix,
           position_start, position_end, text_hash, current_start, current_end, created_at, updated_at)
         VALUES ('highlight', 1, 'Talks fail', 2, 'a note', 'talks', 'Rebels said ', ' failed.', 12, 17, 'abc', 12, 17, '2026-12-06', '2026-12-06')`
      )
      .run().lastInsertRowid
  );
}

function plan(lib: Library, filter: AnnotationFilter): string {
  const [query, params] =
    sql`SELECT ${sqlRaw(ANNOTATION_COLUMNS)} FROM ${sqlRaw(ANNOTATION_FROM)} ${filterWhere(filter, tagSpellings(lib.db))}`;
  return (lib.db.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as Array<{ detail: string }>)
    .map((r) => r.detail)
    .join('\n');
}

describe('migration 013: annotations', () => {
  it('creates STRICT annotation tables that refuse a wrong kind, colour or type', () => {
    const lib = library();
    expect(getSchemaVersion(lib.db)).toBeGreaterThanOrEqual(13);
    const id = insertHighlight(lib);
    expect(() => lib.db.prepare('UPDATE annotations SET colour = 7 WHERE id = ?').run(id)).toThrow(/CHECK constraint/);
    expect(() => lib.db.prepare("UPDATE annotations SET kind = 'bookmark' WHERE id = ?").run(id)).toThrow(/CHECK constraint/);
    expect(() => lib.db.prepare("UPDATE annotations SET current_start = 'twelve' WHERE id = ?").run(id)).toThrow(
      /cannot store TEXT/
    );
    // A highlight without its quote could never be found again.
    expect(() => lib.db.prepare('UPDATE annotations SET quote_exact = NULL WHERE id = ?').run(id)).toThrow(/CHECK constraint/);
    lib.db.prepare("INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, 'Syria')").run(id);
    expect(() => lib.db.prepare("INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, 'syria')").run(id)).toThrow(
      /UNIQUE/
    );
    lib.db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
    expect(lib.db.prepare('SELECT count(*) FROM annotation_tags').pluck().get()).toBe(0);
  });

  it('keeps annotations as orphans when their article or story is deleted', () => {
    const lib = library();
    const id = insertHighlight(lib);
    lib.db
      .prepare(
        "INSERT INTO annotations (kind, story_id, target_title, note, created_at, updated_at) VALUES ('story-note', 1, 'Daraa', 'n', 'x', 'x')"
      )
      .run();
    lib.db.prepare('DELETE FROM articles WHERE id = 1').run();
    lib.db.prepare('DELETE FROM stories WHERE id = 1').run();
    expect(
      lib.db
        .prepare(
          'SELECT kind, article_id, story_id, state, orphan_reason, current_start, quote_exact, note FROM annotations ORDER BY id'
        )
        .all()
    ).toEqual([
      {
        kind: 'highlight',
        article_id: null,
        story_id: null,
        state: 'orphan',
        orphan_reason: 'deleted',
        current_start: null,
        quote_exact: 'talks',
        note: 'a note'
      },
      {
        kind: 'story-note',
        article_id: null,
        story_id: null,
        state: 'orphan',
        orphan_reason: 'deleted',
        current_start: null,
        quote_exact: null,
        note: 'n'
      }
    ]);
    expect(id).toBe(1);
  });

  it('lists by article and by tag through their indexes, not by reading every annotation', () => {
    const lib = library();
    const byArticle = plan(lib, { articleId: 1 });
    expect(byArticle).toMatch(/SEARCH annotations USING COVERING INDEX annotations_article \(article_id=\?\)/);
    expect(byArticle).not.toMatch(/SCAN (a|annotations)\b/);
    const byTag = plan(lib, { tags: ['Syria'] });
    expect(byTag).toMatch(/SEARCH annotation_tags USING COVERING INDEX annotation_tags_tag \(tag=\?\)/);
    expect(byTag).not.toMatch(/SCAN (a|annotations|annotation_tags)\b/);
    const byStory = plan(lib, { storyId: 1 });
    expect(byStory).toMatch(/annotations_story/);
    expect(byStory).not.toMatch(/SCAN (a|annotations)\b/);
  });
});
