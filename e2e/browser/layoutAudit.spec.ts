import { expect } from '@playwright/test';
import path from 'node:path';
import { findLayoutFaults, formatFaults, type LayoutFault } from '../support/auditChecks';
import { auditTest as test } from '../support/auditLibrary';
import { AUDIT_SIZES, visitViews } from '../support/auditViews';

/**
 * Issue 12's layout audit: every view at four window sizes, light and dark, checked in the page
 * for controls covered by something else or cut off, a page that scrolls sideways, clipped button
 * and tab labels and text running out of or cut by its box. One page walks the views once; at each
 * it is resized to every size and switched to each theme (as a person resizing the window would),
 * so each comparison is worked out once, not eight times. A failure lists every fault of the run,
 * each naming its view, size, theme and element.
 */
/** A folder to save a screenshot of every view in (`CROSSCHECK_AUDIT_SHOTS=/tmp/shots`), to look at them. */
const SHOTS = process.env.CROSSCHECK_AUDIT_SHOTS;
/** Only these sizes (`CROSSCHECK_AUDIT_SIZES=1024x700,1440x900`), to iterate on one; all four by default. */
const ONLY = process.env.CROSSCHECK_AUDIT_SIZES?.split(',');
const SIZES = AUDIT_SIZES.filter((s) => !ONLY || ONLY.includes(`${s.width}x${s.height}`));
const SCHEMES = ['light', 'dark'] as const;

test('layout audit: every view holds together at every size, light and dark', async ({ browser, libraries }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: SIZES[0], reducedMotion: 'reduce' });
  const page = await context.newPage();
  const found: string[] = [];
  await visitViews(page, { full: libraries.full.url, empty: libraries.empty.url }, async (view, required, whole) => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Two frames: the resize's layout, and whatever the app redraws in answer to it.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const faults: LayoutFault[] = await page.evaluate(findLayoutFaults, { required, whole });
        if (faults.length > 0) found.push(formatFaults(`${view} at ${size.width}×${size.height}, ${colorScheme}`, faults));
        if (SHOTS)
          await page.screenshot({
            path: path.join(SHOTS, `${size.width}x${size.height}-${colorScheme}-${view.replace(/\W+/g, '-')}.png`)
          });
      }
    }
    // Back to the first size for the walk's next step.
    await page.setViewportSize(SIZES[0]!);
  });
  await context.close();
  expect(found.join('\n'), 'layout faults').toBe('');
});
