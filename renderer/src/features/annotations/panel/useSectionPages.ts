import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../../../shared/contract/annotationSchemas';
import { useToast } from '../../../components/useToast';
import { annotationsApi } from '../useAnnotations';
import type { Section } from './sections';

/** Entries per `annotations:list` request: a few screens' worth. */
const PAGE_SIZE = 100;

/** The panel's entries as far as they have been loaded. */
export interface SectionPages {
  /** Entry `index` of section `section`, or undefined while its page loads. */
  getEntry(section: number, index: number): Annotation | undefined;
  /** Asks for the pages holding these entries (those not loaded or on their way). */
  ensure(entries: ReadonlyArray<{ section: number; index: number }>): void;
}

/**
 * Loads each group's entries page by page as the panel scrolls (like the library list): ten
 * thousand highlights cost the pages on screen. A new set of groups (`key`: the filter, the
 * grouping, a change) keeps the old rows until their fresh pages arrive.
 */
export function useSectionPages(sections: readonly Section[], key: string): SectionPages {
  const toast = useToast();
  const [pages, setPages] = useState<{ key: string; map: ReadonlyMap<string, readonly Annotation[]> }>({ key, map: new Map() });
  const requested = useRef(new Set<string>());
  const currentKey = useRef(key);
  const wanted = useRef<ReadonlyArray<{ section: number; index: number }>>([]);

  const fetchPage = useCallback(
    (section: number, page: number) => {
      const target = sections[section];
      if (!target) return;
      const id = `${target.key}:${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      annotationsApi.list({ filter: target.filter, sort: 'position', offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        ({ items }) => {
          if (currentKey.current !== key) return;
          setPages((previous) => ({
            key,
            map: new Map(previous.key === key ? previous.map : []).set(id, items)
          }));
        },
        (error: unknown) => {
          if (currentKey.current !== key) return;
          requested.current.delete(id);
          toast.showError(error);
        }
      );
    },
    [key, sections, toast]
  );

  const ensure = useCallback(
    (entries: ReadonlyArray<{ section: number; index: number }>) => {
      wanted.current = entries;
      for (const { section, index } of entries) fetchPage(section, Math.floor(index / PAGE_SIZE));
    },
    [fetchPage]
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    ensure(wanted.current);
  }, [key, ensure]);

  // The old rows stay until the first page for the new key arrives (no flash of an empty list).
  const getEntry = useCallback(
    (section: number, index: number) => {
      const target = sections[section];
      if (!target) return undefined;
      return pages.map.get(`${target.key}:${Math.floor(index / PAGE_SIZE)}`)?.[index % PAGE_SIZE];
    },
    [pages.map, sections]
  );

  return { getEntry, ensure };
}
