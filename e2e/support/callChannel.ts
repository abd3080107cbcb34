import type { Page } from '@playwright/test';

/** What a channel answers over HTTP. */
type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/**
 * Calls a channel of the app `page` shows over HTTP, with the page's session token, as the window
 * does; answers the channel's value and throws the error's message. For a test to seed data or read
 * what the engine holds (what a restart or the CLI would see), not what the window shows.
 */
export async function callChannel<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ channel, input }) => {
      const token = new URLSearchParams(window.location.search).get('token') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
        body: JSON.stringify(input)
      });
      return (await response.json()) as unknown;
    },
    { channel, input }
  );
  const result = answer as Answer<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A highlight as `annotations:list` answers it: the fields the highlight specs check. */
export interface StoredHighlight {
  id: number;
  colour: number;
  note: string;
  tags: string[];
  /** `placed`, `moved`, `changed` or `orphan` (shared/contract/annotationSchemas.ts, AnchorState). */
  state: string;
  /** Where it stands in the article's text now; null for an orphan. */
  current: { start: number; end: number } | null;
  anchor: { quote: { exact: string } };
}

/** The highlights the engine holds, in text order (`position`) or newest first (`created`). */
export async function listStoredHighlights(page: Page, sort: 'position' | 'created'): Promise<StoredHighlight[]> {
  const list = await callChannel<{ items: StoredHighlight[] }>(page, 'annotations:list', {
    filter: { kinds: ['highlight'] },
    sort
  });
  return list.items;
}
