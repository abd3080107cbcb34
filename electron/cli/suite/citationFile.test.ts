import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from './crosscheck';

/**
 * Review 16, finding 10: BibTeX, RIS and CSL citations of a source with no URL held only its title,
 * where the report names its file and import date. Each format now carries it in its note field.
 */
const workspace = workspacesPerTest();

describe('citations of a source with no URL', () => {
  it('name its file (name only, never its folder) and import date in BibTeX note, RIS N1 and CSL note', async () => {
    const ws = workspace();
    const file = ws.write(
      'private-folder/talks.txt',
      'Talks fail in Daraa\n\nRebels in Daraa said on Wednesday that talks with Russia had collapsed.'
    );
    expect((await ws.run('import', file)).code).toBe(0);
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const expected = `File talks.txt, imported ${today}`;
    const read = async (format: string): Promise<string> => {
      const out = path.join(ws.dir, `cite.${format === 'csl' ? 'json' : format}`);
      const result = await ws.run('export', '--format', format, '--out', out, '--articles', '1');
      expect(result.code, result.stderr).toBe(0);
      return fs.readFileSync(out, 'utf8');
    };
    const bib = await read('bib');
    expect(bib).toMatch(new RegExp(`note = \\{${expected}\\}`));
    const ris = await read('ris');
    expect(ris.split(/\r?\n/)).toContain(`N1  - ${expected}`);
    const csl = JSON.parse(await read('csl')) as Array<{ note?: string }>;
    expect(csl[0]!.note).toBe(expected);
    for (const text of [bib, ris, JSON.stringify(csl)]) expect(text).not.toContain('private-folder');
  });
});
