import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../testing/tempLibrary';
import { readersDigest } from './readersDigest';
import { readersVersion } from './readersVersion';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A copy of the repository's readers (the files the digest reads) and its package-lock.json, to change. */
function copyOfReaders(): string {
  const files = Object.fromEntries(
    [...readersDigest(ROOT).files, 'package-lock.json'].map((f) => [f, fs.readFileSync(path.join(ROOT, f))])
  );
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const edit = (root: string, file: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), 'utf8')));

/**
 * Session 16: a remembered failed file is read again only when the readers' version changes, and
 * that version was a number raised by hand; forgotten, an upgrade that fixed a reader still skipped
 * the files that failed before. The version now follows the readers' code by itself.
 */
describe('the readers’ version', () => {
  it('covers the readers of every format, what prepares their text, and the packages they load', () => {
    const { files, packages } = readersDigest(ROOT);
    for (const reader of ['docx', 'pdf', 'html', 'txt', 'markdown', 'csv', 'json', 'zip']) {
      expect(files).toContain(`electron/library/import/formats/${reader}.ts`);
    }
    expect(files).toContain('electron/library/import/prepareArticle.ts');
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
    for (const name of ['mammoth', 'pdfjs-dist', 'jsdom', 'iconv-lite', 'jschardet', 'yauzl']) {
      expect(packages.some((p) => p.startsWith(`${name}@`))).toBe(true);
    }
  });

  it('changes when a reader changes, a module is added to one, or a package it loads is upgraded', () => {
    const root = copyOfReaders();
    const before = readersDigest(root);
    expect(before.digest).toBe(readersDigest(ROOT).digest);

    edit(root, 'electron/library/import/formats/docx.ts', (text) => `${text}\nexport const FIXED_A_READER = true;\n`);
    const readerChanged = readersDigest(root).digest;
    expect(readerChanged).not.toBe(before.digest);

    // A helper written for a reader counts as soon as the reader loads it.
    fs.writeFileSync(
      path.join(root, 'electron/library/import/formats/newHelper.ts'),
      'export const tidy = (s: string) => s.trim();\n'
    );
    expect(readersDigest(root).digest).toBe(readerChanged);
    edit(root, 'electron/library/import/formats/txt.ts', (text) => `import { tidy } from './newHelper';\n${text}\nvoid tidy;\n`);
    const withHelper = readersDigest(root);
    expect(withHelper.files).toContain('electron/library/import/formats/newHelper.ts');
    edit(root, 'electron/library/import/formats/newHelper.ts', (text) => text.replace('trim()', 'trimEnd()'));
    expect(readersDigest(root).digest).not.toBe(withHelper.digest);

    const helperChanged = readersDigest(root).digest;
    edit(root, 'package-lock.json', (text) => text.replace(/("node_modules\/pdfjs-dist": \{\s*"version": ")[^"]+"/, '$199.0.0"'));
    expect(readersDigest(root).packages).toContain('pdfjs-dist@99.0.0');
    expect(readersDigest(root).digest).not.toBe(helperChanged);
  });

  it('does not change with code that reads no file', () => {
    const root = copyOfReaders();
    const before = readersDigest(root).digest;
    fs.mkdirSync(path.join(root, 'electron/library/export'), { recursive: true });
    fs.writeFileSync(path.join(root, 'electron/library/export/newExport.ts'), "export const format = 'odt';\n");
    // A type-only import loads nothing at run time.
    edit(
      root,
      'electron/library/import/formats/txt.ts',
      (text) => `import type { format } from '../../export/newExport';\n${text}`
    );
    expect(readersDigest(root).files).not.toContain('electron/library/export/newExport.ts');
    edit(root, 'electron/library/import/formats/txt.ts', (text) => text.replace(/^import type .*\n/, ''));
    expect(readersDigest(root).digest).toBe(before);
  });

  it('says which module a reader loads that is not there, rather than leave it out', () => {
    const root = copyOfReaders();
    edit(root, 'electron/library/import/formats/txt.ts', (text) => `import { gone } from './gone';\n${text}`);
    expect(() => readersDigest(root)).toThrow(/formats\/txt\.ts loads \.\/gone/);
  });

  it('is the version an import remembers its failures with (vitest.config.ts puts it in as the build does)', () => {
    expect(JSON.parse(readersVersion())).toContain(readersDigest(ROOT).digest);
  });
});
