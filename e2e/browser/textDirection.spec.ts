import { expect, test, writeFolder } from '../support/fixtures';

/**
 * An Arabic article reads right to left where the app shows its words — the search hit's title
 * and snippet, the reader's title and paragraphs — while English stays left to right. Before,
 * every one of them was laid out left to right: an Arabic snippet's cut marks (…) stood at the
 * wrong ends and its lines were ragged on the right (review 11). Text written for this test.
 */
const ARABIC = [
  'المعارضة السورية تعلن فشل المفاوضات مع روسيا في درعا',
  '',
  'أعلنت فصائل المعارضة السورية في الجنوب يوم الأربعاء أن المفاوضات مع الجانب الروسي في بلدة بصرى الشام قد فشلت، بعد أن رفضت تسليم سلاحها الثقيل دفعة واحدة.',
  '',
  'وقال المتحدث باسم غرفة العمليات المركزية إن الجانب الروسي أصر على شروطه، وإن المعارك قد تستأنف في أي وقت.'
].join('\n');

test('Arabic reads right to left in the results and the reader; English left to right', async ({ app, page, served }) => {
  await app.importPaths([writeFolder(served.dir, 'arabic', { 'busra.txt': ARABIC })]);
  await page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();

  await app.search('بصرى');
  const hit = app.searchHits.first();
  await expect(hit.getByTestId('hit-snippet')).toHaveCSS('direction', 'rtl');
  await expect(hit.locator('.search-hit__title-text')).toHaveCSS('direction', 'rtl');
  await hit.click();
  await expect(app.readerBody.locator('p').first()).toHaveCSS('direction', 'rtl');
  await expect(page.getByTestId('reader-title')).toHaveCSS('direction', 'rtl');

  await app.search('Daraa');
  const english = app.searchHits.first();
  await expect(english.getByTestId('hit-snippet')).toHaveCSS('direction', 'ltr');
  await english.click();
  await expect(app.readerBody.locator('p').first()).toHaveCSS('direction', 'ltr');
});
