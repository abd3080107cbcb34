import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { auditTest as test } from '../support/auditLibrary';
import { tabThrough } from '../support/auditFocus';
import { visitViews } from '../support/auditViews';
import { settleTransitions } from '../support/settleTransitions';

/**
 * Issue 12's accessibility audit: the layout audit's views (auditViews.ts) at 1440×900, light and
 * dark. At each, axe-core finds no serious or critical violation (in dark, its contrast rule: the
 * rest does not depend on the theme), and (in light: the theme changes colours only) Tab reaches
 * every control in turn, each showing a focus ring. One walk checks both themes, switching with
 * `emulateMedia` at each view as the layout audit does (a walk of its own for dark took 80 s of CI).
 * A failure lists every finding, naming its view, theme and element.
 */

/** One element axe found at fault. */
type NodeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number];

/** A contrast finding's colours and ratio as axe measured them (` (#8b8b94 on #ffffff, 3.4:1, needs 4.5:1)`), to fix it by. */
function contrastOf(node: NodeResult): string {
  const data = node.any[0]?.data as
    | { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string }
    | null
    | undefined;
  if (!data?.fgColor) return '';
  return ` (${data.fgColor} on ${data.bgColor ?? '?'}, ${data.contrastRatio ?? '?'}:1, needs ${data.expectedContrastRatio ?? '4.5:1'})`;
}

test.describe('accessibility audit', () => {
  test('every view passes axe and works from the keyboard, light and dark', async ({ browser, libraries }) => {
    test.setTimeout(480_000);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const found: string[] = [];
    const axe = async (view: string, colorScheme: 'light' | 'dark') => {
      // Only colours change with the theme: in dark, axe checks contrast alone (every other rule
      // ran in light on the same markup).
      await settleTransitions(page);
      const builder = new AxeBuilder({ page });
      const result = await (colorScheme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        const where = v.nodes
          .slice(0, 6)
          .map((n) => n.target.join(' ') + contrastOf(n))
          .join('; ');
        found.push(
          `${view}, ${colorScheme}: axe ${v.impact} ${v.id} (${v.help}): ${where}${v.nodes.length > 6 ? ` and ${v.nodes.length - 6} more` : ''}`
        );
      }
    };
    await visitViews(page, { full: libraries.full.url, empty: libraries.empty.url }, async (view) => {
      // axe and tabbing are slow: the five-article comparison stands for the others (the same
      // panels, fewer or more columns), which the layout audit covers.
      if (/^compare (2|12) /.test(view)) return;
      await axe(view, 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await axe(view, 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      // Tab order and whether a ring is drawn do not change with the theme either: the dark
      // block of theme.css sets colours only (the ring is the same box-shadow in both).
      const focus = await tabThrough(page);
      for (const name of focus.skipped) found.push(`${view}: Tab never reaches ${name}`);
      for (const name of focus.noRing) found.push(`${view}: no visible focus ring on ${name}`);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    });
    await context.close();
    expect(found.join('\n'), 'accessibility findings').toBe('');
  });
});
