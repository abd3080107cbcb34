/**
 * The layout audit's checks, run inside the page in one `page.evaluate` per view (they must not
 * close over anything: Playwright sends the function's source to the page). Each fault names the
 * element the way a person finds it: its tag, test hook or label, and where it sits.
 */

/** One thing wrong with the layout, as the audit reports it. */
export interface LayoutFault {
  readonly rule: 'covered' | 'cut-off' | 'horizontal-scroll' | 'clipped-label' | 'text-overflow' | 'missing';
  /** The element at fault, e.g. `button "Watched" (watched-button) in .topbar__actions`. */
  readonly element: string;
  readonly detail: string;
}

/** What the checks take: hooks of elements the view must show (e.g. the comparison's legend). */
export interface LayoutCheckOptions {
  /** CSS selectors that must match a visible element inside the window. */
  readonly required: readonly string[];
  /** CSS selectors of elements (the comparison's columns) that are shown whole or not at all: never cut by an edge. */
  readonly whole?: readonly string[];
}

/**
 * Runs every layout check over the page as it stands and answers the faults found. Elements
 * behind a modal dialog, inert or hidden ones are skipped: a person cannot reach them anyway.
 */
export function findLayoutFaults(options: LayoutCheckOptions): LayoutFault[] {
  const faults: LayoutFault[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;

  const describe = (el: Element): string => {
    const tag = el.tagName.toLowerCase();
    const testId = el.getAttribute('data-testid');
    const label = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const host = el.parentElement?.closest('[data-testid]');
    const where = host ? ` in ${host.getAttribute('data-testid')}` : '';
    return `${tag}${cls}${testId ? ` [${testId}]` : ''}${label ? ` "${label}"` : ''}${where}`;
  };
  const add = (rule: LayoutFault['rule'], el: Element, detail: string) => {
    const element = describe(el);
    // One fault per element and rule: twelve columns would otherwise repeat the same one twelve times.
    if (!faults.some((f) => f.rule === rule && f.element === element)) faults.push({ rule, element, detail });
  };

  // A modal dialog makes everything else inert; only its contents can be reached.
  const modal = [...document.querySelectorAll('dialog[open]')].find((d) => d.matches(':modal')) ?? null;
  const scope: Element = modal ?? document.body;
  const shown = (el: Element): boolean =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    !el.closest('[inert], [aria-hidden="true"]') &&
    (modal === null || modal.contains(el));

  /**
   * The part of the window where `el` can be seen, and whether what hides the rest of it can be
   * scrolled (a list scrolled past a row is fine; a box cutting a button off is not).
   */
  const visibleBox = (el: Element) => {
    let box = { left: 0, top: 0, right: vw, bottom: vh };
    let cutByFixed: Element | null = null;
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      const next = {
        left: Math.max(box.left, r.left),
        top: Math.max(box.top, r.top),
        right: Math.min(box.right, r.right),
        bottom: Math.min(box.bottom, r.bottom)
      };
      const scrolls = /auto|scroll/.test(s.overflowX) || /auto|scroll/.test(s.overflowY);
      if (!scrolls && (next.left > box.left || next.right < box.right || next.top > box.top || next.bottom < box.bottom)) {
        cutByFixed ??= a;
      }
      box = next;
    }
    return { box, cutByFixed };
  };

  /**
   * The box that cuts `el` off and cannot be scrolled to show the rest: the nearest ancestor that
   * clips (overflow other than visible) before any that scrolls, and that `el` runs past. An
   * absolutely placed element escapes a clipping box that is not its containing block; fixed ones
   * and the top layer escape them all.
   */
  const clippedBy = (el: Element): { by: Element; seen: number; of: number } | null => {
    const r = el.getBoundingClientRect();
    let escapes = false;
    for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
      const own = getComputedStyle(a);
      if (a !== el) {
        const clips = own.overflowX !== 'visible' || own.overflowY !== 'visible';
        if (/auto|scroll/.test(own.overflowX) || /auto|scroll/.test(own.overflowY)) return null;
        if (clips && !(escapes && own.position === 'static')) {
          const b = a.getBoundingClientRect();
          const left = b.left + a.clientLeft;
          const top = b.top + a.clientTop;
          const right = left + a.clientWidth;
          const bottom = top + a.clientHeight;
          if (r.left < left - 1 || r.right > right + 1 || r.top < top - 1 || r.bottom > bottom + 1) {
            const w = Math.max(0, Math.min(r.right, right) - Math.max(r.left, left));
            const h = Math.max(0, Math.min(r.bottom, bottom) - Math.max(r.top, top));
            return { by: a, seen: Math.round(w * h), of: Math.round(r.width * r.height) };
          }
        }
      }
      if (own.position === 'fixed' || a.matches(':popover-open, dialog:modal')) return null;
      if (own.position === 'absolute') escapes = true;
      else if (own.position !== 'static' && a !== el) escapes = false;
    }
    return null;
  };

  // 1. The page itself never scrolls sideways.
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    const widest = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > vw + 1);
    add('horizontal-scroll', widest ?? root, `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  }

  // 2. Every control can be pointed at: its centre is on screen and nothing lies over it.
  const interactive = scope.querySelectorAll<HTMLElement>(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="switch"], [role="option"], [role="menuitem"], [tabindex]:not([tabindex="-1"])'
  );
  for (const el of interactive) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const { box, cutByFixed } = visibleBox(el);
    const inBox = cx >= box.left && cx < box.right && cy >= box.top && cy < box.bottom;
    if (!inBox) {
      // Scrolled out of a list or column: fine. Cut off by a box that cannot scroll, or by the window: a fault.
      const outOfWindow = cx < 0 || cx >= vw || cy < 0 || cy >= vh;
      if (cutByFixed) add('cut-off', el, `its centre is hidden by ${describe(cutByFixed)}, which cannot scroll`);
      else if (outOfWindow && !el.closest('[data-scroll-column], [role="listbox"], [role="grid"]')) {
        const scrollable = (() => {
          for (let a = el.parentElement; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (/auto|scroll/.test(s.overflowX) || /auto|scroll/.test(s.overflowY)) return true;
          }
          return false;
        })();
        if (!scrollable)
          add('cut-off', el, `its centre (${Math.round(cx)}, ${Math.round(cy)}) is outside the ${vw}×${vh} window`);
      }
      continue;
    }
    const hit = document.elementFromPoint(cx, cy);
    if (!hit || hit === el || el.contains(hit) || hit.contains(el)) continue;
    // A label pointing at the control is the control, as far as a click goes.
    if (hit instanceof HTMLLabelElement && hit.control === el) continue;
    if (hit.closest('label') && (hit.closest('label') as HTMLLabelElement).control === el) continue;
    add('covered', el, `its centre is covered by ${describe(hit)}`);
  }

  // 3. Labels of buttons, tabs and toolbars are shown whole; text never spills out of its box.
  const textHolders = scope.querySelectorAll<HTMLElement>('body *');
  for (const el of textHolders) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || !shown(el)) continue;
    if (el.closest('svg, [data-audit-allow-clip]')) continue;
    const s = getComputedStyle(el);
    const isLabel =
      el.closest('button, [role="button"], [role="tab"], [role="radio"], [role="toolbar"], [role="switch"], label, summary') !==
      null;
    const clipsX = s.overflowX !== 'visible';
    const overX = el.scrollWidth - el.clientWidth;
    // Zero- or one-pixel boxes are hidden on purpose (text for screen readers only).
    if (el.clientWidth <= 1) continue;
    const fontSize = parseFloat(s.fontSize) || 13;
    // About how many characters show (an average glyph is half an em wide).
    const shownChars = el.clientWidth / (fontSize * 0.5);
    if (isLabel && overX > 1) {
      // A long name ellipsised in a chip is fine if enough of it shows and its tooltip has the rest.
      const titled = el.closest('[title]') !== null;
      if (!(s.textOverflow === 'ellipsis' && shownChars >= 25 && titled)) {
        add('clipped-label', el, `the label needs ${el.scrollWidth}px and has ${el.clientWidth}px`);
      }
      continue;
    }
    if (clipsX && overX > 1) {
      // An ellipsis on a long title is fine if a reader still sees enough of it: about 25 characters.
      if (s.textOverflow === 'ellipsis' && shownChars >= 25) continue;
      if (s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '') continue;
      add(
        'text-overflow',
        el,
        s.textOverflow === 'ellipsis'
          ? `cut to about ${Math.round(shownChars)} characters (${el.clientWidth}px of ${el.scrollWidth}px)`
          : `text is cut off: it needs ${el.scrollWidth}px and has ${el.clientWidth}px`
      );
      continue;
    }
    // A box of text (a chip, a tag, a label) cut off, in part or whole, by a box around it that
    // cannot scroll: the 12-column comparison's header tags were (issue 12). Inline text wraps with
    // its paragraph, and a line-clamped paragraph shows its own ellipsis.
    if (s.display !== 'inline' && s.display !== 'contents') {
      const clamped = (() => {
        for (let a = el.parentElement; a; a = a.parentElement) {
          const v = getComputedStyle(a).webkitLineClamp;
          if (v !== 'none' && v !== '') return true;
        }
        return false;
      })();
      const cut = clamped ? null : clippedBy(el);
      if (cut) {
        add(
          'text-overflow',
          el,
          cut.seen === 0
            ? `hidden entirely by ${describe(cut.by)}, which cannot scroll`
            : `cut by the edge of ${describe(cut.by)}, which cannot scroll: ${Math.round((100 * cut.seen) / cut.of)}% of it shows`
        );
        continue;
      }
    }
    if (!clipsX) {
      // Text drawn past its own box (overflow visible): compare the text's extent with the box.
      const range = document.createRange();
      range.selectNodeContents(el);
      const t = range.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      if (t.width > 0 && (t.right > b.right + 2 || t.left < b.left - 2) && s.display !== 'inline' && s.display !== 'contents') {
        add('text-overflow', el, `its text runs ${Math.round(Math.max(t.right - b.right, b.left - t.left))}px past its box`);
      }
    }
  }

  // 4. What the view must show: some element matching each selector, its centre in sight.
  for (const selector of options.required) {
    const seen = [...document.querySelectorAll(selector)].some((el) => {
      const r = el.getBoundingClientRect();
      if (!shown(el) || r.width < 1 || r.height < 1) return false;
      const { box } = visibleBox(el);
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      return cx >= box.left && cx < box.right && cy >= box.top && cy < box.bottom && r.right <= vw + 1;
    });
    if (!seen) faults.push({ rule: 'missing', element: selector, detail: 'the view must show it whole, in sight' });
  }
  // 5. Elements shown whole or scrolled away entirely, never cut in part by the edge of what holds them.
  for (const selector of options.whole ?? []) {
    for (const el of document.querySelectorAll(selector)) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      const { box } = visibleBox(el);
      const seen = Math.min(r.right, box.right) - Math.max(r.left, box.left);
      if (seen > 1 && seen < r.width - 2) {
        add(
          'cut-off',
          el,
          `only ${Math.round(seen)} of its ${Math.round(r.width)}px show: the edge at ${Math.round(box.right)}px cuts it`
        );
      }
    }
  }
  return faults;
}

/** One line per fault, for an assertion message. */
export function formatFaults(view: string, faults: readonly LayoutFault[]): string {
  return faults.map((f) => `${view}: ${f.rule}: ${f.element}: ${f.detail}`).join('\n');
}
