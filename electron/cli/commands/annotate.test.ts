import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../library/testing/tempLibrary';

/**
 * `crosscheck annotate` through the built binary (`npx electron-vite build` first), as a user runs it.
 */
const BIN = path.resolve(import.meta.dirname, '../../../bin/crosscheck.mjs');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function crosscheck(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const S1 = 'Rebels in Daraa said on Wednesday that talks with Russia had collapsed.';
const S2 = 'Russian jets struck the town of Busra al-Sham hours later, witnesses said.';
const S3 = 'The United Nations called for calm in the south.';

describe('crosscheck annotate', () => {
  it('adds, lists and removes highlights and notes, and shows each one’s anchoring state after the article changes', () => {
    const folder = makeTempFolder({ 'daraa.txt': `Talks fail in Daraa\n\n${S1}\n${S2}\n${S3}` });
    dirs.push(folder);
    const db = path.join(folder, 'library.sqlite');
    expect(crosscheck('import', path.join(folder, 'daraa.txt'), '--db', db).code).toBe(0);

    const added = crosscheck(
      'annotate',
      'add',
      '1',
      '--quote',
      'called for calm',
      '--note',
      'UN line',
      '--tag',
      'UN',
      '--tag',
      'calm',
      '--colour',
      '6',
      '--db',
      db,
      '--json'
    );
    expect(added.code).toBe(0);
    const highlight = JSON.parse(added.stdout);
    expect(highlight).toMatchObject({
      kind: 'highlight',
      articleId: 1,
      colour: 6,
      note: 'UN line',
      tags: ['calm', 'UN'],
      state: 'placed'
    });

    const second = JSON.parse(
      crosscheck('annotate', 'add', '1', '--quote', 'said', '--occurrence', '2', '--db', db, '--json').stdout
    );
    const body: string = JSON.parse(crosscheck('show', '1', '--db', db, '--json').stdout).body;
    expect(second.current.start).toBe(body.indexOf('said', body.indexOf('said') + 1));
    expect(second.current.start).toBeGreaterThan(body.indexOf('jets'));
    const note = JSON.parse(
      crosscheck('annotate', 'add', '1', '--note', 'Whole piece is wire copy', '--db', db, '--json').stdout
    );
    expect(note).toMatchObject({ kind: 'article-note', note: 'Whole piece is wire copy' });

    const text = crosscheck('annotate', 'list', '--db', db);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(`^ +${highlight.id} {2}highlight {2}\\[6 Context\\] placed {2}article 1 "Talks fail in Daraa"`, 'm')
    );
    expect(text.stdout).toContain('“called for calm”');
    expect(text.stdout).toContain('> UN line');
    expect(text.stdout).toContain('tags: calm, UN');
    expect(text.stderr).toBe('3 of 3 annotations\n');

    const byTag = JSON.parse(crosscheck('annotate', 'list', '--tag', 'un', '--db', db, '--json').stdout);
    expect(byTag.items.map((a: { id: number }) => a.id)).toEqual([highlight.id]);
    const byKind = JSON.parse(crosscheck('annotate', 'list', '--kind', 'article-note', '--db', db, '--json').stdout);
    expect(byKind.items.map((a: { id: number }) => a.id)).toEqual([note.id]);

    // The UN sentence is cut from the file and it is imported again: the highlight is an orphan, its note kept.
    fs.writeFileSync(path.join(folder, 'daraa.txt'), `Talks fail in Daraa\n\n${S1}\n${S2}`);
    expect(crosscheck('import', path.join(folder, 'daraa.txt'), '--db', db).code).toBe(0);
    const orphans = crosscheck('annotate', 'list', '--state', 'orphan', '--db', db);
    expect(orphans.stdout).toMatch(
      new RegExp(`^ +${highlight.id} {2}highlight {2}\\[6 Context\\] orphan \\((not-found|below-threshold)\\)`, 'm')
    );
    expect(orphans.stdout).toContain('> UN line');

    const removed = crosscheck('annotate', 'rm', String(highlight.id), '--db', db, '--json');
    expect(JSON.parse(removed.stdout).deleted).toMatchObject({ id: highlight.id, note: 'UN line' });
    expect(JSON.parse(crosscheck('annotate', 'list', '--db', db, '--json').stdout).total).toBe(2);
  }, 120_000);

  it('prints control characters from notes and articles as escapes, and refuses mistakes in one readable line', () => {
    const folder = makeTempFolder({
      'evil.txt': `Evil \u001b]0;pwned\u0007 title\n\nText with \u001b[2J a clear-screen and \u202Eoverride inside it.`
    });
    dirs.push(folder);
    const db = path.join(folder, 'library.sqlite');
    crosscheck('import', folder, '--db', db);
    const added = crosscheck(
      'annotate',
      'add',
      '1',
      '--quote',
      'a clear-screen',
      '--note',
      'beep\u0007 <img src=x onerror=alert(1)>',
      '--db',
      db
    );
    expect(added.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the test is that none reach the terminal
    expect(added.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(added.stdout).toContain('beep\\u{7} <img src=x onerror=alert(1)>');
    const listed = crosscheck('annotate', 'list', '--db', db, '--json');
    expect(JSON.parse(listed.stdout).items[0].note).toBe('beep\u0007 <img src=x onerror=alert(1)>');

    const missing = crosscheck('annotate', 'add', '1', '--quote', 'not in it', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'crosscheck annotate: Article 1 does not contain "not in it" (the text must match exactly, including case).\n'
    );
    const badColour = crosscheck('annotate', 'add', '1', '--quote', 'Text', '--colour', '9', '--db', db);
    expect(badColour.code).toBe(1);
    expect(badColour.stderr).toMatch(/^crosscheck annotate: --colour must be 1 to 6, not 9/);
    const noSuch = crosscheck('annotate', 'rm', '77', '--db', db);
    expect([noSuch.code, noSuch.stderr]).toEqual([
      1,
      'crosscheck annotate: Annotation 77 does not exist (it may have been deleted).\n'
    ]);
  }, 120_000);
});
