import { searchForm } from '@shared/text/unspaced';
import type { WritableDb } from './db/connection';

/**
 * The stored search form of an article (columns `search_title`, `search_body`, `search_outlet`,
 * migration 020): what the full-text index was given of each text, or `null` where that is the text
 * itself — every text without Chinese, Japanese or Thai, so nearly every article stores nothing.
 *
 * NB: stored, never recomputed when an article leaves the index. FTS5 removes an article only when
 * given exactly the words it indexed, and ICU's dictionary segmentation differs between versions
 * (the app's Electron and the CLI's Node carry different ones): a form computed again at delete
 * time by another runtime left stale words and a corrupt index. The index's view and triggers read
 * these columns (`COALESCE(search_body, body)`), so no SQL function is needed to delete or edit an
 * article, even from a bare `sqlite3` shell.
 */
export interface SearchForms {
  readonly title: string | null;
  readonly body: string | null;
  readonly outlet: string | null;
}

/**
 * One text's search form column: its search form, or `null` when that is the text unchanged.
 *
 * @example storedSearchForm('人民日报') // ' 人民  日报 '
 * @example storedSearchForm('Reuters') // null
 */
export function storedSearchForm(text: string | null): string | null {
  if (text === null) return null;
  const form = searchForm(text);
  // NB: searchForm returns the very string when the text has none of these scripts (the ~2 µs scan).
  return form === text ? null : form;
}

/**
 * The search form columns of an article's texts, computed once per write: the writer stores them
 * with the texts in the same statement (the update trigger reads `new.search_*`) and indexes them.
 *
 * @example searchForms({ title: 'Talks fail', body: '北京市政府', outlet: null }) // { title: null, body: ' 北京市  政府 ', outlet: null }
 */
export function searchForms(a: { readonly title: string; readonly body: string; readonly outlet: string | null }): SearchForms {
  return { title: storedSearchForm(a.title), body: storedSearchForm(a.body), outlet: storedSearchForm(a.outlet) };
}

/** The search form column of each text column an article writer may set. */
export const SEARCH_COLUMN = { title: 'search_title', body: 'search_body', outlet: 'search_outlet' } as const;

/**
 * Writes every article's search form as this runtime computes it, where the stored one differs: a
 * recovered library, whose rows may come from a library older than migration 020 (without the
 * columns). The caller rebuilds the full-text index afterwards, so the index holds the forms now
 * stored (recovery's repair does: its index starts empty). Returns how many articles were changed.
 *
 * NB: these updates set only `search_*`, which fires no index trigger (they watch title, body and
 * outlet): nothing is removed from the index here.
 */
export function refillSearchForms(db: WritableDb): number {
  const rows = db
    .prepare('SELECT id, title, body, outlet, search_title, search_body, search_outlet FROM articles')
    .iterate() as Iterable<{
    id: number;
    title: string;
    body: string;
    outlet: string | null;
    search_title: string | null;
    search_body: string | null;
    search_outlet: string | null;
  }>;
  const changed: Array<{ id: number; forms: SearchForms }> = [];
  // NB: collected first: better-sqlite3 runs no update while a query is being read. Only the few
  // articles with such scripts (or a stale form) are held.
  for (const r of rows) {
    const forms = searchForms(r);
    if (forms.title !== r.search_title || forms.body !== r.search_body || forms.outlet !== r.search_outlet) {
      changed.push({ id: r.id, forms });
    }
  }
  const update = db.prepare('UPDATE articles SET search_title = ?, search_body = ?, search_outlet = ? WHERE id = ?');
  db.transaction(() => {
    for (const c of changed) update.run(c.forms.title, c.forms.body, c.forms.outlet, c.id);
  })();
  return changed.length;
}
