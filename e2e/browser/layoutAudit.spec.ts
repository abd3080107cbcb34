import { expect } from '@playwright/test';
import path from 'node:path';
import { findLayoutFaults, formatFaults, type LayoutFault } from '../support/auditChecks';
import { auditTest as test } from '../support/auditLibrary';
import { AUDIT_SIZES, visitViews } from '../support/auditViews';

/**
 * Issue 12's layout audit: every view at four window sizes, light and dark, checked in the page
 * for controls covered by something else or cut off, a page that scrolls sideways, clipped button
 * and tab labels and text running out of its box. One page per size and theme walks the views in
 * turn; the libraries are built once for the whole file. A failure lists every fault of the run,
 * each naming its view and element.
 */
/** A folder to save a screenshot of every view in (`CROSSCHECK_AUDIT_SHOTS=/tmp/shots`), to look at them. */
const SHOTS = process.env.CROSSCHECK_AUDIT_SHOTS;

test.describe('layout audit', () => {
  for (const size of AUDIT_SIZES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`every view holds together at ${size.width}×${size.height}, ${colorScheme}`, async ({ browser, libraries }) => {
        test.setTimeout(120_000);
        const context = await browser.newContext({ viewport: size, colorScheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const found: string[] = [];
        await visitViews(page, { full: libraries.full.url, empty: libraries.empty.url }, async (view, required, whole) => {
          const faults: LayoutFault[] = await page.evaluate(findLayoutFaults, { required, whole });
          if (faults.length > 0) found.push(formatFaults(view, faults));
          if (SHOTS)
            await page.screenshot({
              path: path.join(SHOTS, `${size.width}x${size.height}-${colorScheme}-${view.replace(/\W+/g, '-')}.png`)
            });
        });
        await context.close();
        expect(found.join('\n'), 'layout faults').toBe('');
      });
    }
  }
});
