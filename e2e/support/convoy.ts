import { expect } from '@playwright/test';
import type { CrosscheckPage } from '../pages/CrosscheckPage';
import { writeFolder } from './fixtures';

/**
 * The one-article library of the highlight specs: an aid convoy reaching Daraa. Written for
 * Crosscheck's tests (an invented report; free to redistribute with the code).
 */
export const CONVOY_TITLE = 'Convoy reaches Daraa';

/** The convoy's first paragraph: two sentences. */
const ARRIVAL =
  'An aid convoy reached Daraa on Tuesday after three days of waiting at the border. Officials said forty trucks carried food and medicine.';

/** The convoy as one paragraph of two sentences. */
export const CONVOY = [CONVOY_TITLE, '', ARRIVAL].join('\n');

/** The convoy with a second paragraph: the shelling stopped, the talks to resume. */
export const CONVOY_AND_TALKS = [
  CONVOY,
  '',
  'Residents said the shelling stopped overnight. A spokesman for the rebels said talks would resume on Friday.'
].join('\n');

/**
 * Imports `text` as `convoy/convoy.txt` under `dir` (the test's temp folder) through the Import
 * dialog, closes the report and opens the article in the reader, as a user would before
 * highlighting; answers the folder, for a test that imports it again.
 */
export async function openConvoy(app: CrosscheckPage, dir: string, text: string = CONVOY): Promise<string> {
  const folder = writeFolder(dir, 'convoy', { 'convoy.txt': text });
  await app.importPaths([folder]);
  await app.page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: CONVOY_TITLE }).click();
  await expect(app.readerTitle).toHaveText(CONVOY_TITLE);
  return folder;
}
