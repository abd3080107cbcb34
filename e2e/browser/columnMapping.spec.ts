import { expect, test, writeFolder } from '../support/fixtures';

test('a spreadsheet export gets a confirm-the-columns step, and the chosen columns are used', async ({ app, page, served }) => {
  const folder = writeFolder(served.dir, 'export', {
    'articles.csv':
      'headline,summary,story,published\n' +
      '"Talks fail in Daraa","Rebels walk out of talks.","Rebels said the talks with Russia had failed on Wednesday.",2018-07-04\n' +
      '"Convoy reaches Quneitra","Aid arrives.","An aid convoy reached Quneitra on Thursday.",2018-07-05\n'
  });
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();

  const dialog = page.getByTestId('column-mapping');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('mapping-title')).toHaveValue('headline');
  await expect(dialog).toContainText('Rebels walk out of talks.');
  await dialog.getByTestId('mapping-text').selectOption('summary');
  await dialog.getByTestId('column-mapping-import').click();

  await expect(app.importReport).toContainText(/(^|\D)2\s*New/);
  await page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: 'Talks fail in Daraa' }).click();
  await expect(app.readerBody).toHaveText(/Rebels walk out of talks\./);
  await expect(app.readerBody).not.toContainText('on Wednesday');
});
