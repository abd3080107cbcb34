import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject
} from 'react';
import type { Annotation } from '@shared/contract/annotationSchemas';
import type { TextRange } from '@shared/contract/schemas';
import { Button } from '../../../components/Button';
import { Kbd } from '../../../components/Kbd';
import { isMac } from '../../../lib/platform';
import { ColourLegend } from '../ColourLegend';
import { HighlightChooser } from './HighlightChooser';
import { colourLabel, useHighlightApi } from './highlightContext';
import { HighlightPopover } from './HighlightPopover';
import { describeHighlight } from './describeHighlight';
import { firstSentenceInView, highlightElement, highlightIdsAt, selectBodyRange, selectedBodyRange } from './domRanges';
import type { HighlightSpan } from './layers';
import { nextHighlight } from './nextHighlight';
import { sameWordsAction } from './sameWords';
import { SelectionToolbar } from './SelectionToolbar';
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, sentenceRanges } from './textSteps';
import { spansOf, useHighlights } from './useHighlights';
import './highlight.css';

type Point = { readonly left: number; readonly top: number };
type Open =
  | { readonly kind: 'popover'; readonly id: number; readonly at: Point }
  | { readonly kind: 'chooser'; readonly ids: readonly number[]; readonly at: Point };

/** What a surface (the reader, a comparison column) gets from {@link useHighlighting}. */
export interface Highlighting {
  /** The highlights to draw. */
  readonly spans: readonly HighlightSpan[];
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => boolean;
  readonly onMouseUp: () => void;
  /** Handles a click on a highlight; true when it did (the surface should do nothing else). */
  readonly onClick: (event: MouseEvent<HTMLElement>) => boolean;
  /** The toolbar, popover, chooser and re-attach bar, to render inside the surface. */
  readonly overlay: ReactNode;
}

const POPOVER_WIDTH = 340;
const altKeyName = isMac ? '⌥' : 'Alt';
const NONE: readonly HighlightSpan[] = [];

/** The lost-highlight banner's sentence: how many lost their words, and the first one's quote (60 characters). */
function orphanSentence(count: number, quote: string): string {
  const lost = count === 1 ? 'A highlight lost its words' : `${count} highlights lost their words`;
  return `${lost} when this text changed: “${quote.slice(0, 60)}”`;
}

function below(rect: DOMRect): Point {
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - POPOVER_WIDTH - 8);
  const top = rect.bottom + 6 + 320 > window.innerHeight ? Math.max(8, rect.top - 326) : rect.bottom + 6;
  return { left, top };
}

function selectionRect(): DOMRect | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  return rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
}

/**
 * Highlighting on one article's text, in the reader or a comparison column (`rootRef` holds the
 * text's runs, see domRanges.ts). Mouse: select, then a colour in the toolbar; click a highlight
 * for its popover (a chooser when several cover the words). Keyboard: J/K or ↓/↑ move a sentence
 * cursor (it is the selection), Shift+J/K extend or shrink it by a sentence, Shift+→/← move its end
 * by a word and Shift+Alt+←/→ its start, 1–6 highlight, Enter opens the highlight under the cursor
 * (or the one just made, or confirms Adjust / Re-attach), Esc clears. H / Shift+H move the focus to
 * the next / previous highlight (a screen reader reads it as a mark with its meaning, note and
 * changed wording); Enter opens its popover, Esc gives the focus back to the text.
 */
export function useHighlighting(
  articleId: number | null,
  body: string,
  rootRef: RefObject<HTMLElement | null>,
  notShown: TextRange | null = null
): Highlighting {
  const api = useHighlightApi();
  const highlights = useHighlights(api ? articleId : null);
  // Each span names the hidden element describing it; the prefix keeps two surfaces' ids apart.
  const descriptionPrefix = useId();
  const spans = useMemo(
    () => (api ? spansOf(highlights).map((s) => ({ ...s, descriptionId: `${descriptionPrefix}hl-${s.id}` })) : NONE),
    [api, highlights, descriptionPrefix]
  );
  // The sentence cursor never lands on words the view does not draw (`notShown`: the reader's
  // skipped title line), unless a highlight there has them drawn after all.
  const sentences = useMemo(() => {
    const all = sentenceRanges(body);
    if (!notShown || spans.some((s) => s.start < notShown.end && s.end > notShown.start)) return all;
    return all.filter((s) => s.start >= notShown.end);
  }, [body, notShown, spans]);
  // Both belong to one article's text: another article (or a reloaded body) starts with nothing open.
  const view = `${articleId}|${body.length}`;
  const [selectionState, setSelectionState] = useState<{ view: string; value: { range: TextRange; at: Point } | null }>({
    view,
    value: null
  });
  const [openState, setOpenState] = useState<{ view: string; value: Open | null }>({ view, value: null });
  const selection = selectionState.view === view ? selectionState.value : null;
  const open = openState.view === view ? openState.value : null;
  // The keys read the selection from here, not from state: J, Shift+J and 5 pressed faster than React
  // renders must each start where the previous key left the selection (CI's keyboard test caught it).
  const latestSelection = useRef<{ view: string; value: { range: TextRange; at: Point } | null }>(selectionState);
  const setSelection = (value: { range: TextRange; at: Point } | null) => {
    latestSelection.current = { view, value };
    setSelectionState({ view, value });
  };
  const currentSelection = () => (latestSelection.current.view === view ? latestSelection.current.value : null);
  const setOpen = (value: Open | null) => setOpenState({ view, value });
  const flashed = useRef(0);
  // Where the sentence cursor was last (a highlight made from it clears the selection; J goes on from there).
  const cursor = useRef<{ view: string; range: TextRange } | null>(null);
  // The words a highlight was just made of, until another selection or Esc: the selection is let
  // go so the new colour shows, and Enter still opens that highlight for its note (review 12).
  const made = useRef<{ view: string; range: TextRange } | null>(null);
  // Counts the requests to open a highlight: one waiting for a highlight still being saved opens
  // it only if nothing was asked since (another click, selection or Esc).
  const openRequest = useRef(0);
  // The highlight H or Shift+H moved the focus to, while it has it (see onHighlight).
  const focused = useRef<{ view: string; id: number } | null>(null);
  const retarget = api?.retarget && api.retarget.annotation.articleId === articleId ? api.retarget : null;

  // Opened from the notes panel: scroll to the highlight and flash it once it is drawn.
  const target = api?.target && api.target.articleId === articleId ? api.target : null;
  useEffect(() => {
    const root = rootRef.current;
    if (!target || !root || flashed.current === target.key) return;
    const element = highlightElement(root, target.annotationId);
    if (!element) return;
    flashed.current = target.key;
    element.scrollIntoView({ block: 'center' });
    const all = root.querySelectorAll<HTMLElement>(`[data-hl-ids~="${target.annotationId}"]`);
    for (const run of all) run.classList.add('is-hl-flash');
    const timer = window.setTimeout(() => all.forEach((run) => run.classList.remove('is-hl-flash')), 1600);
    return () => window.clearTimeout(timer);
  }, [target, spans, rootRef]);

  // A press outside the popover or chooser closes it (the note saves as its field loses focus).
  useEffect(() => {
    if (!open) return;
    const onDown = (event: globalThis.MouseEvent) => {
      if (!(event.target instanceof Element && event.target.closest('.hl-popover'))) setOpenState({ view, value: null });
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, view]);

  // Adjust: start from the highlight's current words, selected.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || retarget?.mode !== 'adjust' || !retarget.annotation.current) return;
    const range = retarget.annotation.current;
    selectBodyRange(root, range);
    // On the next frame, once the selection is laid out (and not as a render of this effect).
    const frame = requestAnimationFrame(() => {
      const rect = selectionRect();
      if (!rect) return;
      latestSelection.current = { view, value: { range, at: below(rect) } };
      setSelectionState(latestSelection.current);
    });
    return () => cancelAnimationFrame(frame);
  }, [retarget, rootRef, view]);

  const readSelection = () => {
    const root = rootRef.current;
    const range = root ? selectedBodyRange(root) : null;
    const rect = range ? selectionRect() : null;
    setSelection(range && rect ? { range, at: { left: rect.right, top: rect.bottom + 6 } } : null);
    if (range) cursor.current = { view, range };
    made.current = null;
    openRequest.current += 1;
    return range;
  };

  const select = (range: TextRange) => {
    const root = rootRef.current;
    if (!root) return;
    selectBodyRange(root, range);
    readSelection();
  };

  const highlight = (colour: number) => {
    const chosen = currentSelection();
    if (!api || articleId === null || !chosen) return;
    const { range } = chosen;
    // Where the words already carry a highlight, act on it rather than make a duplicate (review 14 #6).
    const action = sameWordsAction(spans, range, colour);
    const rect = selectionRect();
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    made.current = { view, range };
    if (action.kind === 'open') {
      if (rect) openAt([action.id], rect);
      return;
    }
    if (action.kind === 'recolour') {
      const before = highlights.find((h) => h.id === action.id);
      if (!before) return;
      // NB: one still being saved is recoloured under the id the engine gives it, as a click opens it.
      const stored = action.id < 0 ? api.storedId(action.id) : Promise.resolve(action.id);
      void stored.then((id) => (id === null ? null : api.update({ ...before, id }, { colour }, 'Highlight recoloured')));
      return;
    }
    // The words shown go along: the body may have been re-imported since it was loaded.
    void api.create(articleId, range.start, range.end, colour, body.slice(range.start, range.end));
  };

  const openAt = (ids: readonly number[], rect: DOMRect) => {
    const at = below(rect);
    const request = ++openRequest.current;
    const show = (stored: readonly number[]) => {
      if (stored.length === 0 || request !== openRequest.current) return;
      setOpen(stored.length === 1 ? { kind: 'popover', id: stored[0]!, at } : { kind: 'chooser', ids: stored, at });
    };
    if (!ids.some((id) => id < 0)) {
      show(ids.filter((id) => highlights.some((h) => h.id === id)));
      return;
    }
    // NB: a highlight still being saved has a provisional (negative) id, which nothing can be done
    // to: it opens under the id the engine gives it. Dropping the click instead made a highlight
    // clicked within one save of being made (longer on a loaded machine) open nothing.
    if (!api) return;
    void Promise.all(ids.map((id) => (id < 0 ? api.storedId(id) : Promise.resolve(id)))).then((stored) =>
      show(stored.filter((id): id is number => id !== null))
    );
  };

  // The focused highlight's run when the key came from it (a click elsewhere moves the focus away).
  const onHighlight = (target: EventTarget): { id: number; element: HTMLElement } | null => {
    const root = rootRef.current;
    const id = focused.current?.view === view ? focused.current.id : null;
    const element = root && id !== null ? highlightElement(root, id) : null;
    return element && id !== null && element === target ? { id, element } : null;
  };

  // H / Shift+H: the focus onto the next / previous highlight drawn, as N walks a comparison's
  // passages. The focus, not the selection: a screen reader reads the focused mark's description,
  // and the highlight's own colour stays visible under a focus ring (review 15, #3).
  const jumpToHighlight = (event: KeyboardEvent<HTMLElement>, from: TextRange | null) => {
    const root = rootRef.current;
    if (!root) return;
    const drawn = spans.filter((s) => highlightElement(root, s.id) !== null);
    const next = nextHighlight(drawn, from, onHighlight(event.target)?.id ?? null, !event.shiftKey);
    const element = next ? highlightElement(root, next.id) : null;
    if (!next || !element) return;
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    made.current = null;
    cursor.current = { view, range: { start: next.start, end: next.end } };
    focused.current = { view, id: next.id };
    element.tabIndex = -1;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): boolean => {
    // Alt only with Shift+←/→ (moving a selection's start), below.
    const startStep = event.altKey && event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft');
    if (!api || articleId === null || (event.altKey && !startStep) || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'Escape') openRequest.current += 1;
    if (event.target instanceof Element && event.target.closest('input, textarea, .hl-popover, .hl-toolbar')) return false;
    const current = currentSelection()?.range ?? null;
    const from = current ?? (cursor.current?.view === view ? cursor.current.range : null);
    const key = event.key.toLowerCase();
    if (key === 'h' && !retarget) {
      jumpToHighlight(event, from);
      event.preventDefault();
      return true;
    }
    const focusedRun = onHighlight(event.target);
    if (focusedRun && event.key === 'Enter') {
      event.preventDefault();
      openAt([focusedRun.id], focusedRun.element.getBoundingClientRect());
      return true;
    }
    if (focusedRun && event.key === 'Escape') {
      event.preventDefault();
      focused.current = null;
      rootRef.current?.closest<HTMLElement>('[tabindex]')?.focus({ preventScroll: true });
      return true;
    }
    const down = key === 'j' || event.key === 'ArrowDown';
    const up = key === 'k' || event.key === 'ArrowUp';
    if ((down || up) && !event.shiftKey) {
      // No cursor yet: start where the reader is (an article opens at its first match).
      const inView = from === null && rootRef.current ? firstSentenceInView(rootRef.current, sentences) : null;
      const next =
        inView ??
        (down
          ? (sentences.find((s) => from === null || s.start >= from.end) ?? sentences.at(-1))
          : ([...sentences].reverse().find((s) => from !== null && s.end <= from.start) ?? sentences[0]));
      if (next) select(next);
      event.preventDefault();
      return true;
    }
    if ((down || up) && event.shiftKey && current) {
      const end = down
        ? (sentences.find((s) => s.end > current.end)?.end ?? current.end)
        : ([...sentences].reverse().find((s) => s.end < current.end && s.end > current.start)?.end ?? current.end);
      select({ start: current.start, end });
      event.preventDefault();
      return true;
    }
    if (startStep && current) {
      // Shift+Alt+←/→ move the start (Shift+←/→ move the end): either edge of an Adjust, from the keyboard.
      const start =
        event.key === 'ArrowLeft' ? previousWordStart(body, current.start) : nextWordStart(body, current.start, current.end);
      select({ start, end: current.end });
      event.preventDefault();
      return true;
    }
    if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && event.shiftKey && current) {
      const end = event.key === 'ArrowRight' ? nextWordEnd(body, current.end) : previousWordEnd(body, current.end, current.start);
      select({ start: current.start, end });
      event.preventDefault();
      return true;
    }
    if (/^[1-6]$/.test(event.key) && current && !retarget) {
      highlight(Number(event.key));
      event.preventDefault();
      return true;
    }
    if (event.key === 'Enter' && current) {
      event.preventDefault();
      if (retarget) {
        void api.finishRetarget(current.start, current.end, body.slice(current.start, current.end));
        setSelection(null);
        return true;
      }
      const under = spans.filter((s) => s.start < current.end && s.end > current.start).map((s) => s.id);
      const rect = selectionRect();
      if (under.length && rect) openAt(under, rect);
      return true;
    }
    const just = made.current?.view === view ? made.current.range : null;
    if (event.key === 'Enter' && just && !retarget) {
      // Right after 1–6: the highlight made of those words, the newest of those on them: one still
      // being saved (provisional ids count down from -1), else the highest id.
      const under = spans.filter((s) => s.start < just.end && s.end > just.start).map((s) => s.id);
      const saving = under.filter((id) => id < 0);
      const newest = saving.length ? Math.min(...saving) : under.length ? Math.max(...under) : null;
      const element = newest !== null && rootRef.current ? highlightElement(rootRef.current, newest) : null;
      event.preventDefault();
      if (element) openAt([newest!], element.getBoundingClientRect());
      return true;
    }
    if (event.key === 'Escape' && (current || retarget)) {
      made.current = null;
      event.preventDefault();
      window.getSelection()?.removeAllRanges();
      setSelection(null);
      if (retarget) api.cancelRetarget();
      return true;
    }
    return false;
  };

  const onClick = (event: MouseEvent<HTMLElement>): boolean => {
    if (!api || retarget) return false;
    const picked = window.getSelection();
    if (picked && !picked.isCollapsed) return false;
    const ids = highlightIdsAt(event.target);
    if (ids.length === 0) return false;
    const element = event.target instanceof Element ? event.target : null;
    if (!element) return false;
    // NB: a highlight wrapping over several lines has one tall box; the popover goes by the line
    // clicked, or it opens lines away from the pointer (above the first, below the last).
    const lines = [...element.getClientRects()];
    const line = lines.find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? lines[0];
    openAt(ids, line ?? element.getBoundingClientRect());
    return true;
  };

  const annotationOf = (id: number): Annotation | undefined => highlights.find((h) => h.id === id);
  let overlay: ReactNode = null;
  if (api) {
    const popover = open?.kind === 'popover' ? annotationOf(open.id) : undefined;
    const orphans = highlights.filter((h) => h.state === 'orphan');
    // The legend names the colours drawn on this text (what a reader needs to read them), not all six.
    const used = [...new Set(spans.map((h) => h.colour))].sort((a, b) => a - b);
    overlay = (
      <>
        <div hidden>
          {spans.map((s) =>
            s.descriptionId ? (
              <span key={s.id} id={s.descriptionId}>
                {describeHighlight(colourLabel(api.colours, s.colour), s)}
              </span>
            ) : null
          )}
        </div>
        {used.length > 0 ? (
          <div className="hl-legend">
            <ColourLegend colours={api.colours} only={used} testId="highlight-legend" />
          </div>
        ) : null}
        {orphans.length > 0 && !retarget ? (
          <div className="hl-orphans" role="status" data-testid="highlight-orphans">
            {/* NB: the title is the whole sentence, for a short window that cuts the line (highlight.css). */}
            <span title={orphanSentence(orphans.length, orphans[0]!.anchor?.quote.exact ?? '')}>
              {orphanSentence(orphans.length, orphans[0]!.anchor?.quote.exact ?? '')}
            </span>
            <Button variant="ghost" size="sm" data-testid="highlight-reattach" onClick={() => api.startReattach(orphans[0]!.id)}>
              Re-attach
            </Button>
          </div>
        ) : null}
        {retarget ? (
          <div className="hl-retarget" role="status" data-testid="highlight-retarget">
            <span>
              {retarget.mode === 'reattach' ? 'Re-attach' : 'Adjust'}: select the words for “
              {(retarget.annotation.originalExact ?? retarget.annotation.anchor?.quote.exact ?? '').slice(0, 80)}”, then press
              Enter.
            </span>
            <span className="hl-retarget__keys" data-testid="highlight-retarget-keys">
              <Kbd>Shift</Kbd> <Kbd>←</Kbd>/<Kbd>→</Kbd> end, <Kbd>Shift</Kbd> <Kbd>{altKeyName}</Kbd> <Kbd>←</Kbd>/<Kbd>→</Kbd>{' '}
              start
            </span>
            <Button
              variant="primary"
              size="sm"
              disabled={!selection}
              data-testid="highlight-retarget-confirm"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                if (selection)
                  void api.finishRetarget(
                    selection.range.start,
                    selection.range.end,
                    body.slice(selection.range.start, selection.range.end)
                  );
                setSelection(null);
              }}
            >
              {retarget.mode === 'reattach' ? 'Attach here' : 'Save extent'}
            </Button>
            <Button variant="ghost" size="sm" onClick={api.cancelRetarget}>
              Cancel
            </Button>
          </div>
        ) : null}
        {selection && !retarget && !open ? <SelectionToolbar colours={api.colours} at={selection.at} onPick={highlight} /> : null}
        {popover && open?.kind === 'popover' ? (
          <HighlightPopover
            key={popover.id}
            annotation={popover}
            body={body}
            api={api}
            at={open.at}
            onClose={() => {
              setOpen(null);
              // Back to the highlight H moved to, else to the surface the keys came from (the
              // reader, or the column's scrolling text).
              const root = rootRef.current;
              const back =
                root && focused.current?.view === view && focused.current.id === popover.id
                  ? highlightElement(root, popover.id)
                  : null;
              (back ?? root?.closest<HTMLElement>('[tabindex]'))?.focus({ preventScroll: true });
            }}
            onAdjust={() => {
              setOpen(null);
              api.startAdjust(popover);
            }}
          />
        ) : null}
        {open?.kind === 'chooser' ? (
          <HighlightChooser
            highlights={open.ids.map(annotationOf).filter((a): a is Annotation => a !== undefined)}
            colours={api.colours}
            at={open.at}
            onChoose={(a) => setOpen({ kind: 'popover', id: a.id, at: open.at })}
            onClose={() => setOpen(null)}
          />
        ) : null}
      </>
    );
  }
  return { spans, onKeyDown, onMouseUp: () => void readSelection(), onClick, overlay };
}
