import { expect, test, writeFolder } from '../support/fixtures';

test.setTimeout(180_000);

/**
 * Review 14, finding 8: a folder imported every night listed the same unreadable files as failures
 * every time. Met again as they were, they are one group of their own, not failures.
 */
test('files that failed before and did not change are said as still unreadable, apart from the failures', async ({
  app,
  served,
  page
}) => {
  const folder = writeFolder(served.dir, 'nightly', {
    'talks.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday.',
    'empty.txt': '',
    'broken.pdf': 'not a PDF at all, only its name'
  });
  const groups = page.getByTestId('import-problem-group');

  await app.importPaths([folder]);
  await expect(groups.and(page.locator('[data-group="failed"]')).getByTestId('import-problem')).toHaveCount(2);
  await page.keyboard.press('Escape');

  await app.importPaths([folder]);
  const still = groups.and(page.locator('[data-group="still-unreadable"]'));
  await expect(still).toContainText('Still unreadable');
  // Folded, as nothing in it is news: opened, it lists them.
  await still.locator('summary').click();
  await expect(still.getByTestId('import-problem')).toHaveCount(2);
  await expect(still).toContainText('Failed at the last import and not changed since');
  await expect(groups.and(page.locator('[data-group="failed"]'))).toHaveCount(0);
  await page.getByTestId('import-report').screenshot({ path: test.info().outputPath('still-unreadable.png') });
});
