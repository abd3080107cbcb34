import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { originalFromStored } from '@shared/import/originalEdits';
import { makeTempFolder } from '../testing/tempLibrary';
import { processFile } from './processFile';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const MB = 1024 * 1024;

/** A file of `size` bytes that takes no disk space (sparse), so the test costs nothing to make. */
function sparse(name: string, size: number): { path: string; size: number } {
  const dir = makeTempFolder({});
  dirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, '');
  fs.truncateSync(file, size);
  return { path: file, size };
}

/** Spies on every way a file's bytes are read; returns how many bytes were asked for. */
function spyOnReads(): () => number {
  const whole = vi.spyOn(fs, 'readFileSync');
  const part = vi.spyOn(fs, 'readSync');
  return () =>
    whole.mock.calls.length > 0
      ? Number.POSITIVE_INFINITY
      : part.mock.calls.reduce((sum, call: unknown[]) => sum + Number(call[3] ?? (call[1] as Uint8Array).byteLength), 0);
}

describe('file size limits (issue 13): the documented ones, checked before reading', () => {
  it('refuses a 150 MB text file by its size alone, without reading it into memory', async () => {
    const read = spyOnReads();
    const outcome = await processFile(sparse('big.txt', 150 * MB));
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
    expect(outcome.ok === false && outcome.message).toBe(
      'This text file is 150.0 MiB, over the limit of 100.0 MiB; split it into smaller files and import those.'
    );
    expect(read()).toBe(0);
  });

  it('holds any file to the 500 MB docs/formats.md gives, said in MiB', async () => {
    const read = spyOnReads();
    const outcome = await processFile(sparse('huge.pdf', 600 * MB));
    expect(outcome.ok === false && outcome.message).toBe(
      'This file is 600.0 MiB, over the limit of 500.0 MiB; split it into smaller files and import those.'
    );
    expect(read()).toBe(0);
    // A web page has its own, smaller limit, checked the same way.
    const page = await processFile(sparse('page.html', 21 * MB));
    expect(page.ok === false && page.message).toMatch(/^This web page is 21\.0 MiB, over the limit of 20\.0 MiB; /);
    expect(read()).toBe(0);
  });

  it('checks the size on disk when reading, not the size seen while walking', async () => {
    const file = sparse('grew.txt', 150 * MB);
    const read = spyOnReads();
    const outcome = await processFile({ path: file.path, size: 10 });
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
    // The walk's size and one byte more, which showed the file had grown.
    expect(read()).toBe(11);
  });

  it('reads a file whole when it is longer or shorter than the walk saw', async () => {
    const text =
      'Talks resume in Daraa\n\nRebel commanders and Russian officers met again on Wednesday, a rebel spokesman said, after talks broke down the day before over the handover of heavy weapons in the south.';
    const dir = makeTempFolder({ 'story.txt': text });
    dirs.push(dir);
    const file = path.join(dir, 'story.txt');
    for (const size of [0, 12, Buffer.byteLength(text), 5000]) {
      const outcome = await processFile({ path: file, size });
      const article = outcome.ok ? outcome.articles[0]?.article : undefined;
      // The text as read, from the form it is stored in (whole, edits against the body, or the body).
      const read =
        article &&
        (originalFromStored(article.body, { original: article.original, originalEdits: article.originalEdits ?? null }) ??
          article.body);
      expect(read, `walked size ${size}`).toBe(text);
    }
  });
});
