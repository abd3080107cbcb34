import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from './processFile';

/** One file per finding of `npm run fuzz` (fixtures/fuzz/README.md says what each is and how it was found). */
const FIXTURES = path.join(import.meta.dirname, 'fixtures/fuzz');

describe('files the fuzzer found', () => {
  // NB: before the fix each took minutes of synchronous parsing: this test then ran into its time limit.
  for (const name of ['docx-truncated-document.docx', 'docx-nodes-after-root.docx']) {
    it(`${name} is refused as a damaged Word document, at once`, async () => {
      const file = path.join(FIXTURES, name);
      const outcome = await processFile({ path: file, size: fs.statSync(file).size });
      expect(outcome).toMatchObject({ ok: false, code: 'corrupt' });
      expect(outcome.ok ? '' : outcome.message).toMatch(/^This Word document is damaged and cannot be read; open it in Word/);
    });
  }

  it('text-sjis-detector-crash.txt (bytes 82 FC 82 AA, on which jschardet throws) is read with a guessed encoding', async () => {
    const file = path.join(FIXTURES, 'text-sjis-detector-crash.txt');
    const outcome = await processFile({ path: file, size: fs.statSync(file).size });
    expect(outcome).toMatchObject({ ok: true, format: 'txt' });
    if (!outcome.ok) return;
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.warnings.map((w) => w.code)).toContain('encoding-guess');
  });
});
