import { expect, test, writeFolder } from '../support/fixtures';

/**
 * A name written with another apostrophe (user review: searching Deraa, the snippet marked `Dar‘a`
 * and ``Dar`a`` but the reader did not): for every form the search takes as one name, the reader
 * marks what the hit's snippet marks.
 */
const FORMS = ["'", '’', '‘', '`', 'ʻ', 'ʼ'];

test('searching Deraa, the reader marks Dar‘a, Dar`a, Darʻa… as the snippet does', async ({ app, page, served }) => {
  const files = Object.fromEntries(
    FORMS.map((mark, i) => [
      `report-${i + 1}.txt`,
      `Report ${i + 1} on the south\n\nRebels in Dar${mark}a said talks with Russia failed on Wednesday.\n`
    ])
  );
  await app.importPaths([writeFolder(served.dir, 'apostrophes', files)]);
  await page.keyboard.press('Escape');
  await app.search('Deraa');
  const hits = app.searchHits.filter({ hasText: /^Report \d/ });
  await expect(hits).toHaveCount(FORMS.length);
  for (const [i, mark] of FORMS.entries()) {
    const hit = hits.filter({ hasText: `Report ${i + 1} on` });
    await expect(hit.getByTestId('hit-snippet').locator('mark'), mark).toHaveText([`Dar${mark}a`]);
    await hit.click();
    await expect(app.readerTitle).toHaveText(`Report ${i + 1} on the south`);
    await expect(app.readerBody.locator('mark'), mark).toHaveText([`Dar${mark}a`]);
  }
});
