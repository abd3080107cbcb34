import { describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/makePdf';
import { SUPPORTED_EXTENSIONS, extractFile } from './index';
import { loadPdfJs } from './pdfjs';
import { expectFailure, expectOk, extract } from './testing';

describe('extractFile', () => {
  it('lists the extensions it reads', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(
      expect.arrayContaining(['.txt', '.md', '.html', '.htm', '.pdf', '.docx', '.csv', '.tsv', '.json', '.jsonl', '.zip'])
    );
  });

  it('names the extension of files it cannot read, with advice where there is some', async () => {
    expect(expectFailure(await extract('sheet.xlsx', 'PK'))).toEqual({
      ok: false,
      code: 'unsupported',
      message: 'Excel workbooks cannot be read; export the sheet as CSV and import that.'
    });
    expect(expectFailure(await extract('photo.jpeg', 'x')).message).toMatch(
      /^Files of type \.jpeg cannot be imported \(supported: \.txt, /
    );
    expect(expectFailure(await extract('README', 'plain words')).code).toBe('unsupported');
  });

  it('sniffs HTML saved without an extension', async () => {
    const result = expectOk(await extract('saved-page', '<!DOCTYPE html><html><body><p>Saved without a name.</p></body></html>'));
    expect(result.format).toBe('html');
  });

  it('returns timeout instead of running past the time limit', async () => {
    const pdf = makePdf({ pages: Array.from({ length: 30 }, () => [{ text: 'Page text', x: 72, y: 700 }]) });
    // pdf.js loads before a file's clock starts (seconds on a busy machine): load it first, so only the read is timed.
    await loadPdfJs();
    const started = Date.now();
    const result = expectFailure(await extractFile({ bytes: pdf, fileName: 'slow.pdf' }, { limits: { timeoutMs: 1 } }));
    expect(result).toEqual({
      ok: false,
      code: 'timeout',
      message:
        'Reading this file took longer than 1 ms, so it was skipped; if it is very large, split it, or import it on its own.'
    });
    // A bound on a hang, not a speed target: at load 25 this 1 ms read has taken just over 2 s.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = expectFailure(
      await extractFile({ bytes: new TextEncoder().encode('text'), fileName: 'a.txt' }, { signal: controller.signal })
    );
    expect(result).toEqual({
      ok: false,
      code: 'aborted',
      message: 'The import was cancelled before this file was read; import it again to read it.'
    });
  });

  it('never throws, even on nonsense input', async () => {
    const result = await extractFile({ bytes: null as unknown as Uint8Array, fileName: 'x.txt' });
    expect(result.ok).toBe(false);
  });

  it('refuses files above the size limit before reading them', async () => {
    const result = expectFailure(await extract('big.txt', 'x'.repeat(2000), { limits: { maxFileBytes: 1000 } }));
    expect(result).toEqual({
      ok: false,
      code: 'too-large',
      message: 'This file is 2.0 KiB, over the limit of 1000 bytes; split it into smaller files and import those.'
    });
  });
});
