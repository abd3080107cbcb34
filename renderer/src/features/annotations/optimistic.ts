import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Annotation, AnnotationChanges, AnnotationCreate } from '@shared/contract/annotationSchemas';

/** An `annotations:list` question and answer, as the query cache holds them. */
export type ListInput = ChannelInput<'annotations:list'>;
export type ListAnswer = ChannelOutput<'annotations:list'>;

/**
 * Filters whose members the window can tell without the engine: an article's or a story's own
 * annotations, by kind. A list filtered on anything else (words, tags, dates, the whole library)
 * gets a new annotation only from the engine, which knows the article's outlet and date.
 */
const KNOWN_FILTERS = new Set(['articleId', 'storyId', 'kinds']);

/** Whether `annotation` surely belongs in the first page of this list (so it may be shown before the engine says so). */
function belongs(input: ListInput, annotation: Annotation): boolean {
  const filter = input.filter ?? {};
  if ((input.offset ?? 0) !== 0) return false;
  if (!Object.keys(filter).every((key) => KNOWN_FILTERS.has(key))) return false;
  if (filter.articleId === undefined && filter.storyId === undefined) return false;
  if (filter.kinds && !filter.kinds.includes(annotation.kind)) return false;
  if (filter.articleId !== undefined && annotation.articleId !== filter.articleId) return false;
  // NB: a highlight's story is the engine's to say (its article's grouping); only a story's own notes are known here.
  if (filter.storyId !== undefined && !(annotation.kind === 'story-note' && annotation.storyId === filter.storyId)) return false;
  return true;
}

/** Whether `a` comes before `b` in the list's order (listAnnotations.ts's ORDER, newest first for times). */
function before(sort: ListInput['sort'], a: Annotation, b: Annotation): boolean {
  if (sort === 'position') {
    // article_id IS NULL, article_id, current_start (NULL first), id
    const keyA = [a.articleId === null ? 1 : 0, a.articleId ?? 0, a.current?.start ?? -1, a.id];
    const keyB = [b.articleId === null ? 1 : 0, b.articleId ?? 0, b.current?.start ?? -1, b.id];
    for (let i = 0; i < keyA.length; i++) if (keyA[i] !== keyB[i]) return (keyA[i] ?? 0) < (keyB[i] ?? 0);
    return false;
  }
  const field = sort === 'created' ? 'createdAt' : 'updatedAt';
  return a[field] > b[field] || (a[field] === b[field] && a.id > b.id);
}

/**
 * The list with `annotation` in it: in place of the one with its id, or inserted where the
 * engine would put it when it surely belongs there. The same list when nothing changes.
 */
export function withAnnotation(input: ListInput, list: ListAnswer, annotation: Annotation): ListAnswer {
  const at = list.items.findIndex((item) => item.id === annotation.id);
  if (at >= 0) {
    if (list.items[at] === annotation) return list;
    return { ...list, items: list.items.map((item, i) => (i === at ? annotation : item)) };
  }
  if (!belongs(input, annotation)) return list;
  const sort = input.sort ?? 'updated';
  let index = list.items.findIndex((item) => before(sort, annotation, item));
  if (index < 0) {
    // After the last one shown: on a later page, unless this page holds the whole list.
    if (list.total > list.items.length) return list;
    index = list.items.length;
  }
  return { total: list.total + 1, items: [...list.items.slice(0, index), annotation, ...list.items.slice(index)] };
}

/** The list without annotation `id`; the same list when it is not there. */
export function withoutAnnotation(list: ListAnswer, id: number): ListAnswer {
  if (!list.items.some((item) => item.id === id)) return list;
  return { total: Math.max(0, list.total - 1), items: list.items.filter((item) => item.id !== id) };
}

/** The list with `changes` made to annotation `id`, as the engine will make them; the same list when it is not there. */
export function withChanges(list: ListAnswer, id: number, changes: AnnotationChanges, now: string): ListAnswer {
  const item = list.items.find((a) => a.id === id);
  if (!item) return list;
  const changed: Annotation = {
    ...item,
    ...(changes.note !== undefined ? { note: changes.note } : {}),
    ...(changes.tags !== undefined ? { tags: changes.tags } : {}),
    ...(changes.colour !== undefined ? { colour: changes.colour } : {}),
    // A new extent is a fresh anchor on today's text (an orphan re-attached is placed again).
    ...(changes.range ? { current: changes.range, state: 'placed' as const, orphanReason: null } : {}),
    updatedAt: now
  };
  return { ...list, items: list.items.map((a) => (a.id === id ? changed : a)) };
}

/**
 * What `annotations:create` will answer, as far as the window can tell, shown until it does: the
 * highlight drawn on its words, the note in its list. `id` is negative, so it is never taken for
 * a stored one (nothing can be edited or deleted until the engine has given the real id).
 */
export function provisional(input: AnnotationCreate, id: number, now: string): Annotation {
  const range = input.kind === 'highlight' && input.start !== undefined && input.end !== undefined ? { start: input.start, end: input.end } : null;
  return {
    id,
    kind: input.kind,
    articleId: input.kind === 'highlight' || input.kind === 'article-note' ? input.articleId : null,
    storyId: input.kind === 'story-note' ? input.storyId : null,
    targetTitle: null,
    article: null,
    colour: input.colour ?? (input.kind === 'highlight' ? 1 : null),
    note: input.note ?? '',
    tags: input.tags ?? [],
    anchor: null,
    state: 'placed',
    orphanReason: null,
    current: range,
    originalExact: null,
    score: null,
    passage: null,
    passageKey: null,
    createdAt: now,
    updatedAt: now
  };
}
