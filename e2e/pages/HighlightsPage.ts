import { expect, type Locator, type Page } from '@playwright/test';

/** Highlighting in the reader and the comparison columns, as a user does it (page object). */
export class HighlightsPage {
  readonly toolbar: Locator;
  readonly popover: Locator;
  readonly chooser: Locator;
  readonly noteInput: Locator;
  readonly tagInput: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('highlight-toolbar');
    this.popover = page.getByTestId('highlight-popover');
    this.chooser = page.getByTestId('highlight-chooser');
    this.noteInput = page.getByTestId('highlight-note-input');
    this.tagInput = page.getByTestId('highlight-tag-input');
  }

  /** Highlighted runs inside `scope` (each carries `data-hl-ids` and `data-colour`). */
  runs(scope: Locator): Locator {
    return scope.getByTestId('highlight');
  }

  /** The words of `scope`'s highlights, run after run, as one string per highlight id. */
  async highlightedText(scope: Locator): Promise<Map<string, string>> {
    const pairs = await this.runs(scope).evaluateAll((elements) =>
      elements.map((e) => [e.getAttribute('data-hl-ids') ?? '', e.textContent ?? ''] as const)
    );
    const out = new Map<string, string>();
    for (const [ids, text] of pairs) for (const id of ids.split(' ')) out.set(id, (out.get(id) ?? '') + text);
    return out;
  }

  /**
   * Selects `text` (its first occurrence in `scope`'s visible text) by dragging the mouse from its
   * first character to its last, as a user does.
   *
   * NB: the page can still be moving when the text is measured (a highlight just made adds the
   * colour legend above the text, a list reload re-renders): a user drags where the words are
   * now, so when the selection is not the words, measure and drag again (the caller's checks
   * then see whatever the last drag selected).
   */
  async dragSelect(scope: Locator, text: string): Promise<void> {
    const wanted = text.replace(/\s+/g, ' ').trim();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await this.dragSelectOnce(scope, text);
      const selected = await this.page.evaluate(() => window.getSelection()?.toString() ?? '');
      if (selected.replace(/\s+/g, ' ').trim() === wanted) return;
    }
  }

  private async dragSelectOnce(scope: Locator, text: string): Promise<void> {
    const box = await scope.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not on screen`);
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const rectOf = (offset: number) => {
        const [node, i] = locate(offset);
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return range.getBoundingClientRect();
      };
      rectOf(at);
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, text);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Selects `text` with the mouse and highlights it in a colour from the toolbar. */
  async highlightWithMouse(scope: Locator, text: string, colour: number): Promise<void> {
    await this.dragSelect(scope, text);
    await expect(this.toolbar).toBeVisible();
    await this.page.getByTestId(`highlight-colour-${colour}`).click();
    await expect(this.toolbar).toBeHidden();
  }

  /** Opens the popover of the highlight drawn over `text` (clicks its first run). */
  async openHighlight(scope: Locator, text: string): Promise<void> {
    await this.runs(scope).filter({ hasText: text }).first().click();
    await expect(this.popover).toBeVisible();
  }

  /** Types a note into the open popover and leaves the field (which saves it). */
  async writeNote(note: string): Promise<void> {
    await this.noteInput.fill(note);
    await this.noteInput.press('ControlOrMeta+Enter');
  }

  async addTag(tag: string): Promise<void> {
    await this.tagInput.fill(tag);
    await this.tagInput.press('Enter');
  }

  async closePopover(): Promise<void> {
    await this.page.getByTestId('highlight-close').click();
    await expect(this.popover).toBeHidden();
  }
}
