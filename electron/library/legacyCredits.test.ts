import { describe, expect, it } from 'vitest';
import { getArticle } from './articles';
import { ExportRenderInput } from '@shared/contract/exportSchemas';
import { renderExport } from './export/exportReport';
import { importPaths } from './import/importPaths';
import { makeTestFolder, makeTestLibrary } from './testing/testLibrary';

/**
 * Review 12: `SOURCE: NEWS AGENCIES` was stored as the credit `news agencies`, shown as a WIRE chip
 * and exported as "Wire credit: news agencies". It is no longer read as a credit, and one a library
 * stored before is dropped where articles are read, so its reader and citations name only agencies.
 */
describe('an unnamed "news agencies" credit', () => {
  it('is not stored by an import, and one stored before is neither shown nor cited', async () => {
    const lib = makeTestLibrary();
    const dir = makeTestFolder({
      'roundup.txt': 'Talks fail in the south\n\nRebels in Daraa said the talks with Russia had failed on Wednesday.\n\nSOURCE: NEWS AGENCIES',
      'afp.txt': 'Rebels walk out of talks\n\nDAMASCUS (AFP) - Rebels said the talks with Russian officers in Busra al-Sham ended.\n\nSOURCE: AL JAZEERA AND NEWS AGENCIES'
    });
    await importPaths(lib.db, [dir]);
    const credits = () => [1, 2].map((id) => getArticle(lib.db, id)!.wireCredits).sort();
    expect(credits()).toEqual([[], ['AFP']]);

    // A library imported before this change holds the old value.
    lib.db.prepare(`UPDATE articles SET wire_credits = '["news agencies"]' WHERE wire_credits = '[]'`).run();
    lib.db.prepare(`UPDATE articles SET wire_credits = '["news agencies","AFP"]' WHERE wire_credits = '["AFP"]'`).run();
    expect(credits()).toEqual([[], ['AFP']]);
    const input = ExportRenderInput.parse({ format: 'bib', scope: { kind: 'articles', articleIds: [1, 2] } });
    const bib = await renderExport(lib.db, input);
    expect(bib.content).toContain('Wire credit: AFP');
    expect(bib.content).not.toContain('news agencies');
  });
});
