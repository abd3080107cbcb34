import type { Page } from '@playwright/test';

/** What tabbing through a view found: controls Tab skipped, and stops with no visible focus ring. */
export interface FocusFindings {
  readonly skipped: readonly string[];
  readonly noRing: readonly string[];
}

/**
 * Tabs through the view from its start (or a modal dialog's) and checks each stop shows a focus
 * ring — an outline or a box-shadow on the element or the box around it (a parent or grandparent,
 * as `:focus-within` draws a field's), or one drawn by a `::before`/`::after` of it or its parent — and that no control between the first and the last stop was skipped (a control
 * Tab never reaches cannot be used from the keyboard). Roving groups (`tabindex="-1"` items, moved
 * between with the arrows) count through their one tab stop.
 */
export async function tabThrough(page: Page, maxStops = 48): Promise<FocusFindings> {
  await page.evaluate(() => {
    const w = window as unknown as { __auditStops?: Array<{ id: number; name: string; ring: boolean }>; __auditOn?: boolean };
    // NB: blur() leaves Chromium's Tab starting where focus was; a focused first element of the
    // view (or its modal dialog) makes Tab start from the top.
    const modal = [...document.querySelectorAll('dialog[open]')].find((d) => d.matches(':modal')) ?? document.body;
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.setAttribute('data-audit-start', '');
    modal.prepend(start);
    start.focus();
    w.__auditStops = [];
    // One listener per page, however many views are tabbed through.
    if (w.__auditOn) return;
    w.__auditOn = true;
    let next = 0;
    const ids = new WeakMap<Element, number>();
    const describe = (el: Element) => {
      const testId = el.getAttribute('data-testid');
      const label = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
      return `${el.tagName.toLowerCase()}${testId ? ` [${testId}]` : ''}${label ? ` "${label}"` : ''}`;
    };
    const drawn = (el: Element, pseudo?: string) => {
      const s = getComputedStyle(el, pseudo);
      if (pseudo && (s.content === 'none' || s.content === 'normal')) return false;
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none';
      const filled = pseudo !== undefined && s.backgroundColor !== 'rgba(0, 0, 0, 0)';
      return outline || shadow || filled;
    };
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as Element;
        if (el.hasAttribute('data-audit-start')) return;
        if (!ids.has(el)) ids.set(el, next++);
        // A field's ring is often drawn by its box (`:focus-within`), one or two levels up.
        const parent = el.parentElement;
        const grandparent = parent?.parentElement ?? null;
        const ring =
          drawn(el) ||
          drawn(el, '::before') ||
          drawn(el, '::after') ||
          (parent !== null && (drawn(parent) || drawn(parent, '::before') || drawn(parent, '::after'))) ||
          (grandparent !== null && drawn(grandparent));
        w.__auditStops!.push({ id: ids.get(el)!, name: describe(el), ring });
        el.setAttribute('data-audit-focused', '');
      },
      true
    );
  });
  for (let i = 1; i <= maxStops; i++) {
    await page.keyboard.press('Tab');
    if (i % 8 !== 0) continue;
    // Stop once focus has come back round to the first stop.
    const round = await page.evaluate(() => {
      const ids = (window as unknown as { __auditStops: Array<{ id: number }> }).__auditStops.map((s) => s.id);
      return ids.length > 1 && ids.indexOf(ids[0]!, 1) > 0;
    });
    if (round) break;
  }
  return page.evaluate(() => {
    const w = window as unknown as { __auditStops: Array<{ name: string; ring: boolean }> };
    const noRing = [...new Set(w.__auditStops.filter((s) => !s.ring).map((s) => s.name))];
    const modal = [...document.querySelectorAll('dialog[open]')].find((d) => d.matches(':modal')) ?? document.body;
    const all = [
      ...modal.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]'
      )
    ].filter(
      (el) =>
        el.tabIndex >= 0 &&
        el.checkVisibility({ opacityProperty: false, visibilityProperty: true }) &&
        !el.closest('[inert], [aria-hidden="true"]') &&
        el.getBoundingClientRect().width > 0
    );
    const reached = all.map((el) => el.hasAttribute('data-audit-focused'));
    const last = reached.lastIndexOf(true);
    const skipped = all
      .filter((el, i) => i < last && !reached[i])
      // A radio group is one stop: Tab reaches its checked radio, the arrows the others.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => {
        const label = (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${el.dataset.testid ? ` [${el.dataset.testid}]` : ''}${label ? ` "${label}"` : ''}`;
      });
    for (const el of document.querySelectorAll('[data-audit-focused]')) el.removeAttribute('data-audit-focused');
    document.querySelector('[data-audit-start]')?.remove();
    return { skipped: [...new Set(skipped)], noRing };
  });
}
