import fs from 'node:fs';
import path from 'node:path';
import { expect, test, writeFolder } from '../support/fixtures';

test('a watched folder imports what it holds, then new files as they arrive', async ({ app, page, served }) => {
  const folder = writeFolder(served.dir, 'inbox', { 'first.txt': 'Convoy reaches Quneitra\n\nAn aid convoy reached Quneitra on Thursday, the Red Crescent said.' });
  await page.getByTestId('watched-button').click();
  // Browser mode has no picker: the path field has the focus, ready for a paste.
  await expect(page.getByTestId('watched-path-input')).toBeFocused();
  await page.getByTestId('watched-path-input').fill(folder);
  await page.getByTestId('watched-add').click();
  await expect(page.getByTestId('watched-folder')).toContainText(folder);
  await page.keyboard.press('Escape');
  await expect(app.libraryRows.filter({ hasText: 'Convoy reaches Quneitra' })).toHaveCount(1);

  fs.writeFileSync(path.join(folder, 'second.md'), '# Ceasefire holds in Nawa\n\nResidents of Nawa said the ceasefire held overnight.');
  await expect(app.libraryRows.filter({ hasText: 'Ceasefire holds in Nawa' })).toHaveCount(1, { timeout: 20_000 });
  await expect(app.libraryRows).toHaveCount(7);
});
