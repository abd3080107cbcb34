import { expect, test, writeFolder } from '../support/fixtures';

/**
 * The desktop's Import…: the system's file picker supplies paths only, and the import dialog (the
 * same one browser mode shows) asks for the outlet, collection and language before anything is
 * read. Electron's picker cannot run here, so the host is made to say it has one
 * (`library:info`'s canPickFiles) and its answer (`dialog:pickImportPaths`) is stubbed at the
 * HTTP boundary, as a desktop test stubs a native dialog; everything else is the real app.
 */
test('Import… opens the picker over the import dialog; the chosen paths wait there for the import’s details', async ({
  app,
  page,
  served
}) => {
  const first = writeFolder(served.dir, 'picked-one', {
    'talks.txt':
      'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday after Moscow threatened an offensive.'
  });
  const second = writeFolder(served.dir, 'picked-two', {
    'convoy.txt':
      'Convoy reaches Quneitra\n\nTwenty trucks carrying food and medicine reached the town of Quneitra on Thursday, the UN said.'
  });
  const answers = [[first], [first, second]];
  let picks = 0;
  await page.route('**/api/library%3Ainfo', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({ response, json: { ...body, value: { ...body.value, canPickFiles: true } } });
  });
  await page.route('**/api/dialog%3ApickImportPaths', (route) =>
    route.fulfill({ json: { ok: true, value: answers[Math.min(picks++, answers.length - 1)] } })
  );
  const before = Number(await page.getByTestId('library-count').getAttribute('data-total'));

  await page.getByTestId('import-button').click();
  // The picker opened by itself and its path waits in the list: nothing is imported yet.
  await expect(page.getByTestId('import-paths-input')).toHaveValue(first);
  expect(picks).toBe(1);
  await expect(page.getByTestId('import-dialog')).toContainText('Choose folders or files, or paste the full path of each');
  await expect(page.getByTestId('import-dialog')).not.toContainText('running in a browser');
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', String(before));

  // Choosing again adds what is new, once.
  await page.getByTestId('import-choose').click();
  await expect(page.getByTestId('import-paths-input')).toHaveValue(`${first}\n${second}`);
  await expect(page.getByTestId('import-submit')).toHaveText('Import 2 paths');

  await page.getByTestId('import-default-outlet').fill('Wire desk');
  await page.getByTestId('import-default-language').fill('en');
  await page.getByTestId('import-submit').click();
  await expect(app.importReport).toBeVisible({ timeout: 45_000 });
  expect(await app.reportCount('new')).toBe(2);
  await page.getByRole('button', { name: 'Done' }).click();
  for (const title of ['Talks fail in Daraa', 'Convoy reaches Quneitra']) {
    await expect(app.libraryRows.filter({ hasText: title })).toContainText('Wire desk');
  }

  // Opening the dialog again opens the picker again; cancelling it (no paths) changes nothing.
  answers.push([]);
  picks = answers.length - 1;
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect.poll(() => picks).toBe(answers.length);
});
