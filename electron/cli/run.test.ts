import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR, makeTempFolder } from '../library/testing/tempLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(argv);
function tempDb(): string {
  const dir = makeTempFolder({});
  dirs.push(dir);
  return path.join(dir, 'lib.sqlite');
}

describe('crosscheck CLI', () => {
  it('imports, lists, searches and shows, with stable JSON', async () => {
    const db = tempDb();
    const imported = await cli('import', SEEDS_DIR, '--db', db, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 5, failed: 0 });

    const list = JSON.parse((await cli('list', '--db', db, '--json', '--sort', 'title', '--asc')).stdout);
    expect(list.total).toBe(5);
    const titles: string[] = list.items.map((a: { title: string }) => a.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect(titles).toContain('russia strikes daraa after failure of ceasefire talks with syria rebels');

    const search = await cli('search', 'Busra', '--db', db, '--json', '--limit', '2');
    const response = JSON.parse(search.stdout);
    expect(response.hits).toHaveLength(2);
    expect(response.total).toBe(5);
    const hit = response.hits[0];
    const marked = hit.snippet.highlights.map((h: { start: number; end: number }) => hit.snippet.text.slice(h.start, h.end));
    expect(marked).toContain('Busra');

    const shown = JSON.parse((await cli('show', String(hit.article.id), '--db', db, '--json')).stdout);
    expect(shown.body).toContain('Busra');
  });

  it('runs a file of queries, one JSON line each', async () => {
    const db = tempDb();
    await cli('import', SEEDS_DIR, '--db', db);
    const folder = makeTempFolder({ 'q.txt': 'Busra\n\nDeraa\n"no such phrase anywhere"\n' });
    dirs.push(folder);
    const result = await cli('search', '--queries', path.join(folder, 'q.txt'), '--db', db, '--json');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.query, l.total])).toEqual([
      [1, 'Busra', 5],
      [3, 'Deraa', 5],
      [4, '"no such phrase anywhere"', 0]
    ]);
  });

  it('sorts search results by date and puts facets in the JSON', async () => {
    const db = tempDb();
    await cli('import', SEEDS_DIR, '--db', db);
    const byDate = JSON.parse((await cli('search', 'Busra', '--db', db, '--json', '--sort', 'date')).stdout);
    expect(byDate.sort).toBe('date');
    const dates: Array<string | null> = byDate.hits.map(
      (h: { article: { publishedAt: string | null } }) => h.article.publishedAt
    );
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(byDate.facets.month.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(dated.length);

    const text = await cli('search', 'Busra', '--db', db, '--sort', 'date');
    expect(text.stdout).toMatch(/^\s+\d+ {2}2018-07-0\d {2}/m);
    const wrong = await cli('search', 'Busra', '--db', db, '--sort', 'newest');
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/--sort must be relevance or date/);
  });

  it('prints readable text without --json, marking search hits', async () => {
    const db = tempDb();
    await cli('import', SEEDS_DIR, '--db', db);
    const search = await cli('search', 'Jabbawi', '--db', db);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('[Jabbawi]');
    expect(search.stderr).toMatch(/of 4 matching articles/);
    const none = await cli('search', 'zebra', '--db', db);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('No article matches “zebra”.\n');
  });

  it('prints a file of queries as readable text without --json', async () => {
    const db = tempDb();
    await cli('import', SEEDS_DIR, '--db', db);
    const folder = makeTempFolder({ 'q.txt': 'Jabbawi\n\nzebra\n' });
    dirs.push(folder);
    const result = await cli('search', '--queries', path.join(folder, 'q.txt'), '--sort', 'date', '--db', db);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/^\{/m);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('line 1: Jabbawi — 4 of 4 matching articles');
    // Each hit as `search` prints it, indented under its query: id, date (--sort date), title.
    expect(lines.filter((l) => /^ {2}\s*\d+ {2}(\d{4}-\d\d-\d\d|undated) {2}\S/.test(l))).toHaveLength(4);
    expect(result.stdout).toContain('[Jabbawi]');
    expect(lines).toContain('line 3: zebra — no article matches');
  });

  it('exits 2 and lists each failed file when some files fail', async () => {
    const db = tempDb();
    const folder = makeTempFolder({ 'ok.txt': 'Good\n\ntext', 'empty.txt': '', 'bin.txt': new Uint8Array([0, 1, 2, 0]) });
    dirs.push(folder);
    const result = await cli('import', folder, '--db', db);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/New 1, near-duplicates 0 \(stored and linked\), duplicates 0, skipped 0, failed 2/);
    expect(result.stdout).toMatch(/empty\.txt: .*empty/);
    expect(result.stdout).toMatch(/bin\.txt: .*binary/i);
  });

  it('imports a spreadsheet export with the columns mapped by --map', async () => {
    const db = tempDb();
    const folder = makeTempFolder({
      'export.csv': 'headline,story,when\n"Talks fail in Daraa","Rebels said talks with Russia failed.",2018-07-04\n'
    });
    dirs.push(folder);
    const result = await cli('import', folder, '--db', db, '--json', '--map', 'title=headline,text=story,date=when');
    expect(result.code).toBe(0);
    const list = JSON.parse((await cli('list', '--db', db, '--json')).stdout);
    expect(list.items).toEqual([expect.objectContaining({ title: 'Talks fail in Daraa', publishedAt: '2018-07-04' })]);
    const bad = await cli('import', folder, '--db', db, '--map', 'nonsense');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/--map/);
  });

  it('groups stories and compares articles, as JSON', async () => {
    const db = tempDb();
    await cli('import', SEEDS_DIR, '--db', db);
    const stories = JSON.parse((await cli('stories', '--db', db, '--json')).stdout).stories;
    expect(stories).toHaveLength(1);
    expect(stories[0].articleIds).toHaveLength(5);
    expect(stories[0].paths.every((p: string) => p.startsWith(SEEDS_DIR))).toBe(true);

    const byFile = (name: string) => stories[0].articleIds[stories[0].paths.findIndex((p: string) => p.includes(name))];
    const afp = ['001_', '003_', '004_'].map(byFile).map(String).sort();
    const result = await cli('compare', ...stories[0].articleIds.map(String), '--db', db, '--json');
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison.wireGroups.map((g: { articleIds: string[] }) => [...g.articleIds].sort())).toContainEqual(afp);
    expect(comparison.numbers.some((n: { disagree: boolean; label: string }) => n.disagree && /civilian/.test(n.label))).toBe(
      true
    );
    expect((await cli('compare', '1', '--db', db)).code).toBe(3);
  });

  it('manages watched folders', async () => {
    const db = tempDb();
    const folder = makeTempFolder({});
    dirs.push(folder);
    const added = JSON.parse((await cli('watch', 'add', folder, '--db', db, '--json')).stdout);
    expect(added).toMatchObject({ path: folder, exists: true });
    expect(JSON.parse((await cli('watch', '--db', db, '--json')).stdout).folders).toHaveLength(1);
    expect((await cli('watch', 'add', path.join(folder, 'missing'), '--db', db)).code).toBe(4);
    expect((await cli('watch', 'remove', String(added.id), '--db', db)).code).toBe(0);
    expect(JSON.parse((await cli('watch', 'list', '--db', db, '--json')).stdout).folders).toEqual([]);
  });

  it('exits 3 with a usage line for mistakes, 4 for an article not there', async () => {
    expect((await cli('frobnicate')).code).toBe(3);
    const noArgs = await cli('import', '--db', tempDb());
    expect(noArgs.code).toBe(3);
    expect(noArgs.stderr).toMatch(/Usage: crosscheck import/);
    const badFlag = await cli('list', '--colour');
    expect(badFlag.code).toBe(3);
    expect(badFlag.stderr).toMatch(/^crosscheck list: there is no option --colour\. Usage: crosscheck list /);
    const empty = tempDb();
    // An empty folder's import makes the library, with no article in it.
    expect((await cli('import', path.dirname(empty), '--db', empty, '--no-group')).code).toBe(0);
    const missing = await cli('show', '42', '--db', empty);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^crosscheck show: Article 42 is not in the library/);
  });

  it('says a mistaken command as the JSON error object whatever word --json follows (session 17 review, #7)', async () => {
    for (const argv of [['--json'], ['--json', 'lst'], ['lst', '--json']]) {
      const run = await cli(...argv);
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout)).toMatchObject({
        error: { code: 'usage', message: expect.stringMatching(/^unknown command/) }
      });
    }
  });
});
