import type { Annotation, AnnotationChanges, AnnotationCreate, ColourMeaning } from '@shared/contract/annotationSchemas';
import type { PatchFn, QueryClient } from '../../lib/query/queryClient';
import type { QueryChannel } from '../../lib/query/topics';
import { provisional, withAnnotation, withChanges, withoutAnnotation, type ListAnswer, type ListInput } from './optimistic';

/**
 * The `annotations:*` writes for the UI. Each shows at once in every annotation list on screen
 * (the highlight drawn, the note listed or gone) and then refreshes them from the engine; a write
 * the engine refuses is taken back from the screen, and its promise rejects with an `ApiError`
 * carrying the engine's sentence (show it with `toast.showError`).
 */
export interface AnnotationWrites {
  create(input: AnnotationCreate): Promise<Annotation>;
  update(id: number, changes: AnnotationChanges): Promise<Annotation>;
  /** Answers with the annotation as it was: give it to {@link AnnotationWrites.restore} to undo. */
  remove(id: number): Promise<Annotation>;
  restore(annotation: Annotation): Promise<Annotation>;
  /**
   * The id the engine gave the annotation shown under the provisional (negative) id `id` while its
   * create was on its way; null when that create failed, or no create of this window showed `id`.
   * A click on a highlight still being saved waits here, so it opens the stored highlight.
   */
  storedId(id: number): Promise<number | null>;
  /** Renames colours; every legend on screen shows the answer (all six) at once. */
  setColours(colours: ColourMeaning[]): Promise<ColourMeaning[]>;
  /** Annotations were written some other way (an import of a W3C file): refresh what shows them. */
  changed(): void;
}

/** The lists a write is shown in before the engine answers. */
const LISTS: readonly QueryChannel[] = ['annotations:list'];

/** Ids of annotations shown before the engine has given theirs: negative, never a stored id. */
let provisionalId = 0;

/**
 * Each provisional id's stored id, as its create answers (null: it failed). Kept for the session:
 * the screen can still show a provisional id after the answer (until React draws the list again),
 * and one number per highlight made is nothing to keep.
 */
const storedIds = new Map<number, Promise<number | null>>();

/** A list patch made from a function of one list answer. */
function onLists(change: (input: ListInput, list: ListAnswer) => ListAnswer): PatchFn {
  return (_channel, input, value) => change(input as ListInput, value as ListAnswer);
}

/**
 * {@link AnnotationWrites} over a query cache and its engine (the window's, through
 * `useAnnotationWrites`; a fake engine in tests). `now` stamps the provisional times.
 */
export function annotationWrites(client: QueryClient, now: () => string = () => new Date().toISOString()): AnnotationWrites {
  const send = client.send.bind(client);
  /**
   * Runs a write shown at once by `guess`: when it succeeds, `made` (built from the answer)
   * replaces the guess until the lists are fetched again; when it fails, the guess goes.
   */
  async function optimistic<T>(guess: PatchFn, write: Promise<T>, made: (answer: T) => PatchFn): Promise<T> {
    const patch = client.patch(LISTS, guess);
    let answer: T;
    try {
      answer = await write;
    } catch (error) {
      patch.rollback();
      throw error;
    }
    patch.settle(made(answer));
    client.invalidate(['annotations']);
    return answer;
  }

  const upsert = (annotation: Annotation) => onLists((input, list) => withAnnotation(input, list, annotation));

  return {
    create: (input) => {
      const guess = provisional(input, --provisionalId, now());
      const made = optimistic(upsert(guess), send('annotations:create', input), upsert);
      storedIds.set(
        guess.id,
        made.then(
          (annotation) => annotation.id,
          () => null
        )
      );
      return made;
    },
    update: (id, changes) => {
      const at = now();
      return optimistic(
        onLists((_input, list) => withChanges(list, id, changes, at)),
        send('annotations:update', { id, changes }),
        upsert
      );
    },
    remove: async (id) => {
      const gone = onLists((_input, list) => withoutAnnotation(list, id));
      return (await optimistic(gone, send('annotations:delete', { id }), () => gone)).deleted;
    },
    restore: (annotation) => optimistic(upsert(annotation), send('annotations:restore', { annotation }), upsert),
    storedId: (id) => storedIds.get(id) ?? Promise.resolve(null),
    setColours: async (colours) => {
      const all = (await send('annotations:colours:set', { colours })).colours;
      client.setData('annotations:colours:get', {}, { colours: all });
      return all;
    },
    changed: () => client.invalidate(['annotations'])
  };
}
