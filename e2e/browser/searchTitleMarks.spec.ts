import { expect, test, writeFolder } from '../support/fixtures';

const TITLE = 'Ad sales boost Time Warner profit';
const TEXT =
  'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December. ' +
  'Its sales rose on higher advertising, and Time Warner said profit was up.';

test.beforeEach(async ({ app, page, served }) => {
  await app.importPaths([writeFolder(served.dir, 'warner', { 'warner.txt': `${TITLE}\n\n${TEXT}\n` })]);
  await page.keyboard.press('Escape');
});

/** Review 14 #12: the list shows the title above the snippet; the snippet does not repeat it. */
test('a snippet starts after the paragraph that repeats the title, as the reader does', async ({ app }) => {
  await app.search('months');
  const hit = app.searchHits.filter({ hasText: TITLE });
  await expect(hit.getByTestId('hit-snippet')).toHaveText(TEXT);
  await expect(hit.getByTestId('hit-snippet').locator('mark')).toHaveText(['months']);
  await hit.click();
  await expect(app.readerTitle).toHaveText(TITLE);
  await expect(app.readerBody).not.toContainText(`${TITLE}`);
});

/** Review 14 #13: title: narrows which articles match; its words are not searched for in the text. */
test('a title: filter marks nothing in the text; the free words beside it are marked', async ({ app }) => {
  await app.search(`title:"${TITLE}"`);
  const hit = app.searchHits.filter({ hasText: TITLE });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('hit-snippet').locator('mark')).toHaveCount(0);
  await hit.click();
  await expect(app.readerTitle).toHaveText(TITLE);
  await expect(app.readerBody).toContainText('Its sales rose');
  await expect(app.readerBody.locator('mark')).toHaveCount(0);

  await app.search(`title:"${TITLE}" advertising`);
  await expect(hit.getByTestId('hit-snippet').locator('mark')).toHaveText(['advertising']);
  await hit.click();
  await expect(app.readerBody.locator('mark')).toHaveText(['advertising']);
});
