import { expect, test, writeFolder } from '../support/fixtures';
import { NotesPanelPage } from '../pages/NotesPanelPage';

test.setTimeout(240_000);

const YUKOS = (figure: string) =>
  'Yukos unit buyer faces loan claim\n\n' +
  `Rosneft bought the Yugansk unit for ${figure} in a state auction. The owners of embattled Russian oil giant Yukos ` +
  'have said the buyer of its former production unit faces a loan claim from the company.';

/** Twenty articles that will not change, so the report has an Unchanged section worth folding. */
const STEADY = Object.fromEntries(
  Array.from({ length: 20 }, (_, i) => [
    `steady-${String(i).padStart(2, '0')}.txt`,
    `Steady story number ${i}\n\nReporters in town ${i} said on day ${i} that the council had met again about the bridge ${i}.`
  ])
);

/** "Fußball-Weltmeisterschaft…" in windows-1252, no charset said: read with an unsure guess, and a warning. */
const GERMAN_1252 = new Uint8Array([
  ...Buffer.from('Fu', 'latin1'),
  0xdf,
  ...Buffer.from('ball-Weltmeisterschaft\n\nDie Mannschaft gewann das Spiel in M', 'latin1'),
  0xfc,
  ...Buffer.from('nchen.', 'latin1')
]);

/**
 * Review 15, finding 10: after a re-import the one line that mattered (a highlighted figure now
 * reads differently) sat below a skipped .jpg and duplicates reported last time, and every
 * unchanged file was listed. Now what changed comes first, and what is as it was is folded.
 */
test('a re-import report puts the changed highlight first and folds what is as before', async ({ app, served, page }) => {
  const folder = writeFolder(served.dir, 'messy', {
    '003.txt': YUKOS('$9.3bn'),
    'scan.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
    'empty.txt': '',
    'fussball.txt': GERMAN_1252,
    ...STEADY,
    'zz-copy.txt': STEADY['steady-00.txt']!
  });
  const groups = page.getByTestId('import-problem-group');
  await app.importPaths([folder]);
  await expect(groups.first()).toBeVisible();
  await page.keyboard.press('Escape');

  const notes = new NotesPanelPage(page);
  const yukos = (await notes.articles()).find((a) => a.title.startsWith('Yukos'))!;
  await notes.highlight(yukos.id, 'Rosneft bought the Yugansk unit for $9.3bn');
  writeFolder(served.dir, 'messy', { '003.txt': YUKOS('$9.5bn') });

  await page.setViewportSize({ width: 1024, height: 700 });
  await app.importPaths([folder]);
  await expect(groups.first()).toBeVisible();
  const order = await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')));
  expect(order).toEqual(['updated', 'as-before', 'still-unreadable', 'unchanged']);
  const updated = groups.first();
  await expect(updated).toContainText('1 highlight now reads differently');
  await expect(updated).toBeInViewport();

  // What is as it was: a heading and a count, its rows drawn when opened.
  const unchanged = groups.and(page.locator('[data-group="unchanged"]'));
  await expect(unchanged.locator('.problems__count')).toHaveText('21');
  await expect(unchanged.getByTestId('import-problem')).toHaveCount(0);
  const asBefore = groups.and(page.locator('[data-group="as-before"]'));
  await expect(asBefore.locator('.problems__count')).toHaveText('3');
  await page.getByTestId('import-report').screenshot({ path: test.info().outputPath('reimport-1024.png') });
  // New, near-duplicates, updated, unchanged, duplicates, skipped, failed: one row, none left alone below.
  const cardTops = await page
    .getByTestId('import-report')
    .getByRole('listitem')
    .and(page.locator('.stat'))
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(cardTops).toHaveLength(7);
  expect(new Set(cardTops).size).toBe(1);

  await asBefore.locator('summary').click();
  await expect(asBefore.getByTestId('import-problem')).toHaveCount(3);
  await expect(asBefore.getByTestId('import-problem').and(page.locator('[data-code="duplicate"]'))).toContainText('zz-copy.txt');
  await expect(asBefore.getByTestId('import-problem').and(page.locator('[data-code="unsupported"]'))).toContainText('scan.jpg');
  await expect(asBefore.getByTestId('import-problem').and(page.locator('[data-code="encoding-guess"]'))).toContainText(
    'fussball.txt'
  );
  await page.keyboard.press('Escape');

  // Once more, nothing changed: nothing is news, every section folded.
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.importPaths([folder]);
  await expect(groups.first()).toBeVisible();
  expect(await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')))).toEqual([
    'as-before',
    'still-unreadable',
    'unchanged'
  ]);
  await page.getByTestId('import-report').screenshot({ path: test.info().outputPath('reimport-1440.png') });
});
