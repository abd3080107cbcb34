import type { Page } from '@playwright/test';

/**
 * Waits until no CSS transition is running on the page. A theme switch (`emulateMedia`) starts the
 * buttons' 120 ms colour transitions, and axe's contrast rule read mid-way sees a colour neither
 * theme has (`.btn--primary` in dark, flaky in CI at e91d0a5). Only transitions: a spinner's
 * endless animation would never settle.
 */
export async function settleTransitions(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState === 'finished')
  );
}
