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
  await expect(dialog.getByTestId('mapping-title')).toBeFocused();
  await expect(dialog).toContainText('Rebels walk out of talks.');
  await dialog.getByTestId('mapping-text').selectOption('summary');
  await dialog.getByTestId('column-mapping-import').click();

  await expect(app.importReport).toContainText(/(^|\D)2\s*New/);
  await page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: 'Talks fail in Daraa' }).click();
  await expect(app.readerBody).toHaveText(/Rebels walk out of talks\./);
  await expect(app.readerBody).not.toContainText('on Wednesday');
});

test('a table with no text column does not hold up the other files: it is left out and the report says why', async ({ app, page, served }) => {
  const folder = writeFolder(served.dir, 'coverage', {
    'file_information.csv': 'File,Task,Category\ng0pA_taska.txt,a,non\ng0pA_taskb.txt,b,cut\n',
    'daraa.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday, and the offensive on Daraa resumed.'
  });
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();

  const dialog = page.getByTestId('column-mapping');
  await expect(dialog.getByTestId('mapping-left-out')).toHaveText(/file_information\.csv has no article-text column/);
  await dialog.getByTestId('column-mapping-import').click();

  await expect(app.importReport).toContainText(/(^|\D)1\s*New/);
  await expect(app.importProblems.filter({ hasText: 'file_information.csv' })).toHaveAttribute('data-code', 'no-text-column');
  await page.keyboard.press('Escape');
  await expect(app.libraryRows.filter({ hasText: 'Talks fail in Daraa' })).toHaveCount(1);
});
