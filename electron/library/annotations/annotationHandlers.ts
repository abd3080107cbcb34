import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';
import type { ReadableDb } from '../db/connection';
import { requireWritable } from '../db/readOnly';
import { createAnnotation, deleteAnnotation, restoreAnnotation, updateAnnotation } from './annotationStore';
import { getColourMeanings, setColourMeanings } from './colours';
import { countAnnotations, listAnnotations, listTags } from './listAnnotations';
import { getAnnotation } from './rows';

// `annotations:import` reads an export back in; its handler is export's (electron/library/export/exportHandlers.ts).
type AnnotationChannel = Exclude<Extract<keyof Handlers, `annotations:${string}`>, 'annotations:import'>;

/**
 * The handlers of the `annotations:*` channels over one library. The desktop app, browser mode and
 * `crosscheck annotate` all call these through `dispatch`, so each validates the same way. Every
 * write is its own durable transaction, answered after it commits.
 *
 * @param reader where the lists, counts, tags, colours and single annotations are read: the
 *   engine's read-only connection (issue 14). WAL: it sees every committed write, so the notes
 *   panel asked again after a save shows the save.
 * @param db the library's connection, where writes go, each narrowed by `requireWritable` (a
 *   library open read-only refuses them); left out, `reader` (one connection: the CLI, tests).
 */
export function annotationHandlers(reader: ReadableDb, db: ReadableDb = reader): Pick<Handlers, AnnotationChannel> {
  return {
    'annotations:create': (input) => createAnnotation(requireWritable(db), input),
    'annotations:get': ({ id }) => {
      const annotation = getAnnotation(reader, id);
      if (!annotation) throw new AppFailure('not-found', `Annotation ${id} does not exist (it may have been deleted).`);
      return annotation;
    },
    'annotations:update': ({ id, changes }) => updateAnnotation(requireWritable(db), id, changes),
    'annotations:delete': ({ id }) => ({ deleted: deleteAnnotation(requireWritable(db), id) }),
    'annotations:restore': ({ annotation }) => restoreAnnotation(requireWritable(db), annotation),
    'annotations:list': (input) => listAnnotations(reader, input),
    'annotations:counts': ({ filter }) => countAnnotations(reader, filter),
    'annotations:tags': ({ prefix, limit }) => ({ tags: listTags(reader, prefix, limit) }),
    'annotations:colours:get': () => ({ colours: getColourMeanings(reader) }),
    'annotations:colours:set': ({ colours }) => ({ colours: setColourMeanings(requireWritable(db), colours) })
  };
}
