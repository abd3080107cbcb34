import path from 'node:path';
import { expect, test } from '../support/fixtures';

/**
 * Browser mode's Import dialog takes typed paths, which the engine reads on its own machine
 * (review 12): a relative one would be read against the folder `crosscheck serve` started in, so
 * the dialog asks for full paths; and the report draws a folder as it is written, whatever its
 * ends hold.
 */
test('the import dialog refuses a relative path; the report draws a folder ending in ~ in order', async ({ app, page, served }) => {
  await page.getByTestId('import-button').click();
  const input = page.getByTestId('import-paths-input');
  await input.fill('Research/Daraa coverage');
  await expect(page.getByTestId('import-paths-partial')).toContainText('Not a full path: Research/Daraa coverage');
  await expect(page.getByTestId('import-submit')).toBeDisabled();

  // A full path, in a folder named ~ (as a mistyped home path once made): the import runs.
  const missing = path.join(served.dir, '~', 'missing.txt');
  await input.fill(missing);
  await expect(page.getByTestId('import-paths-partial')).toHaveCount(0);
  await page.getByTestId('import-submit').click();
  await app.importReport.waitFor();
  const dir = app.importReport.getByTestId('import-problem').locator('.problem__dir');
  await expect(dir).toContainText(`${path.join(served.dir, '~')}/`);
  // Drawn left to right: the ~ sits at the end, right of the folder's first letters (it was
  // drawn first, `/~/tmp/…`, by the right-to-left box that cuts long folders at the start).
  const order = await dir.evaluate((span) => {
    const text = span.firstChild!;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const value = text.textContent!;
    return { tilde: at(value.lastIndexOf('~')), first: at(value.indexOf('/') + 1) };
  });
  expect(order.tilde, 'the ~ is drawn right of the folder’s start').toBeGreaterThan(order.first);
});
