import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestFolder } from '../library/testing/testLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

const HAS_PANDOC = spawnSync('pandoc', ['--version']).status === 0;

const TITLE = 'Daraa talks fail | Reuters';
/** Names a file system may hold and a report must show as names (session 17 review, #2 and #3). */
const NEWLINE_NAME = 'two\n# Heading.txt';
const RTL_NAME = 'invoice\u202etxt.exe.txt';

async function ok(...argv: string[]): Promise<string> {
  const run = await runCliCaptured(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Three articles whose title or file name would break a report's sources table, exported as `format`. */
async function exported(format: 'md' | 'html'): Promise<string> {
  const dir = makeTestFolder({
    'one.txt': `${TITLE}\n\nTalks between rebels and Russia in Daraa failed on Wednesday, rebels said, and strikes resumed.\n`,
    [NEWLINE_NAME]:
      'Daraa talks collapse\n\nRebels in Daraa said talks with Russia collapsed on Wednesday and air strikes resumed.\n',
    [RTL_NAME]:
      'Strikes resume in the south\n\nAir strikes resumed on the south of Syria on Wednesday after the talks in Daraa failed.\n'
  });
  const db = path.join(dir, 'lib.sqlite');
  await ok('import', dir, '--no-group', '--db', db, '--json');
  const out = path.join(dir, `report.${format}`);
  await ok('export', '--format', format, '--articles', '1', '2', '3', '--out', out, '--db', db);
  return fs.readFileSync(out, 'utf8');
}

describe.skipIf(process.platform === 'win32')('crosscheck export: the sources table holds any title and file name', () => {
  it('Markdown: one row per source, a title with a pipe in one cell, the file names written out', async () => {
    const markdown = await exported('md');
    const table = markdown
      .split('## Sources')[1]!
      .split('\n\n')[1]!
      .split('\n')
      .filter((line) => line !== '');
    // The head, the rule, then one line per source.
    expect(table).toHaveLength(2 + 3);
    expect(table.slice(2).every((row) => row.startsWith('| ') && row.endsWith(' |'))).toBe(true);
    expect(markdown).not.toContain('\u202e');
  });

  it.skipIf(!HAS_PANDOC)('Markdown: pandoc reads each row as Title, Date and file, in their columns', async () => {
    const html = spawnSync('pandoc', ['-f', 'gfm', '-t', 'html'], { input: await exported('md'), encoding: 'utf8' }).stdout;
    const rows = [...html.split('<tbody>')[1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!.trim())
    );
    expect(rows.map((cells) => cells.length)).toEqual([3, 3, 3]);
    expect(rows.map((cells) => cells[0])).toEqual(
      expect.arrayContaining([TITLE, 'Daraa talks collapse', 'Strikes resume in the south'])
    );
    for (const cells of rows) {
      expect(cells[1]).toBe('undated');
      expect(cells[2]).toMatch(/^file /);
    }
    const files = rows.map((cells) => cells[2]!.replace(/, imported .*$/, ''));
    expect(files).toEqual(
      expect.arrayContaining(['file one.txt', 'file two\\u{a}# Heading.txt', 'file invoice\\u{202e}txt.exe.txt'])
    );
  });

  it('HTML: no bidirectional override reaches the page; the name is written out', async () => {
    const html = await exported('html');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('invoice\\u{202e}txt.exe.txt');
  });
});
