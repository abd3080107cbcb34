import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../../articles';
import { createAnnotation } from '../../annotations/annotationStore';
import { reanchorArticle } from '../../annotations/reanchor';
import { getAnnotation } from '../../annotations/rows';
import { type WritableDb, openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A hard-wrapped, indented wire story as read, and the clean text import made of it. */
const WIRE_ORIGINAL = [
  'Talks fail in Daraa',
  '',
  'DARAA, July 4 - Rebels in Daraa said on Wednesday that talks',
  'with Russia had collapsed.\t',
  '    Russian jets struck the town of\u00a0Busra al-Sham hours',
  'later, witnesses said.\u2028 REUTER',
  ''
].join('\n');
const WIRE_BODY = [
  'Talks fail in Daraa',
  'DARAA, July 4 - Rebels in Daraa said on Wednesday that talks',
  'with Russia had collapsed.',
  'Russian jets struck the town of Busra al-Sham hours',
  'later, witnesses said. REUTER'
].join('\n\n');
/** An original with a line clean-up set aside: other words than the body's, kept in full. */
const SET_ASIDE_ORIGINAL = 'Jets struck Busra al-Sham.\nFollow us on Twitter\n';
const SET_ASIDE_BODY = 'Jets struck Busra al-Sham.';

/**
 * A library at version 17 holding articles as versions before 18 stored them: 1 a wire story whose
 * original differs only in whitespace, 2 one with a line set aside, 3 one whose original is the
 * body (NULL), and a highlight made on article 1.
 */
function libraryAt17(db: WritableDb): number {
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 17)
  );
  const insert = db.prepare(
    `INSERT INTO articles (id, title, body, original, content_hash, word_count, source_format, imported_at)
     VALUES (?, ?, ?, ?, ?, 5, 'text', '2018-07-04T10:00:00.000Z')`
  );
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, body, outlet) VALUES (?, ?, ?, NULL)');
  const rows: Array<[number, string, string, string | null]> = [
    [1, 'Talks fail in Daraa', WIRE_BODY, WIRE_ORIGINAL],
    [2, 'Busra al-Sham shelled', SET_ASIDE_BODY, SET_ASIDE_ORIGINAL],
    [3, 'Calm in the south', 'The United Nations called for calm.', null]
  ];
  for (const [id, title, body, original] of rows) {
    insert.run(id, title, body, original, `h${id}`);
    index.run(id, title, body);
  }
  const start = WIRE_BODY.indexOf('Busra al-Sham hours');
  return createAnnotation(db, { kind: 'highlight', articleId: 1, start, end: start + 'Busra al-Sham'.length, colour: 2 }).id;
}

describe('migration 018: the original as whitespace edits', () => {
  it('stores a whitespace-only original as edits and reads every row back byte for byte', () => {
    const db = openWritableDb(':memory:');
    cleanups.push(() => db.close());
    libraryAt17(db);
    // One step, to 18: later migrations are not this test's.
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 18)
    );
    expect(getSchemaVersion(db)).toBe(18);
    const stored = db.prepare('SELECT id, original, original_edits FROM articles ORDER BY id').all() as Array<{
      id: number;
      original: string | null;
      original_edits: string | null;
    }>;
    // Article 1's text is no longer written twice; 2 keeps its full original; 3 had none.
    expect(stored[0]!.original).toBeNull();
    expect(stored[0]!.original_edits!.length).toBeLessThan(WIRE_ORIGINAL.length / 4);
    expect(stored[1]).toEqual({ id: 2, original: SET_ASIDE_ORIGINAL, original_edits: null });
    expect(stored[2]).toEqual({ id: 3, original: null, original_edits: null });
    // What the reader's Show original, `crosscheck show --original` and the API get.
    expect(getArticle(db, 1)!.original).toBe(WIRE_ORIGINAL);
    expect(getArticle(db, 2)!.original).toBe(SET_ASIDE_ORIGINAL);
    expect(getArticle(db, 3)!.original).toBeNull();
    expect(getArticle(db, 1)!.body).toBe(WIRE_BODY);
  });

  it('leaves a highlight made on an old-format row anchored on the same words', () => {
    const db = openWritableDb(':memory:');
    cleanups.push(() => db.close());
    const id = libraryAt17(db);
    const before = getAnnotation(db, id)!;
    migrate(db);
    expect(getAnnotation(db, id)).toEqual(before);
    // Re-anchoring on the stored text (what an import of a changed file or a restore runs) finds it in place.
    db.transaction(() => reanchorArticle(db, 1, getArticle(db, 1)!.body))();
    const after = getAnnotation(db, id)!;
    expect(after.state).toBe('placed');
    expect(after.anchor).toEqual(before.anchor);
    const body = getArticle(db, 1)!.body;
    expect(body.slice(after.anchor!.position.start, after.anchor!.position.end)).toBe('Busra al-Sham');
  });
});
