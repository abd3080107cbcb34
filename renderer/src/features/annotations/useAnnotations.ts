import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/channels';
import type {
  Annotation,
  AnnotationChanges,
  AnnotationCounts,
  AnnotationCreate,
  AnnotationFilter,
  ColourMeaning
} from '../../../../shared/contract/annotationSchemas';
import { useToast } from '../../components/useToast';
import { call, onEvent } from '../../lib/api';

/**
 * One counter for every annotation list on screen: bumped by each write made through
 * {@link annotationsApi} (or announced with {@link notifyAnnotationsChanged}) and by the engine's
 * `library:changed` {reason: 'annotations'} (re-anchoring after an import). Lists reload when it moves.
 */
let changes = 0;
const listeners = new Set<() => void>();

/** Tells every annotation list that annotations changed (a write made outside {@link annotationsApi}). */
export function notifyAnnotationsChanged(): void {
  changes += 1;
  for (const listener of listeners) listener();
}

let engineSubscribed = false;
function subscribe(listener: () => void): () => void {
  // NB: one subscription for the page's lifetime, made on first use (not at import: tests of pure
  // modules import this file without a host to listen to).
  if (!engineSubscribed) {
    engineSubscribed = true;
    onEvent('library:changed', (event) => {
      if (event.reason === 'annotations') notifyAnnotationsChanged();
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The annotations' change counter: a dependency that makes a data hook reload. */
export function useAnnotationsVersion(): number {
  return useSyncExternalStore(subscribe, () => changes);
}

async function write<T>(run: Promise<T>): Promise<T> {
  const value = await run;
  notifyAnnotationsChanged();
  return value;
}

/**
 * The `annotations:*` channels for the UI. Writes refresh every list on screen; they throw an
 * `ApiError` with the engine's sentence on failure (show it with `toast.showError`).
 */
export const annotationsApi = {
  create: (input: AnnotationCreate): Promise<Annotation> => write(call('annotations:create', input)),
  update: (id: number, changes: AnnotationChanges): Promise<Annotation> => write(call('annotations:update', { id, changes })),
  /** Answers with the annotation as it was: give it to {@link annotationsApi.restore} to undo. */
  remove: async (id: number): Promise<Annotation> => (await write(call('annotations:delete', { id }))).deleted,
  restore: (annotation: Annotation): Promise<Annotation> => write(call('annotations:restore', { annotation })),
  get: (id: number): Promise<Annotation> => call('annotations:get', { id }),
  list: (input: ChannelInput<'annotations:list'>): Promise<ChannelOutput<'annotations:list'>> => call('annotations:list', input),
  counts: (filter: AnnotationFilter): Promise<AnnotationCounts> => call('annotations:counts', { filter }),
  tags: async (prefix = '', limit = 50): Promise<ChannelOutput<'annotations:tags'>['tags']> =>
    (await call('annotations:tags', { prefix, limit })).tags,
  colours: async (): Promise<ColourMeaning[]> => (await call('annotations:colours:get', {})).colours,
  /** Renames colours; every {@link useColourMeanings} on screen shows the answer (all six) at once. */
  setColours: async (colours: ColourMeaning[]): Promise<ColourMeaning[]> => {
    const all = (await call('annotations:colours:set', { colours })).colours;
    setColourStore(all);
    notifyAnnotationsChanged();
    return all;
  }
};

/**
 * The colours' meanings, held once for the page: the legends, the toolbar, the popover, the
 * chooser, the panel and Settings all read this one copy, so a rename shows everywhere in the same
 * render (they each held their own copy, reloaded on their own schedule, and some kept the old
 * name until the next reload).
 */
let colourStore: readonly ColourMeaning[] | undefined;
let colourLoad: Promise<readonly ColourMeaning[]> | null = null;
const colourListeners = new Set<() => void>();

function setColourStore(colours: readonly ColourMeaning[]): void {
  colourStore = colours;
  for (const listener of colourListeners) listener();
}

function subscribeColours(listener: () => void): () => void {
  colourListeners.add(listener);
  return () => colourListeners.delete(listener);
}

/** Loads the meanings once for every hook that asks at the same time. */
function loadColours(): Promise<readonly ColourMeaning[]> {
  colourLoad ??= annotationsApi.colours().then(
    (colours) => {
      colourLoad = null;
      setColourStore(colours);
      return colours;
    },
    (error: unknown) => {
      colourLoad = null;
      throw error;
    }
  );
  return colourLoad;
}

/** A loaded value (undefined until the first answer) and whether a reload is on its way. */
export interface Loaded<T> {
  readonly value: T | undefined;
  readonly loading: boolean;
}

/**
 * Runs `load` whenever `key` or the annotations change, keeping the last value on screen while the
 * next one loads (lists never flash empty). Failures are shown as a toast.
 */
function useAnnotationQuery<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const toast = useToast();
  const version = useAnnotationsVersion();
  const [state, setState] = useState<{ value: T | undefined; loadedKey: string | null }>({ value: undefined, loadedKey: null });
  const wanted = `${key}#${version}`;
  // `load` is rebuilt on every render from the inputs `key` stands for: run the latest one when `key` changes.
  const run = useEffectEvent(load);
  useEffect(() => {
    let current = true;
    run().then(
      (value) => {
        if (current) setState({ value, loadedKey: wanted });
      },
      (error: unknown) => {
        if (current) toast.showError(error);
      }
    );
    return () => {
      current = false;
    };
  }, [wanted, toast]);
  return { value: state.value, loading: state.loadedKey !== wanted };
}

/** Annotations matching a filter, one page of them (`annotations:list`), reloaded on every change. */
export function useAnnotationList(
  filter: AnnotationFilter,
  options: { sort?: 'position' | 'created' | 'updated'; offset?: number; limit?: number } = {}
): Loaded<ChannelOutput<'annotations:list'>> {
  const input = { filter, sort: options.sort ?? 'updated', offset: options.offset ?? 0, limit: options.limit ?? 200 };
  return useAnnotationQuery(JSON.stringify(input), () => call('annotations:list', input));
}

/** An article's annotations (highlights, its notes, passage notes it is part of), in reading order; none while no article is open. */
export function useArticleAnnotations(articleId: number | null): Loaded<ChannelOutput<'annotations:list'>> {
  const input = { filter: { articleId: articleId ?? 0 }, sort: 'position' as const, offset: 0, limit: 1000 };
  return useAnnotationQuery(JSON.stringify(input), () =>
    articleId === null ? Promise.resolve({ total: 0, items: [] }) : call('annotations:list', input)
  );
}

/** Counts by colour, tag and state over the annotations matching a filter (`annotations:counts`). */
export function useAnnotationCounts(filter: AnnotationFilter): Loaded<AnnotationCounts> {
  return useAnnotationQuery(JSON.stringify(filter), () => call('annotations:counts', { filter }));
}

/** Tags in use, most used first (for filters and autocomplete). */
export function useAnnotationTags(prefix = ''): Loaded<ChannelOutput<'annotations:tags'>['tags']> {
  return useAnnotationQuery(`tags:${prefix}`, () => annotationsApi.tags(prefix, 200));
}

const NO_COLOURS: readonly ColourMeaning[] = [];

/**
 * The six colours' meanings, colour 1 first (none until the first answer): one copy for the page,
 * replaced by a rename's answer at once and reloaded when the engine says annotations changed.
 */
export function useColourMeanings(): readonly ColourMeaning[] {
  const toast = useToast();
  const version = useAnnotationsVersion();
  const colours = useSyncExternalStore(subscribeColours, () => colourStore);
  useEffect(() => {
    loadColours().catch((error: unknown) => toast.showError(error));
  }, [version, toast]);
  return colours ?? NO_COLOURS;
}
