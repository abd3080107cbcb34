import { useCallback, useMemo, useState } from 'react';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { useQueries, type QuerySlot } from '../../../lib/query/useQuery';
import type { Section } from './sections';

/** Entries per `annotations:list` request: a few screens' worth. */
const PAGE_SIZE = 100;

/** The panel's entries as far as they have been loaded. */
export interface SectionPages {
  /** Entry `index` of section `section`, or undefined while its page loads. */
  getEntry(section: number, index: number): Annotation | undefined;
  /** Asks for the pages holding these entries (the rows on screen). */
  ensure(entries: ReadonlyArray<{ section: number; index: number }>): void;
}

/**
 * Loads each group's entries page by page as the panel scrolls (like the library list), through
 * the query layer: ten thousand highlights cost the pages on screen, a page scrolled back to comes
 * from the cache, and a change to the annotations fetches the pages on screen again. A new filter
 * or grouping keeps each page's old rows until its fresh ones arrive (no flash of an empty list).
 */
export function useSectionPages(sections: readonly Section[]): SectionPages {
  // The pages on screen, as `section:page` (section by its place in `sections`).
  const [wanted, setWanted] = useState<readonly string[]>([]);

  const slots = useMemo(
    () =>
      wanted.flatMap((id): Array<QuerySlot<'annotations:list'>> => {
        const [section = 0, page = 0] = id.split(':').map(Number);
        const target = sections[section];
        if (!target) return [];
        return [
          {
            slot: `${section}:${page}`,
            input: { filter: target.filter, sort: 'position', offset: page * PAGE_SIZE, limit: PAGE_SIZE }
          }
        ];
      }),
    [wanted, sections]
  );
  const pages = useQueries('annotations:list', slots);

  const ensure = useCallback((entries: ReadonlyArray<{ section: number; index: number }>) => {
    const next = [...new Set(entries.map(({ section, index }) => `${section}:${Math.floor(index / PAGE_SIZE)}`))];
    setWanted((previous) => (previous.join(',') === next.join(',') ? previous : next));
  }, []);

  const getEntry = useCallback(
    (section: number, index: number) => pages.get(`${section}:${Math.floor(index / PAGE_SIZE)}`)?.value?.items[index % PAGE_SIZE],
    [pages]
  );

  return { getEntry, ensure };
}
