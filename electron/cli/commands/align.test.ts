import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALIGN_TEXT_MAX } from '@shared/contract/channels';
import type { CliIo } from '../io';
import { runAlign } from './align';
import { runCli } from '../run';

const SHARED =
  'Heavy rain flooded the lower town on Monday night. Residents waded through knee-deep water to ' +
  'reach the school that the council had opened as a shelter. The mayor said pumps would run until ' +
  'the river fell below the old stone bridge.';
const OTHER_A =
  'The harbour authority approved a new ferry timetable after months of complaints from island ' +
  'commuters. Boats will now leave every forty minutes during the morning rush.';
const OTHER_B =
  'A fourteen-year-old girl won the regional chess championship without losing a single game. Her ' +
  'coach said she studies endgames every evening after homework.';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false },
    out: () => out,
    err: () => err
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-align-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('crosscheck align', () => {
  it('prints passages as JSON with offsets in code points, astral characters counting one', async () => {
    // Two emoji (two UTF-16 units each) and a space stand before the shared paragraph in A.
    const a = write('a.txt', `🙂🙂 ${SHARED}\n\n${OTHER_A}`);
    const b = write('b.txt', `${OTHER_B}\n\n${SHARED}`);
    const c = capture();
    expect(await runAlign([a, b, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toEqual({
      a,
      b,
      passages: [
        {
          aStart: 3,
          aEnd: 3 + SHARED.length,
          bStart: OTHER_B.length + 2,
          bEnd: OTHER_B.length + 2 + SHARED.length,
          kind: 'exact',
          score: 1
        }
      ]
    });
  });

  it('counts a byte-order mark as a character: files are compared as they are', async () => {
    const a = write('bom.txt', `\ufeff${SHARED}`);
    const b = write('b.txt', SHARED);
    const c = capture();
    await runAlign([a, b, '--json'], c.io);
    expect(JSON.parse(c.out()).passages[0]).toMatchObject({ aStart: 1, aEnd: 1 + SHARED.length, bStart: 0 });
  });

  it('prints a readable table with excerpts of both sides', async () => {
    const a = write('a.txt', `${OTHER_A}\n\n${SHARED}`);
    const b = write('b.txt', `${SHARED}\n\n${OTHER_B}`);
    const c = capture();
    expect(await runAlign([a, b], c.io)).toBe(0);
    const out = c.out();
    expect(out).toContain('1 shared passage,');
    expect(out).toMatch(/\b1 {2}exact {5}1\.00/);
    expect(out).toContain('A "Heavy rain flooded the lower town on Monday night.');
  });

  it('honours --min-words', async () => {
    const a = write('a.txt', `${OTHER_A}\n\n${SHARED}`);
    const b = write('b.txt', `${SHARED}\n\n${OTHER_B}`);
    const c = capture();
    await runAlign([a, b, '--json', '--min-words', '200'], c.io);
    expect(JSON.parse(c.out()).passages).toEqual([]);
  });

  it('aligns a list of pairs, one JSON line each in order, and reports a missing file without stopping', async () => {
    const aDir = join(dir, 'a');
    const bDir = join(dir, 'b');
    mkdirSync(aDir);
    mkdirSync(bDir);
    writeFileSync(join(aDir, 'one.txt'), `${OTHER_A}\n\n${SHARED}`);
    writeFileSync(join(aDir, 'two.txt'), OTHER_A);
    writeFileSync(join(bDir, 'x.txt'), `${SHARED}\n\n${OTHER_B}`);
    const list = write('pairs', 'one.txt x.txt\nmissing.txt x.txt\n\ntwo.txt x.txt\n');
    const c = capture();
    const code = await runAlign(['--pairs', list, '--a-dir', aDir, '--b-dir', bDir, '--json'], c.io);
    expect(code).toBe(2);
    const lines = c
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ a: join(aDir, 'one.txt'), b: join(bDir, 'x.txt') });
    expect(lines[0].passages).toHaveLength(1);
    expect(lines[1]).toMatchObject({ a: join(aDir, 'missing.txt'), b: join(bDir, 'x.txt') });
    expect(lines[1].error).toMatch(new RegExp(`^Cannot read ${join(aDir, 'missing.txt')}: it does not exist`));
    expect(lines[1].passages).toBeUndefined();
    expect(lines[2]).toEqual({ a: join(aDir, 'two.txt'), b: join(bDir, 'x.txt'), passages: [] });
  });

  it('exits 0 when every pair of the list was read', async () => {
    const a = write('a.txt', SHARED);
    const list = write('pairs', 'a.txt a.txt\n');
    const c = capture();
    expect(await runAlign(['--pairs', list, '--a-dir', dir, '--b-dir', dir], c.io)).toBe(0);
    expect(JSON.parse(c.out()).a).toBe(a);
  });

  it.each([
    [[]],
    [['only-one.txt']],
    [['a', 'b', '--min-words', '0']],
    [['a', 'b', '--frobnicate']],
    [['--pairs', 'list']],
    [['a', 'b', '--a-dir', 'x']]
  ])('rejects %j with exit code 3 and a one-line usage message', async (argv) => {
    const c = capture();
    expect(await runAlign(argv, c.io)).toBe(3);
    expect(c.err()).toMatch(/^crosscheck align: .+ Usage: crosscheck align <fileA> <fileB>.*\n$/);
    expect(c.err().trim().split('\n')).toHaveLength(1);
    expect(c.out()).toBe('');
  });

  it('says --min-words takes a whole number, the contract holding the limit', async () => {
    const c = capture();
    expect(await runAlign(['a', 'b', '--min-words', '2.5'], c.io)).toBe(3);
    expect(c.err()).toMatch(/^crosscheck align: --min-words takes a whole number ≥ 1\. Usage: /);
  });

  it('refuses a file longer than compare:align takes with a sentence naming it, exit 1', async () => {
    const a = join(dir, 'a.txt');
    const huge = join(dir, 'huge.txt');
    writeFileSync(a, SHARED);
    writeFileSync(huge, 'x'.repeat(ALIGN_TEXT_MAX + 1));
    const c = capture();
    expect(await runCli(['align', a, huge], c.io)).toBe(1);
    expect(c.err()).toBe(`crosscheck align: ${huge} is too long to align (over 20,000,000 characters); align shorter files.\n`);
    expect(c.out()).toBe('');
  });

  it('fails with exit code 4 when a file is not there', async () => {
    const c = capture();
    expect(await runCli(['align', join(dir, 'nope.txt'), join(dir, 'nope2.txt')], c.io)).toBe(4);
    expect(c.err()).toMatch(new RegExp(`^crosscheck align: Cannot read ${join(dir, 'nope')}2?\\.txt: it does not exist`));
  });
});
