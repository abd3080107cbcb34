import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lines, workspacesPerTest } from './crosscheck';

const workspace = workspacesPerTest();

const TALKS = 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday, and the shelling resumed.';
/** Short German in windows-1252 with no charset said anywhere: read with an unsure guess, and a warning. */
const GERMAN = 'Fußball-Weltmeisterschaft\n\nDie Mannschaft gewann das Spiel in München.';

/**
 * Review 15, finding 11: importing an unchanged folder again repeated its old duplicates, skips and
 * encoding guesses line by line, so the one new line did not stand out.
 */
describe('crosscheck import of a folder imported before, with duplicates and warnings', () => {
  it('says old duplicates, skips and warnings of unchanged files in one line, and a new one in full', async () => {
    const ws = workspace();
    const dir = path.join(ws.dir, 'nightly');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a-talks.txt'), TALKS);
    fs.writeFileSync(path.join(dir, 'b-copy.txt'), TALKS);
    fs.writeFileSync(path.join(dir, 'scan.jpg'), 'not an article');
    fs.writeFileSync(path.join(dir, 'fussball.txt'), iconv.encode(GERMAN, 'windows-1252'));

    const first = await ws.run('import', dir, '--no-group');
    const firstLines = lines(first.stdout);
    // The first time, each is news, said in full.
    expect(firstLines.some((l) => /^ {2}duplicate .*b-copy\.txt/.test(l))).toBe(true);
    expect(firstLines.some((l) => /^ {2}skipped .*scan\.jpg/.test(l))).toBe(true);
    expect(firstLines.some((l) => /^ {2}warning .*fussball\.txt: Encoding guessed/.test(l))).toBe(true);

    // Nothing changed: the same three are one line, and the report has nothing else.
    const second = await ws.run('import', dir, '--no-group');
    expect(second.code).toBe(0);
    expect(lines(second.stdout)).toEqual([
      'New 0, near-duplicates 0 (stored and linked), unchanged 2, duplicates 1, skipped 1, failed 0.',
      '  as before 1 duplicate, 1 warning, 1 skipped, said at an earlier import of the same files, unchanged since: --verbose lists them.'
    ]);

    // A new copy is news, and comes before what is as before; --verbose lists all again.
    fs.writeFileSync(path.join(dir, 'c-again.txt'), TALKS);
    const third = lines((await ws.run('import', dir, '--no-group')).stdout);
    expect(third).toHaveLength(3);
    expect(third[1]).toMatch(/^ {2}duplicate .*c-again\.txt: Same text as/);
    expect(third[2]).toMatch(/^ {2}as before 1 duplicate, 1 warning, 1 skipped/);
    const verbose = (await ws.run('import', dir, '--no-group', '--verbose')).stdout;
    for (const name of ['b-copy.txt', 'c-again.txt', 'scan.jpg', 'fussball.txt', 'a-talks.txt']) expect(verbose).toContain(name);

    // JSON marks each line said before, so a script can tell them apart.
    const json = JSON.parse((await ws.run('import', dir, '--no-group', '--json')).stdout) as {
      problems: Array<{ path: string; kind: string; asBefore?: boolean }>;
    };
    const marked = json.problems.filter((p) => p.asBefore === true).map((p) => path.basename(p.path));
    expect(marked.sort()).toEqual(['b-copy.txt', 'c-again.txt', 'fussball.txt', 'scan.jpg']);

    // A file that changed gives its warning as news again.
    fs.writeFileSync(path.join(dir, 'fussball.txt'), iconv.encode(`${GERMAN} Die Fans feierten in Köln.`, 'windows-1252'));
    const changed = lines((await ws.run('import', dir, '--no-group')).stdout);
    expect(changed.some((l) => /^ {2}warning .*fussball\.txt: Encoding guessed/.test(l))).toBe(true);
  }, 240_000);
});
