import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR, type Workspace, crosscheck, lines, makeWorkspace } from './crosscheck';

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.remove();
});
async function seeded(): Promise<Workspace> {
  const ws = makeWorkspace();
  workspaces.push(ws);
  expect((await ws.run('import', SEEDS_DIR)).code).toBe(0);
  return ws;
}

/** Changes the library behind the CLI's back, as a crash, a bug or another tool might. */
function tamper(ws: Workspace, change: (db: Database.Database) => void): void {
  const db = new Database(ws.db);
  try {
    change(db);
  } finally {
    db.close();
  }
}
const articleCount = (ws: Workspace): number => {
  const db = new Database(ws.db, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('crosscheck doctor', () => {
  it('reports a damaged full-text index (exit 2) and notes an article in no story, and --repair fixes both (exit 0)', async () => {
    const ws = await seeded();
    const sound = await ws.run('doctor');
    expect(sound.code).toBe(0);
    expect(lines(sound.stdout)).toEqual([
      '5 articles, 5 in the full-text index, 5 in stories, 0 annotations.',
      'No problems found.'
    ]);

    tamper(ws, (db) => {
      db.unsafeMode(true); // NB: shadow tables are read-only in SQLite's defensive mode.
      db.prepare('DELETE FROM articles_fts_docsize WHERE id = (SELECT min(id) FROM articles)').run();
      // An article of the largest story, so no story is left empty (that would be a problem of its own).
      db.prepare(
        `DELETE FROM story_articles WHERE article_id = (SELECT max(article_id) FROM story_articles WHERE story_id =
           (SELECT story_id FROM story_articles GROUP BY story_id ORDER BY count(*) DESC LIMIT 1))`
      ).run();
    });
    const sick = await ws.run('doctor');
    expect(sick.code).toBe(2);
    expect(sick.stdout).toMatch(/^5 articles, 4 in the full-text index, 4 in stories/);
    expect(sick.stdout).toMatch(/^Problem \(full-text\): The full-text index does not match the articles/m);
    // Review 16 #7: an article in no story waits for the next grouping (as after `import --no-group`): a note.
    expect(sick.stdout).not.toMatch(/^Problem \(stories\)/m);
    expect(sick.stdout).toMatch(/^Note: 1 article waits to be grouped into stories/m);
    expect(sick.stdout).toMatch(/^Run `crosscheck doctor --repair`/m);

    const repaired = await ws.run('doctor', '--repair');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/^Rebuilt: full-text index and vocabulary, stories\.$/m);
    const after = await ws.run('doctor', '--json');
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ ok: true, problems: [], counts: { articles: 5, indexed: 5, inStories: 5 } });
    const search = await ws.run('search', 'Deraa', '--json');
    expect(search.code).toBe(0);
  });

  it('a passage note on two articles of the library is no problem, and --repair leaves it placed (review 13, finding 5)', async () => {
    const ws = await seeded();
    // The reader's passage note (no CLI command makes one): article_id empty, its articles in its spans.
    tamper(ws, (db) => {
      const [a, b] = db.prepare('SELECT id FROM articles ORDER BY id LIMIT 2').pluck().all() as number[];
      const span = (id: number) => ({
        articleId: id,
        anchor: {
          quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 1 },
          textHash: 'h'
        },
        state: 'placed',
        current: { start: 0, end: 1 }
      });
      db.prepare(
        `INSERT INTO annotations (kind, note, passage, passage_key, created_at, updated_at)
         VALUES ('passage-note', 'same wording', ?, ?, 'now', 'now')`
      ).run(JSON.stringify([span(a!), span(b!)]), `${a}:h,${b}:h`);
    });
    const check = await ws.run('doctor');
    expect(lines(check.stdout)).toEqual([
      '5 articles, 5 in the full-text index, 5 in stories, 1 annotation.',
      'No problems found.'
    ]);
    expect(check.code).toBe(0);
    expect((await ws.run('doctor', '--repair')).code).toBe(0);
    const listed = await ws.run('annotate', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject({ items: [{ kind: 'passage-note', state: 'placed', orphanReason: null }] });
  });
});

describe('crosscheck backup / restore', () => {
  it('backs up, lists the backup, and restores it, keeping the replaced library aside', async () => {
    const ws = await seeded();
    const made = await ws.run('backup');
    expect(made.code).toBe(0);
    const [file] = lines(made.stdout);
    expect(file).toMatch(/backups[/\\]library\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/);
    expect(fs.existsSync(file!)).toBe(true);
    const listed = await ws.run('backup', '--list');
    expect(lines(listed.stdout)).toEqual([expect.stringContaining(file!)]);

    // A bare SQLite connection, as another tool's: since migration 020 no trigger needs a function of ours.
    tamper(ws, (db) => db.prepare('DELETE FROM articles WHERE id IN (SELECT id FROM articles LIMIT 4)').run());
    expect(articleCount(ws)).toBe(1);
    const restored = await ws.run('restore', file!);
    expect(restored.code).toBe(0);
    expect(articleCount(ws)).toBe(5);
    const aside = /kept at (.+)\.$/.exec(restored.stderr.trim())?.[1];
    expect(aside && fs.existsSync(aside)).toBe(true);
    const list = await ws.run('list');
    expect(lines(list.stdout)).toHaveLength(5);
  });

  it("two libraries in one folder keep their backups apart: neither lists nor prunes the other library's (review 13, finding 3)", async () => {
    const ws = await seeded();
    const other = path.join(ws.dir, 'ukraine.sqlite');
    const runOther = (...args: string[]) => crosscheck([...args, '--db', other], { home: ws.dir });
    expect(
      (
        await runOther(
          'import',
          path.join(
            SEEDS_DIR,
            fs.readdirSync(SEEDS_DIR).find((f) => f.endsWith('.txt'))!
          )
        )
      ).code
    ).toBe(0);
    const mine: string[] = [];
    for (let i = 0; i < 2; i++) mine.push(lines((await ws.run('backup', '--keep', '2')).stdout)[0]!);
    for (let i = 0; i < 3; i++) expect((await runOther('backup', '--keep', '2')).code).toBe(0);
    // Each library's backups carry its whole file name (review 14, finding 6).
    expect(mine.map((f) => path.basename(f))).toEqual([
      expect.stringMatching(/^library\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/),
      expect.stringMatching(/^library\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/)
    ]);
    const listed = async (run: (...args: string[]) => Promise<{ stdout: string }>) =>
      (JSON.parse((await run('backup', '--list', '--json')).stdout) as Array<{ file: string }>).map((b) => b.file);
    expect(await listed(ws.run)).toEqual([...mine].reverse());
    expect(mine.every((f) => fs.existsSync(f))).toBe(true);
    const theirs = await listed(runOther);
    expect(theirs).toHaveLength(2);
    expect(theirs.map((f) => path.basename(f))).toEqual([
      expect.stringMatching(/^ukraine\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/),
      expect.stringMatching(/^ukraine\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/)
    ]);
    expect(fs.readdirSync(path.join(ws.dir, 'backups'))).toHaveLength(4);
  });

  it('keeps only as many backups as --keep says', async () => {
    const ws = await seeded();
    for (let i = 0; i < 3; i++) expect((await ws.run('backup', '--keep', '2')).code).toBe(0);
    expect(lines((await ws.run('backup', '--list')).stdout)).toHaveLength(2);
  });

  it('refuses a --keep that is not a whole number from 1 up, exit 3, before touching the library', async () => {
    const ws = makeWorkspace();
    workspaces.push(ws);
    const result = await ws.run('backup', '--keep', '0');
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^crosscheck backup: --keep takes a whole number from 1 to 1000\. Usage: /)
    ]);
    expect(fs.existsSync(ws.db)).toBe(false);
  });

  it('refuses a file that is not a sound library, exit 1, and leaves the library as it was', async () => {
    const ws = await seeded();
    const junk = ws.write('junk.sqlite', 'SQLite format 3\0 but not really a database at all');
    const before = fs.readFileSync(ws.db);
    const result = await ws.run('restore', junk);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^crosscheck restore: Cannot restore: junk\.sqlite .*The library was not changed\.$/)
    ]);
    expect(fs.readFileSync(ws.db).equals(before)).toBe(true);
  });
});
