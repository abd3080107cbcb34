import type { Locator, Page } from '@playwright/test';
import { callChannel } from '../support/callChannel';

/** The notes panel and the settings dialog, as a user sees them, plus the HTTP API the tests seed data with. */
export class NotesPanelPage {
  readonly panel: Locator;
  readonly entries: Locator;
  readonly search: Locator;
  readonly total: Locator;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('notes-panel');
    this.entries = this.panel.getByTestId('notes-entry');
    this.search = page.getByTestId('notes-search');
    this.total = page.getByTestId('notes-total');
    this.legend = this.panel.getByTestId('colour-legend');
  }

  /** Opens the panel from the top bar. */
  async open(): Promise<void> {
    await this.page.getByTestId('notes-button').click();
    await this.panel.waitFor();
  }

  /** The entry showing this quote (or note). */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  /** Calls a channel of the running app over HTTP, with the page's session token; throws the error's message. */
  async api<T>(channel: string, input: unknown): Promise<T> {
    return callChannel<T>(this.page, channel, input);
  }

  /** The library's articles: id and title. */
  async articles(): Promise<Array<{ id: number; title: string; outlet: string | null }>> {
    const list = await this.api<{ items: Array<{ id: number; title: string; outlet: string | null }> }>('articles:list', { limit: 50 });
    return list.items;
  }

  /** Makes a highlight on the first appearance of `quote` in an article. */
  async highlight(articleId: number, quote: string, extra: { colour?: number; note?: string; tags?: string[] } = {}): Promise<{ id: number }> {
    return this.api('annotations:create', { kind: 'highlight', articleId, quote, ...extra });
  }
}
