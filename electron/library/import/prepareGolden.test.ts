import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Golden, computeGolden } from './fixtures/golden/compute';

/**
 * The import's answers do not move when its code is made faster: what processFile and
 * prepareArticle make of the seeds, the format fixtures and 314 texts built from the clean-up and
 * metadata tests' own lines (title, date, language, clean text, removed spans, content hash, word
 * count, MinHash) equals the record written before the change (fixtures/golden/README.md). A
 * change meant to alter an answer rewrites the record with make.ts and says why.
 */
const golden = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'golden', 'prepared.json'), 'utf8')) as Golden;

describe('the import prepares the golden inputs as recorded', () => {
  it('gives every file and text the recorded article', { timeout: 60_000 }, async () => {
    const now = await computeGolden();
    expect(Object.keys(now.files)).toEqual(Object.keys(golden.files));
    for (const [name, record] of Object.entries(golden.files)) expect(now.files[name], name).toEqual(record);
    expect(now.texts.length).toBe(golden.texts.length);
    for (const [i, record] of golden.texts.entries()) expect(now.texts[i], `texts.json #${i}`).toEqual(record);
  });
});
