import { expect, test, writeFolder } from '../support/fixtures';

test('Show original shows the file as imported when clean-up changed it, and is off for a file it left as it was', async ({
  app,
  page,
  served
}) => {
  const toggle = page.getByTestId('show-original-toggle');
  // Seed 000: clean-up set its "Follow us on Twitter" line aside; the original shows it struck through.
  await app.libraryRows.filter({ hasText: 'Russia strikes Daraa after failure of ceasefire talks' }).click();
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(app.reader).toContainText('The file as imported.');
  await expect(app.readerBody).toContainText('Follow us on Twitter: @The_NewArab');
  // The file opens with its headline, the article's title: the original shows that line, the
  // reader (under the title) does not show it a second time.
  await expect(app.readerBody).toContainText('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
  await toggle.click();
  await expect(app.readerBody).not.toContainText('Follow us on Twitter');
  await expect(app.readerBody.locator('p').first()).toHaveText(/^The talks broke down after rebels declined/);
  await expect(app.readerBody).not.toContainText('Russia strikes Daraa after failure of ceasefire talks');

  // A file clean-up left as it was: articles:get sends no second copy, and there is nothing to show.
  const folder = writeFolder(served.dir, 'clean', {
    'convoy.txt': 'Convoy reaches Nawa\n\nAn aid convoy reached Nawa on Thursday, the Red Crescent said.'
  });
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: 'Convoy reaches Nawa' }).click();
  await expect(app.readerBody).toContainText('An aid convoy reached Nawa on Thursday');
  await expect(toggle).toBeDisabled();
  // Greyed out, it says why, to the mouse (tooltip) and the keyboard (it keeps the focus, its
  // description the reason); it was greyed with no word (review 13, #8).
  const why = 'Clean-up removed nothing from this file’s text: the original is the text shown.';
  await expect(toggle).toHaveAttribute('title', why);
  await expect(toggle).toHaveAccessibleDescription(why);
  await toggle.focus();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await toggle.click({ force: true });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('.reader-body--original')).toHaveCount(0);
});
