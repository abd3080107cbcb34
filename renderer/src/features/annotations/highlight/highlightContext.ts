import { createContext, useContext } from 'react';
import type { Annotation, AnnotationChanges, ColourMeaning } from '@shared/contract/annotationSchemas';
import type { UndoStack } from './undoStack';

/** Where the user asked to go: an article, scrolled to one highlight, which flashes. */
export interface HighlightTarget {
  readonly articleId: number;
  readonly annotationId: number;
  /** Changes on every request, so asking twice for the same highlight flashes it twice. */
  readonly key: number;
}

/** A highlight waiting for new text: an orphan to re-attach, or a highlight whose extent is being adjusted. */
export interface Retarget {
  readonly annotation: Annotation;
  readonly mode: 'reattach' | 'adjust';
}

/**
 * The highlighting shared by the reader and the comparison columns, and the small API the notes
 * panel calls: {@link HighlightApi.openArticleAt} and {@link HighlightApi.startReattach}.
 */
export interface HighlightApi {
  /** The six colours' meanings (Claim, Quote…), colour 1 first. */
  readonly colours: readonly ColourMeaning[];
  readonly undoStack: UndoStack;
  /**
   * Makes a highlight on `[start, end)` of an article's body; `exact` is the text shown there, so
   * the engine finds the words again (or refuses) when the body changed since it was loaded.
   */
  create: (articleId: number, start: number, end: number, colour: number, exact?: string) => Promise<Annotation | null>;
  /** Changes a highlight (note, tags, colour, range), undoably. */
  update: (before: Annotation, changes: AnnotationChanges, label: string) => Promise<Annotation | null>;
  /** Deletes an annotation, undoably (`annotations:restore` brings it back). */
  remove: (annotation: Annotation) => Promise<void>;
  /**
   * The stored id of a highlight drawn under a provisional (negative) id while it is being saved,
   * once the engine has given it; null when the save failed.
   */
  storedId: (id: number) => Promise<number | null>;
  /** Opens an article in the reader scrolled to one of its highlights, which flashes. */
  openArticleAt: (articleId: number, annotationId: number) => void;
  readonly target: HighlightTarget | null;
  /** Opens the article of an orphan (or any highlight) and waits for the user to select its new text. */
  startReattach: (annotationId: number) => void;
  /** Starts changing a highlight's extent in place. */
  startAdjust: (annotation: Annotation) => void;
  readonly retarget: Retarget | null;
  /** Gives the waiting highlight its new range (and ends the mode); `exact` as for `create`. */
  finishRetarget: (start: number, end: number, exact?: string) => Promise<void>;
  cancelRetarget: () => void;
}

/** Provided by `HighlightProvider` (App); null outside it, where nothing can be highlighted. */
export const HighlightContext = createContext<HighlightApi | null>(null);

/** The highlighting API, or null outside the provider. */
export function useHighlightApi(): HighlightApi | null {
  return useContext(HighlightContext);
}

/** Colour `n`'s meaning (`Claim`), or `Colour n` before the meanings load. */
export function colourLabel(colours: readonly ColourMeaning[], colour: number | null): string {
  if (colour === null) return 'No colour';
  return colours.find((c) => c.colour === colour)?.label ?? `Colour ${colour}`;
}
