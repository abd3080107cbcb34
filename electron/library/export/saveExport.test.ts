import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { type Host, createHandlers } from '../handlers';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

// `dialog:saveExport` as the desktop app's main process wires it (ipc.ts: `dispatch` over handlers
// built with a host that has a Save dialog), with the native dialog stubbed; and as browser mode
// has it, with no dialog at all.

const cleanups: Array<() => unknown> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function setUp(answer: (suggested: string) => string | null) {
  const lib = makeTempLibrary();
  const dir = makeTempFolder({});
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
      return chosen === null ? null : path.join(dir, chosen);
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
