import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, crosscheck, lines, workspacesPerTest } from './crosscheck';

const MIXED = path.join(FIXTURES_DIR, 'mixed');
const ODD_CSV = path.join(FIXTURES_DIR, 'odd-columns.csv');

const workspace = workspacesPerTest();

/** The CSV fixture's rows by header (it has no quoted fields, so a split is enough). */
function readOddCsv(): Array<Record<string, string>> {
  const [header, ...rows] = fs.readFileSync(ODD_CSV, 'utf8').trim().split('\n');
  const names = header!.split(';');
  return rows.map((row) => Object.fromEntries(row.split(';').map((value, i) => [names[i]!, value])));
}

/** Titles in the mixed folder's files: the first line of each text file, each JSON row's title. */
function titlesInMixedFolder(): string[] {
  const text = fs.readFileSync(path.join(MIXED, 'harbour.txt'), 'utf8').split('\n')[0]!;
  const json = (JSON.parse(fs.readFileSync(path.join(MIXED, 'council.json'), 'utf8')) as Array<{ title: string }>).map(
    (r) => r.title
  );
  // bundle.zip holds bakery.txt and orchestra.txt (fixtures/README.md); their first lines:
  const zipped = ['Bakery wins regional bread prize', 'Youth orchestra plays to a full hall'];
  return [text, ...json, ...zipped].sort();
}

describe('crosscheck import', () => {
  it('imports a folder of text, JSON and ZIP, lists the empty file as failed and exits 2', async () => {
    const ws = workspace();
    const result = await ws.run('import', MIXED);
    expect(result.code).toBe(2);
    const out = lines(result.stdout);
    const expected = titlesInMixedFolder().length;
    // .hidden.txt is not imported and not reported; minutes.rtf is skipped with advice.
    expect(out[0]).toBe(`New ${expected}, near-duplicates 0 (stored and linked), duplicates 0, skipped 1, failed 1.`);
    expect(out.slice(1).sort()).toEqual([
      expect.stringMatching(new RegExp(`^ {2}failed {4}${escape(path.join(MIXED, 'empty.txt'))}: .*empty`)),
      expect.stringMatching(new RegExp(`^ {2}skipped {3}${escape(path.join(MIXED, 'minutes.rtf'))}: .*RTF.*\\.txt`))
    ]);

    const list = JSON.parse((await ws.run('list', '--json', '--sort', 'title', '--asc')).stdout);
    expect(list.items.map((a: { title: string }) => a.title).sort()).toEqual(titlesInMixedFolder());
    const council = JSON.parse(fs.readFileSync(path.join(MIXED, 'council.json'), 'utf8')) as Array<Record<string, string>>;
    for (const row of council) {
      expect(list.items).toContainEqual(expect.objectContaining({ title: row.title, outlet: row.source, publishedAt: row.date }));
    }
  });

  it('gives the same report as JSON, each problem with its kind and code', async () => {
    const ws = workspace();
    const result = await ws.run('import', MIXED, '--json');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    // The fields docs/cli.md shows, no more, no fewer.
    expect(Object.keys(report).sort()).toEqual(
      [
        'runId',
        'startedAt',
        'finishedAt',
        'status',
        'paths',
        'new',
        'nearDuplicates',
        'updated',
        'unchanged',
        'duplicates',
        'skipped',
        'failed',
        'imported',
        'problems'
      ].sort()
    );
    const added = titlesInMixedFolder().length;
    expect(report).toMatchObject({
      status: 'done',
      paths: [MIXED],
      new: added,
      nearDuplicates: 0,
      updated: 0,
      imported: added,
      skipped: 1,
      failed: 1
    });
    expect(report.problems).toEqual([
      {
        path: path.join(MIXED, 'empty.txt'),
        kind: 'failed',
        code: 'empty',
        message: expect.stringMatching(/empty/),
        articleId: null
      },
      {
        path: path.join(MIXED, 'minutes.rtf'),
        kind: 'skipped',
        code: expect.any(String),
        message: expect.stringMatching(/RTF/),
        articleId: null
      }
    ]);
  });

  it('says what to do with a table whose columns it cannot place, then imports it with --map', async () => {
    const ws = workspace();
    const unmapped = await ws.run('import', ODD_CSV);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stdout).toContain(`${ODD_CSV}: `);
    expect(unmapped.stdout).toContain('--map text=');

    const rows = readOddCsv();
    const mapped = await ws.run('import', ODD_CSV, '--map', 'title=kop,text=verhaal,date=wanneer,source=krant');
    expect(mapped.code).toBe(0);
    expect(lines(mapped.stdout)[0]).toMatch(new RegExp(`^New ${rows.length},`));
    const list = JSON.parse((await ws.run('list', '--json')).stdout);
    expect(list.total).toBe(rows.length);
    for (const row of rows) {
      expect(list.items).toContainEqual(expect.objectContaining({ title: row.kop, publishedAt: row.wanneer, outlet: row.krant }));
    }
    const shown = JSON.parse((await ws.run('show', String(list.items[0].id), '--json')).stdout);
    expect(rows.map((r) => r.verhaal)).toContain(shown.body);
  });

  it('refuses a --map it cannot read with one line naming the option, exit 3, and imports nothing', async () => {
    const ws = workspace();
    const result = await ws.run('import', ODD_CSV, '--map', 'headline');
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^crosscheck import: --map: .*field=column.*Usage: crosscheck import /)
    ]);
    // Refused before the library is opened: not even an empty one is made.
    expect(fs.existsSync(ws.db)).toBe(false);
  });

  it('imports the paths that exist and reports a missing one as failed, exit 2', async () => {
    const ws = workspace();
    const story = ws.write(
      'news/harbour.txt',
      'Harbour ferries stop for a day\n\nThe harbour ferries stopped for a day while dockers met.\n'
    );
    const missing = path.join(ws.dir, 'no-such-folder');
    const result = await ws.run('import', story, missing);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)[0]).toMatch(/^New 1, .*failed 1\.$/);
    expect(lines(result.stdout)[1]).toMatch(new RegExp(`^ {2}failed {4}${escape(missing)}: .*does not exist`));
    expect((await ws.run('list')).stdout).toContain('Harbour ferries stop for a day');
  });

  it('makes no library when no path given exists, exit 1 with one line (review 12: a typo made an empty one)', async () => {
    const ws = workspace();
    const missing = path.join(ws.dir, 'nonexistant');
    const result = await ws.run('import', missing);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([`crosscheck import: ${missing} does not exist; check the path. Nothing was imported.`]);
    const two = await ws.run('import', missing, `${missing}2`);
    expect(lines(two.stderr)).toEqual([
      `crosscheck import: none of ${missing}, ${missing}2 exists; check the path. Nothing was imported.`
    ]);
    expect(fs.existsSync(ws.db)).toBe(false);
  });

  it('passes over the library and its backups in the folder it imports, saying nothing of them (review #19)', async () => {
    const ws = workspace();
    ws.write('first.txt', 'Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm passed.\n');
    // The library is made by this import, in the folder it walks: its -wal and -shm are open beside it.
    const first = await ws.run('import', ws.dir);
    expect(lines(first.stdout)).toEqual(['New 1, near-duplicates 0 (stored and linked), duplicates 0, skipped 0, failed 0.']);
    expect((await ws.run('backup')).code).toBe(0);
    expect(fs.readdirSync(path.join(ws.dir, 'backups'))).toHaveLength(1);

    ws.write('second.txt', 'Council approves new bridge\n\nThe council approved the new bridge on Tuesday evening.\n');
    const second = await ws.run('import', ws.dir);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/library\.sqlite|backups/);
    expect(lines(second.stdout)[0]).toMatch(/^New 1, .*skipped 0, failed 0\.$/);
  });

  it('a changed file imported again keeps the outlet and language its first import gave it, unless the new import gives its own (review 11)', async () => {
    const ws = workspace();
    const text = (extra: string) =>
      `Night buses return to the harbour route\n\nThe transport authority said night buses would run along the harbour route again from Monday, after a winter without them.${extra}\n`;
    const file = ws.write('buses.txt', text(''));
    expect((await ws.run('import', file, '--outlet', 'Desk Files', '--language', 'fr')).code).toBe(0);
    const shown = async () => {
      const [item] = JSON.parse((await ws.run('list', '--json')).stdout).items as Array<{ id: number }>;
      const article = JSON.parse((await ws.run('show', String(item!.id), '--json')).stdout);
      return {
        outlet: article.outlet,
        language: article.language,
        sources: { outlet: article.sources.outlet, language: article.sources.language }
      };
    };
    const given = { outlet: 'Desk Files', language: 'fr', sources: { outlet: 'import', language: 'import' } };
    expect(await shown()).toEqual(given);

    ws.write('buses.txt', text(' Tickets cost the same as by day.'));
    expect(JSON.parse((await ws.run('import', file, '--json')).stdout)).toMatchObject({ updated: 1, new: 0 });
    expect(await shown()).toEqual(given);

    // A default given to the new import wins over the old one.
    ws.write('buses.txt', text(' Tickets cost the same as by day. The first bus leaves at midnight.'));
    expect(JSON.parse((await ws.run('import', file, '--outlet', 'Night Desk', '--json')).stdout)).toMatchObject({ updated: 1 });
    expect(await shown()).toEqual({ ...given, outlet: 'Night Desk' });
  });

  it('reads a date in figures above the headline as the date, never as the title (review 10)', async () => {
    const ws = workspace();
    ws.write(
      'hunger-games.txt',
      '04 / 04 / 2012\n\nHunger Games director in talks for the sequel\n\nThe director is in talks to return for the sequel, the studio said on Wednesday.\n'
    );
    ws.write(
      'bridge.txt',
      '4/4/2012 10:32\n\nCouncil approves new bridge\n\nThe council approved the new bridge on Tuesday evening after a long debate.\n'
    );
    expect((await ws.run('import', ws.dir)).code).toBe(0);
    const list = JSON.parse((await ws.run('list', '--json', '--sort', 'title', '--asc')).stdout);
    expect(list.items.map((a: { title: string; publishedAt: string | null }) => [a.title, a.publishedAt])).toEqual([
      ['Council approves new bridge', '2012-04-04'],
      ['Hunger Games director in talks for the sequel', '2012-04-04']
    ]);
  });

  it('a title made from the lead does not stop at an initial (review 10: ECB+ 10_2ecbplus)', async () => {
    const ws = workspace();
    ws.write('0001.txt', 'Boston Red Sox majority owner John W. Henry flew to Texas.\n\nThe team made an offer on Thursday.\n');
    expect((await ws.run('import', ws.dir)).code).toBe(0);
    const list = JSON.parse((await ws.run('list', '--json')).stdout);
    expect(list.items.map((a: { title: string }) => a.title)).toEqual([
      'Boston Red Sox majority owner John W. Henry flew to Texas.'
    ]);
  });

  it('reads ~/… as the home folder, as the Import dialog of browser mode is given it (no shell expands it there)', async () => {
    const ws = workspace();
    // HOME is the test's folder; the path reaches import:paths with its ~ as typed, as from the dialog.
    ws.write('news/harbour.txt', 'Harbour ferries stop for a day\n\nThe harbour ferries stopped for a day while dockers met.\n');
    const result = await crosscheck(['import', '~/news', '--db', ws.db], {
      home: ws.dir,
      env: { HOME: ws.dir, USERPROFILE: ws.dir }
    });
    expect(result.stdout).toMatch(/^New 1, .*failed 0\.$/m);
    expect(result.code).toBe(0);
    expect((await ws.run('list')).stdout).toContain('Harbour ferries stop for a day');
  });
});

describe('crosscheck import: a file named again, still unreadable (review 16, finding 9)', () => {
  it('exits 2 for the named file each time, and says it is still unreadable; a folder run around it stays 0', async () => {
    const ws = workspace();
    const empty = ws.write('in/empty.txt', '');
    ws.write('in/harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday after the storm had closed it for a week.');
    expect((await ws.run('import', empty)).code).toBe(2);

    const again = await ws.run('import', empty, '--json');
    expect(again.code).toBe(2);
    const report = JSON.parse(again.stdout);
    expect(report).toMatchObject({ imported: 0, failed: 0, skipped: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ path: empty, code: 'still-unreadable' })]);
    expect(lines(again.stderr)).toContain(
      `crosscheck import: ${empty} is still unreadable, unchanged since the last import could not read it.`
    );

    // Its folder, imported as a nightly script would: the old failure is summed up, not a new one.
    const folder = await ws.run('import', path.join(ws.dir, 'in'));
    expect(folder.code).toBe(0);
    expect(folder.stdout).toMatch(/skipped 1 \(1 still unreadable\)/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
