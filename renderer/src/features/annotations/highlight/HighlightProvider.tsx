import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Annotation, AnnotationChanges } from '@shared/contract/annotationSchemas';
import { useToast } from '../../../components/useToast';
import { call } from '../../../lib/api';
import { useAnnotationWrites, useColourMeanings } from '../useAnnotations';
import { HighlightContext, type HighlightApi, type HighlightTarget, type Retarget } from './highlightContext';
import { CHANGED_ELSEWHERE, changedSince, EVERY_FIELD, fieldsOf, type HighlightField } from './changedElsewhere';
import { revertOf } from './revertChanges';
import { type UndoEntry, UndoStack } from './undoStack';

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * Owns what every highlighting surface shares: the colours' meanings, one undo stack for every
 * annotation action of the session (Ctrl/⌘+Z, Shift+Ctrl/⌘+Z anywhere but in a text field), and
 * the requests to open an article at a highlight or to re-attach one. Every write shows at once
 * (useAnnotationWrites) and is taken back, with the engine's sentence, when it fails.
 * `onOpenArticle` opens an article in the reader (App's).
 */
export function HighlightProvider({
  onOpenArticle,
  children
}: {
  onOpenArticle: (articleId: number) => void;
  children: ReactNode;
}) {
  const toast = useToast();
  const colours = useColourMeanings();
  const annotationsApi = useAnnotationWrites();
  const [target, setTarget] = useState<HighlightTarget | null>(null);
  const [retarget, setRetarget] = useState<Retarget | null>(null);
  const undoStack = useMemo(() => new UndoStack(), []);
  const keyRef = useRef(0);
  // Writes go through the query layer, which refreshes every annotation list on screen (the notes panel too).
  // NB: a restore can answer another id than it was given (the old one taken meanwhile by a note
  // made in another window or the CLI: annotationStore.restoreAnnotation), so each undo step keeps
  // the id it last wrote and the next step acts on that one, never on the other note.
  const restore = useCallback((annotation: Annotation) => annotationsApi.restore(annotation), [annotationsApi]);
  // NB: a step writes over the stored highlight, so it first checks that no other window changed
  // what it would write over since this window's last write (changedElsewhere.ts says why).
  const unchanged = useCallback(async (mine: Annotation, fields: readonly HighlightField[]) => {
    const now = await call('annotations:get', { id: mine.id });
    if (changedSince(mine, now, fields)) throw new Error(CHANGED_ELSEWHERE);
  }, []);

  // Every action goes on the undo stack as it is made, with its write (undoStack.ts says why); its
  // steps run once the write is saved, so they read its answer. A failed write shows the engine's sentence.
  const answered = useCallback(
    async <T,>(write: Promise<T>): Promise<T | null> => {
      try {
        return await write;
      } catch (error) {
        toast.showError(error);
        return null;
      }
    },
    [toast]
  );

  const create = useCallback(
    (articleId: number, start: number, end: number, colour: number, exact?: string) => {
      const write = annotationsApi.create({ kind: 'highlight', articleId, start, end, colour, ...(exact ? { exact } : {}) });
      let live: Annotation | null = null;
      undoStack.push(
        {
          label: 'Highlight made',
          undo: async () => {
            const mine = live ?? (await write);
            await unchanged(mine, EVERY_FIELD);
            await annotationsApi.remove(mine.id);
          },
          redo: async () => {
            const made = await write;
            live = await restore({ ...made, id: (live ?? made).id });
          }
        },
        write
      );
      return answered(write);
    },
    [annotationsApi, answered, restore, undoStack, unchanged]
  );

  const update = useCallback(
    (before: Annotation, changes: AnnotationChanges, label: string) => {
      const write = annotationsApi.update(before.id, changes);
      // NB: undo puts back only what this change changed. `before` is the popover's copy, which
      // can still lack a note saved a moment earlier: restoring all of it made undoing a recolour
      // wipe that note. A new extent moves the anchor and its state too, so it restores whole.
      const back = revertOf(before, changes);
      undoStack.push(
        back
          ? {
              label,
              undo: async () => {
                await unchanged(await write, fieldsOf(changes));
                await annotationsApi.update(before.id, back);
              },
              redo: async () => {
                await unchanged({ ...(await write), ...back }, fieldsOf(changes));
                await annotationsApi.update(before.id, changes);
              }
            }
          : restoringSteps(label, before, write, restore, unchanged),
        write
      );
      return answered(write);
    },
    [annotationsApi, answered, restore, undoStack, unchanged]
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      const write = annotationsApi.remove(annotation.id);
      let live: Annotation | null = null;
      undoStack.push(
        {
          label: 'Highlight deleted',
          undo: async () => {
            const deleted = await write;
            live = await restore({ ...deleted, id: (live ?? deleted).id });
          },
          redo: async () => {
            const mine = live ?? (await write);
            await unchanged(mine, EVERY_FIELD);
            await annotationsApi.remove(mine.id);
          }
        },
        write
      );
      await answered(write);
    },
    [annotationsApi, answered, restore, undoStack, unchanged]
  );

  const openArticleAt = useCallback(
    (articleId: number, annotationId: number) => {
      onOpenArticle(articleId);
      keyRef.current += 1;
      setTarget({ articleId, annotationId, key: keyRef.current });
    },
    [onOpenArticle]
  );

  const startReattach = useCallback(
    (annotationId: number) => {
      call('annotations:get', { id: annotationId }).then((annotation) => {
        if (annotation.articleId === null) {
          toast.showMessage('The article of this highlight was deleted, so there is no text to attach it to.');
          return;
        }
        onOpenArticle(annotation.articleId);
        setRetarget({ annotation, mode: 'reattach' });
      }, toast.showError);
    },
    [onOpenArticle, toast]
  );

  const startAdjust = useCallback((annotation: Annotation) => setRetarget({ annotation, mode: 'adjust' }), []);
  const cancelRetarget = useCallback(() => setRetarget(null), []);
  const finishRetarget = useCallback(
    async (start: number, end: number, exact?: string) => {
      if (!retarget) return;
      const label = retarget.mode === 'reattach' ? 'Highlight re-attached' : 'Highlight resized';
      const after = await update(retarget.annotation, { range: { start, end }, ...(exact ? { exact } : {}) }, label);
      if (after) setRetarget(null);
    },
    [retarget, update]
  );

  // Undo and redo from anywhere but a text field (where Ctrl+Z undoes typing).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof Element && event.target.closest(EDITABLE)) return;
      event.preventDefault();
      const run = event.shiftKey ? undoStack.redo() : undoStack.undo();
      run.then((done) => {
        if (!done) toast.showMessage(event.shiftKey ? 'Nothing to redo.' : 'Nothing to undo.');
      }, toast.showError);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toast, undoStack]);

  const api: HighlightApi = useMemo(
    () => ({
      colours,
      undoStack,
      create,
      update,
      remove,
      storedId: annotationsApi.storedId,
      openArticleAt,
      target,
      startReattach,
      startAdjust,
      retarget,
      finishRetarget,
      cancelRetarget
    }),
    [
      colours,
      undoStack,
      create,
      update,
      remove,
      annotationsApi,
      openArticleAt,
      target,
      startReattach,
      startAdjust,
      retarget,
      finishRetarget,
      cancelRetarget
    ]
  );
  return <HighlightContext.Provider value={api}>{children}</HighlightContext.Provider>;
}

/** Re-renders when what can be undone changes (for Undo/Redo buttons). */
export function useUndoState(stack: UndoStack): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useSyncExternalStore(
    (listener) => stack.subscribe(listener),
    () => stack.canUndo
  );
  const canRedo = useSyncExternalStore(
    (listener) => stack.subscribe(listener),
    () => stack.canRedo
  );
  return { canUndo, canRedo };
}

/**
 * The undo and redo of a change undone by restoring the whole annotation (a new extent): each puts
 * back `before` or the change's answer (`after`, read once it is saved) under the id the last
 * restore answered (see `restore` above).
 */
function restoringSteps(
  label: string,
  before: Annotation,
  after: Promise<Annotation>,
  restore: (annotation: Annotation) => Promise<Annotation>,
  unchanged: (mine: Annotation, fields: readonly HighlightField[]) => Promise<void>
): UndoEntry {
  let live: Annotation | null = null;
  return {
    label,
    undo: async () => {
      const mine = live ?? (await after);
      await unchanged(mine, EVERY_FIELD);
      live = await restore({ ...before, id: mine.id });
    },
    redo: async () => {
      const changed = await after;
      if (live !== null) await unchanged(live, EVERY_FIELD);
      live = await restore({ ...changed, id: (live ?? changed).id });
    }
  };
}
