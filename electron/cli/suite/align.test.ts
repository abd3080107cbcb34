import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, type Workspace, crosscheck, lines, makeWorkspace } from './crosscheck';

// align reads files as they are and needs no library; each command runs in the fixtures folder
// with relative names, as a user would type them there.
const DIR = path.join(FIXTURES_DIR, 'align');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

/** The paragraph a.txt and b.txt share (b.txt's second paragraph), and where it is in each, in code points. */
function shared() {
  const a = read('a.txt');
  const b = read('b.txt');
  const passage = b.split('\n\n')[1]!.trim();
  const codePoints = (text: string, index: number) => [...text.slice(0, index)].length;
  const aStart = codePoints(a, a.indexOf(passage));
  const bStart = codePoints(b, b.indexOf(passage));
  const length = [...passage].length;
  return { passage, aStart, aEnd: aStart + length, bStart, bEnd: bStart + length };
}

let home: Workspace;
beforeAll(() => {
  home = makeWorkspace();
});
afterAll(() => home.remove());
const align = (...args: string[]) => crosscheck(['align', ...args], { home: home.dir, cwd: DIR });

describe('crosscheck align', () => {
  it('finds the shared paragraph, with offsets in code points (the two emoji count one each)', async () => {
    const s = shared();
    // a.txt starts with two emoji: in UTF-16 the passage would start 2 units later.
    expect(read('a.txt').indexOf(s.passage)).toBe(s.aStart + 2);
    const result = await align('a.txt', 'b.txt', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      a: 'a.txt',
      b: 'b.txt',
      passages: [{ aStart: s.aStart, aEnd: s.aEnd, bStart: s.bStart, bEnd: s.bEnd, kind: 'exact', score: 1 }]
    });
  });

  it('prints a table with both files, the coverage and an excerpt of each side', async () => {
    const s = shared();
    const result = await align('a.txt', 'b.txt');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toMatch(/^A {2}a\.txt {2}\(\d+ words\)$/);
    expect(out[1]).toMatch(/^B {2}b\.txt {2}\(\d+ words\)$/);
    expect(out[2]).toMatch(/^1 shared passage, covering \d+% of A and \d+% of B$/);
    expect(out).toContainEqual(
      expect.stringMatching(new RegExp(`^ +1 {2}exact +1\\.00 +${s.aStart}–${s.aEnd} +${s.bStart}–${s.bEnd}$`))
    );
    const opening = s.passage.slice(0, 40);
    expect(out.filter((l) => l.includes(`"${opening}`)).map((l) => l.trim()[0])).toEqual(['A', 'B']);
  });

  it('says so when two files share nothing', async () => {
    const result = await align('a.txt', 'unrelated.txt');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)[2]).toBe('No shared passages.');
  });

  it('--pairs prints one JSON line per listed pair in order, an error line for a missing file, exit 2', async () => {
    const s = shared();
    const listed = read('pairs.txt')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(' '));
    const result = await align('--pairs', 'pairs.txt', '--a-dir', '.', '--b-dir', '.', '--json');
    expect(result.code).toBe(2);
    const out = lines(result.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => [o.a, o.b])).toEqual(listed);
    expect(out[0].passages).toEqual([
      { aStart: s.aStart, aEnd: s.aEnd, bStart: s.bStart, bEnd: s.bEnd, kind: 'exact', score: 1 }
    ]);
    expect(out[1].passages).toEqual([]);
    const missing = listed.find(([, b]) => !fs.existsSync(path.join(DIR, b!)))!;
    expect(out[2]).toEqual({
      a: missing[0],
      b: missing[1],
      error: expect.stringMatching(new RegExp(`^Cannot read ${missing[1]}: it does not exist\\b`))
    });
  });

  it('refuses a file it cannot read with one sentence, exit 4', async () => {
    const result = await align('a.txt', 'not-here.txt');
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^crosscheck align: Cannot read not-here\.txt: it does not exist\b/)
    ]);
    const folder = await align('a.txt', '.');
    expect(lines(folder.stderr)).toEqual([expect.stringMatching(/^crosscheck align: Cannot read \.: it is a folder\b/)]);
  });

  it('refuses a PDF, a Word document or a binary file instead of aligning its bytes as text, exit 1', async () => {
    // Review 12, finding 14: b.pdf's bytes were read as 11,078 "words" and "No shared passages".
    const pdf = home.write(
      'b.pdf',
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\nx\u009c\u0000\u0001endstream\n%%EOF\n'
    );
    const refused = await align('a.txt', pdf);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual([
      `crosscheck align: ${pdf} is a PDF, not plain text: align compares UTF-8 text files as they are. ` +
        'Save its text as a .txt file, or import it and use `crosscheck compare`.'
    ]);
    const docx = home.write('b.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....word/document.xml....')]));
    expect(lines((await align(docx, 'b.txt')).stderr)).toEqual([
      expect.stringMatching(/^crosscheck align: .*b\.docx is a Word document, not plain text: /)
    ]);
    const image = home.write('b.txt.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(lines((await align('a.txt', image)).stderr)).toEqual([expect.stringMatching(/is a binary file, not plain text: /)]);

    // A text file with a few stray NUL bytes is still text (PAN13 has 14 such files; refusing them cost
    // its sweep 28 pairs): it aligns, and finds the shared paragraph.
    const withNuls = home.write('b-nuls.txt', read('b.txt').replace('\n\n', '\n\u0000\u0000\n\n'));
    const aligned = await align('a.txt', withNuls, '--json');
    expect(aligned.code).toBe(0);
    expect((JSON.parse(aligned.stdout) as { passages: unknown[] }).passages).toHaveLength(1);

    // In a list of pairs, such a pair is an error line (exit 2).
    const list = home.write('pairs.txt', 'a.txt b.pdf\n');
    const pairs = await align('--pairs', list, '--a-dir', '.', '--b-dir', home.dir);
    expect(pairs.code).toBe(2);
    expect(lines(pairs.stdout).map((l) => JSON.parse(l) as unknown)).toEqual([
      { a: 'a.txt', b: pdf, error: expect.stringMatching(/b\.pdf is a PDF, not plain text/) }
    ]);
  });
});
