import type { SortKey } from '@shared/contract/schemas';

/** A column of the library list. */
export interface Column {
  readonly key: SortKey;
  readonly label: string;
  readonly align: 'start' | 'end';
}

/** The library list's columns, in order; their widths live in library.css (`--library-columns`). */
export const COLUMNS: readonly Column[] = [
  { key: 'title', label: 'Title', align: 'start' },
  { key: 'outlet', label: 'Outlet', align: 'start' },
  { key: 'publishedAt', label: 'Date', align: 'start' },
  { key: 'wordCount', label: 'Words', align: 'end' }
];
