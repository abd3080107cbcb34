import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { type Host, createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { openLibrary } from '../library';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

// `dialog:saveExport` as the desktop app's main process wires it (ipc.ts: `dispatch` over handlers
// built with a host that has a Save dialog), with the native dialog stubbed; and as browser mode
// has it, with no dialog at all.

const cleanups: Array<() => unknown> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function setUp(answer: (suggested: string) => string | null, dir = makeTempFolder({})) {
  const lib = makeTempLibrary();
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  const asked: string[] = [];
  const host: Host = {
    mode: 'desktop',
    pickSavePath: async (suggested) => {
      asked.push(suggested);
      const chosen = answer(suggested);
      return chosen === null ? null : path.resolve(dir, chosen);
    }
  };
  return { handlers: createHandlers(lib, host), dir, asked, lib };
}

describe('dialog:saveExport (the desktop Save dialog)', () => {
  it('suggests the export’s name and writes the text where the dialog says', async () => {
    const { handlers, dir, asked } = setUp(() => 'Daraa report.md');
    const answer = await dispatch(handlers, 'dialog:saveExport', {
      fileName: 'Talks fail in Daraa.md',
      content: '# Talks fail in Daraa\n\n==Claim== «ceasefire»\n',
      encoding: 'utf8'
    });
    expect(answer).toEqual({ ok: true, value: { path: path.join(dir, 'Daraa report.md') } });
    expect(asked).toEqual(['Talks fail in Daraa.md']);
    expect(fs.readFileSync(path.join(dir, 'Daraa report.md'), 'utf8')).toBe('# Talks fail in Daraa\n\n==Claim== «ceasefire»\n');
    // Nothing but the file: the temporary file was renamed into place.
    expect(fs.readdirSync(dir)).toEqual(['Daraa report.md']);
  });

  it('writes the bytes of a base64 file (PDF, Word), and replaces a file the dialog confirmed', async () => {
    const { handlers, dir } = setUp(() => 'report.pdf');
    fs.writeFileSync(path.join(dir, 'report.pdf'), 'an older report');
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff]);
    const answer = await dispatch(handlers, 'dialog:saveExport', {
      fileName: 'report.pdf',
      content: bytes.toString('base64'),
      encoding: 'base64'
    });
    expect(answer.ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'report.pdf'))).toEqual(bytes);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers, dir } = setUp(() => null);
    const answer = await dispatch(handlers, 'dialog:saveExport', { fileName: 'a.md', content: 'x', encoding: 'utf8' });
    expect(answer).toEqual({ ok: true, value: { path: null } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('suggests only a file name, never a folder the page named', async () => {
    const { handlers, asked } = setUp(() => null);
    await dispatch(handlers, 'dialog:saveExport', { fileName: '../../.bashrc', content: 'x', encoding: 'utf8' });
    await dispatch(handlers, 'dialog:saveExport', { fileName: 'C:\\Users\\me\\evil.md', content: 'x', encoding: 'utf8' });
    expect(asked).toEqual(['.bashrc', 'evil.md']);
  });

  it('never replaces the library, its side files or backups, nor any SQLite database, even once the dialog confirmed (review 14, #1)', async () => {
    let chosen = '';
    const { handlers, lib } = setUp(() => chosen);
    await importPaths(lib.db, [SEEDS_DIR]);
    const articles = (file: string) => {
      const reopened = openLibrary(file);
      try {
        return reopened.db.prepare('SELECT count(*) FROM articles').pluck().get();
      } finally {
        reopened.close();
      }
    };
    const before = articles(lib.file);
    expect(before).toBe(fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).length);
    const backups = path.join(lib.dir, 'backups');
    fs.mkdirSync(backups);
    const elsewhere = path.join(makeTempFolder({}), 'someone-elses.sqlite');
    cleanups.push(() => fs.rmSync(path.dirname(elsewhere), { recursive: true, force: true }));
    lib.db.prepare('VACUUM INTO ?').run(elsewhere);
    // Other spellings of the library: a link to its folder, a symbolic and a hard link to the file.
    const linkedFolder = path.join(path.dirname(elsewhere), 'linked-folder');
    fs.symlinkSync(lib.dir, linkedFolder);
    const symlink = path.join(path.dirname(elsewhere), 'symlink.md');
    fs.symlinkSync(lib.file, symlink);
    const hardLink = path.join(path.dirname(elsewhere), 'hard-link.md');
    fs.linkSync(lib.file, hardLink);
    const cases: Array<[string, RegExp]> = [
      [lib.file, /is the library this export is made from: an export never replaces it\. Choose another file name\.$/],
      [`${lib.file}-wal`, /is the wal file of the library this export is made from/],
      [`${lib.file}-shm`, /is the shm file of the library this export is made from/],
      [path.join(linkedFolder, 'library.sqlite'), /is the library this export is made from/],
      [path.join(linkedFolder, 'library.sqlite-journal'), /is the journal file of the library this export is made from/],
      [symlink, /is the library this export is made from/],
      [hardLink, /is the library this export is made from/],
      [path.join(backups, 'library-20261207-100000-000-manual.sqlite'), /is in the library's backups folder/],
      [elsewhere, /is an SQLite database \(a library or a backup, perhaps\): an export never replaces one\./]
    ];
    for (const [target, sentence] of cases) {
      chosen = target;
      const answer = await dispatch(handlers, 'dialog:saveExport', {
        fileName: 'report.md',
        content: '# report\n',
        encoding: 'utf8'
      });
      expect(answer, target).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!answer.ok) expect(answer.error.message).toMatch(sentence);
    }
    expect(articles(lib.file)).toBe(before);
    expect(articles(elsewhere)).toBe(before);
    expect(fs.readdirSync(backups)).toEqual([]);
  });

  it('saves under a long name the folder takes, and refuses one too long with a sentence, leaving no temporary file (review 14, #2)', async () => {
    let chosen = '';
    const { handlers, dir } = setUp(() => chosen);
    chosen = `${'r'.repeat(240)}.pdf`;
    const saved = await dispatch(handlers, 'dialog:saveExport', { fileName: 'r.pdf', content: 'JVBERi0=', encoding: 'base64' });
    expect(saved).toEqual({ ok: true, value: { path: path.join(dir, chosen) } });
    chosen = `${'r'.repeat(300)}.pdf`;
    const refused = await dispatch(handlers, 'dialog:saveExport', { fileName: 'r.pdf', content: 'JVBERi0=', encoding: 'base64' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!refused.ok)
      expect(refused.error.message).toMatch(
        /^The file name of .* is too long \(304 bytes; most systems take at most 255\)\. Choose a shorter name\.$/
      );
    expect(fs.readdirSync(dir)).toEqual([`${'r'.repeat(240)}.pdf`]);
  });

  it('tells browser mode that exports are downloads there', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const answer = await dispatch(createHandlers(lib, { mode: 'browser' }), 'dialog:saveExport', {
      fileName: 'a.md',
      content: 'x',
      encoding: 'utf8'
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/downloads/);
  });
});
