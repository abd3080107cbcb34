import path from 'node:path';
import { expect, test } from '../support/fixtures';

/**
 * Chinese is searched by word (docs/search.md, "Scripts without spaces"): 地铁 (underground), in
 * the middle of a sentence written without spaces, finds its article, and the snippet and the
 * reader mark that word, not the whole sentence; 北京 marks the word it begins. Before, a run of Han
 * characters was one word to the index and the search found nothing. The articles are the CLI suite's (written for the tests).
 */
const CJK = path.join(import.meta.dirname, '..', '..', 'electron', 'cli', 'suite', 'fixtures', 'cjk');

test('a Chinese word inside a sentence is found, and marked in the snippet and the reader', async ({ app, page }) => {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(CJK);
  await page.getByTestId('import-submit').click();
  // A JSON table: its columns are confirmed as guessed (title, body, date, source).
  await page.getByTestId('column-mapping').getByTestId('column-mapping-import').click();
  await app.importReport.waitFor();
  await page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();

  await app.search('地铁');
  await expect(app.searchHits).toHaveCount(1);
  const hit = app.searchHits.first();
  await expect(hit).toContainText('北京市政府宣布延长地铁运营时间');
  await expect(hit.getByTestId('hit-snippet').locator('mark')).toHaveText(['地铁']);
  await hit.click();
  const marks = app.readerBody.locator('mark');
  await expect(marks).toHaveText(['地铁']);
  await expect(marks.first()).toBeInViewport();

  // 北京 (Beijing) is the start of the word 北京市 (Beijing city): that word is marked, not the
  // sentence 北京市政府周一宣布 it begins.
  await app.search('北京');
  await expect(app.searchHits).toHaveCount(1);
  await app.searchHits.first().click();
  await expect(app.readerBody.locator('mark')).toHaveText(['北京市']);
});
