import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { lines, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

const TITLES = ['Night buses return to the harbour route', 'Harbour route gets a second night bus'];
const body = (title: string, extra = '') =>
  `${title}\n\nThe transport authority said night buses would run along the harbour route again from Monday, after a winter without them.${extra}\n`;

interface Item {
  id: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  collection: string | null;
}

describe('crosscheck edit', () => {
  it('sets outlet, date and collection on the articles named, and a changed file imported again keeps them', async () => {
    const ws = workspace();
    const files = TITLES.map((t, i) => ws.write(`in/${i}.txt`, body(t)));
    expect((await ws.run('import', `${ws.dir}/in`)).code).toBe(0);
    const before = JSON.parse((await ws.run('list', '--json')).stdout).items as Item[];
    const ids = before.map((a) => String(a.id));

    const edited = await ws.run(
      'edit',
      ...ids,
      '--outlet',
      'Harbour Gazette',
      '--date',
      '2026-01-12',
      '--collection',
      'transport'
    );
    expect(edited.code).toBe(0);
    expect(lines(edited.stdout)).toEqual([`Updated ${ids.length} articles.`]);
    const expected = (items: Item[]) =>
      expect(
        items
          .map(({ title, outlet, publishedAt, collection }) => ({ title, outlet, publishedAt, collection }))
          .sort((a, b) => a.title.localeCompare(b.title))
      ).toEqual(
        [...TITLES]
          .sort()
          .map((title) => ({ title, outlet: 'Harbour Gazette', publishedAt: '2026-01-12', collection: 'transport' }))
      );
    expected(JSON.parse((await ws.run('list', '--json')).stdout).items);

    // The user's corrections outlive a re-import of a changed file (its article is updated in place).
    ws.write('in/0.txt', body(TITLES[0]!, ' Tickets cost the same as by day.'));
    const again = JSON.parse((await ws.run('import', files[0]!, '--json')).stdout);
    expect(again).toMatchObject({ updated: 1, new: 0 });
    expected(JSON.parse((await ws.run('list', '--json')).stdout).items);
  });

  it('changes nothing when one id is not in the library, exit 1 with one line', async () => {
    const ws = workspace();
    ws.write('in/0.txt', body(TITLES[0]!));
    await ws.run('import', `${ws.dir}/in`);
    const [article] = JSON.parse((await ws.run('list', '--json')).stdout).items as Item[];
    const missing = article!.id + 1;
    const result = await ws.run('edit', String(article!.id), String(missing), '--outlet', 'Harbour Gazette', '--json');
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'not-found' } });
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^crosscheck edit: Article ${missing} is no longer in the library; nothing was changed`))
    ]);
    expect((JSON.parse((await ws.run('list', '--json')).stdout).items as Item[])[0]!.outlet).toBeNull();
  });

  it('refuses a day that does not exist and a language that is not a code, changing nothing', async () => {
    const ws = workspace();
    ws.write('in/0.txt', body(TITLES[0]!));
    await ws.run('import', `${ws.dir}/in`);
    const [article] = JSON.parse((await ws.run('list', '--json')).stdout).items as Item[];
    for (const [option, value] of [
      ['--date', '2018-13-45'],
      ['--date', '2018-02-30'],
      // Review 13: a time that does not exist was taken and stored.
      ['--date', '2024-01-01T25:00'],
      ['--date', '2024-01-01T:::'],
      ['--language', 'english']
    ] as const) {
      const result = await ws.run('edit', String(article!.id), option, value);
      expect(result.code, value).toBe(3);
      expect(lines(result.stderr), value).toEqual([expect.stringContaining(option)]);
    }
    const shown = JSON.parse((await ws.run('show', String(article!.id), '--json')).stdout);
    expect(shown).toMatchObject({ publishedAt: null, language: 'en' });
  });

  it('names the time when the time is what does not exist, and the day when the day is', async () => {
    const ws = workspace();
    ws.write('in/0.txt', body(TITLES[0]!));
    await ws.run('import', `${ws.dir}/in`);
    const [article] = JSON.parse((await ws.run('list', '--json')).stdout).items as Item[];
    const refused = async (date: string): Promise<string> => {
      const result = await ws.run('edit', String(article!.id), '--date', date);
      expect(result.code, date).toBe(3);
      return result.stderr;
    };
    expect(await refused('2024-01-01T25:00')).toMatch(
      /^crosscheck edit: --date: expected a time of day that exists, like 2018-07-04T10:30 \(25:00 is not one\)\./
    );
    expect(await refused('2024-01-01T10:30+15:00')).toMatch(
      /--date: expected an offset from UTC up to ±14:00, like 2018-07-04T10:30\+01:00 \(\+15:00 is not one\)\./
    );
    // A day that does not exist is told as a day, whatever its time.
    expect(await refused('2018-02-30T25:00')).toMatch(/--date: expected a day that exists, like 2018-07-04\./);
  });

  it('says another program is writing, not "database is locked", when the library stays locked past the wait (review 13, finding 11)', async () => {
    const ws = workspace();
    ws.write('in/0.txt', body(TITLES[0]!));
    await ws.run('import', `${ws.dir}/in`);
    const [article] = JSON.parse((await ws.run('list', '--json')).stdout).items as Item[];
    // Another program holds the write lock for the whole command: SQLite's wait and the one retry both end busy.
    const other = new Database(ws.db);
    other.exec('BEGIN IMMEDIATE');
    let result;
    try {
      result = await ws.run('edit', String(article!.id), '--outlet', 'Harbour Herald');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(result.code).toBe(5);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(
        /^crosscheck(?: edit)?: [Aa]nother program is writing to this library .*nothing of it was saved\. Try again in a moment\.$/
      )
    ]);
    const shown = JSON.parse((await ws.run('show', String(article!.id), '--json')).stdout);
    expect(shown).toMatchObject({ outlet: null });
    // Once the other program is done, the same command works.
    expect((await ws.run('edit', String(article!.id), '--outlet', 'Harbour Herald')).code).toBe(0);
  });
});
