/**
 * Seeded, deterministic edits of an article for the anchoring benchmark (`npm run eval:anchors`),
 * each tracking where a highlighted span truly went.
 *
 * The model: an edit script is the new text as a list of pieces, each a copy of an old range (in
 * any order — a moved paragraph is a copy out of order) or new text, which may stand in for an old
 * range (a reworded word's old range maps onto its replacement). Old text in no piece is deleted.
 * A span's true place is the smallest new range holding everything its old characters became;
 * a span none of whose characters survive has no place (the right answer is an orphan).
 */
import { diffChars } from 'diff';

/** [start, end) in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One piece of the new text: a copy of an old range, or new text (standing in for an old range, or not). */
export type Piece = { readonly copy: Span } | { readonly insert: string; readonly replaces?: Span };

/** The new text an edit script spells. */
export function applyScript(old: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => ('copy' in p ? old.slice(p.copy.start, p.copy.end) : p.insert)).join('');
}

/**
 * Where the old `span` went: the new range covering every copied character of it and every
 * replacement of a part of it; null when nothing of it survives.
 *
 * @example mapSpan([{ insert: 'New. ' }, { copy: { start: 0, end: 9 } }], { start: 4, end: 7 }) // { start: 9, end: 12 }
 */
export function mapSpan(pieces: readonly Piece[], span: Span): Span | null {
  let at = 0;
  let start = Infinity;
  let end = -Infinity;
  for (const p of pieces) {
    if ('copy' in p) {
      const from = Math.max(p.copy.start, span.start);
      const to = Math.min(p.copy.end, span.end);
      if (from < to) {
        start = Math.min(start, at + from - p.copy.start);
        end = Math.max(end, at + to - p.copy.start);
      }
      at += p.copy.end - p.copy.start;
    } else {
      const r = p.replaces;
      if (r && r.start < span.end && r.end > span.start && p.insert.length > 0) {
        start = Math.min(start, at);
        end = Math.max(end, at + p.insert.length);
      }
      at += p.insert.length;
    }
  }
  return start < end ? { start, end } : null;
}

/** A replacement of the old range [start, end) by `text` (an insertion when start === end). */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The script of in-order, non-overlapping replacements (sorted here) over a text of `length`. */
export function replaceRanges(length: number, replacements: readonly Replacement[]): Piece[] {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) throw new Error(`overlapping replacements at ${r.start}`);
    if (r.start > at) pieces.push({ copy: { start: at, end: r.start } });
    if (r.text.length > 0) pieces.push(r.start < r.end ? { insert: r.text, replaces: { start: r.start, end: r.end } } : { insert: r.text });
    at = r.end;
  }
  if (at < length) pieces.push({ copy: { start: at, end: length } });
  return pieces;
}

/**
 * The script turning `old` into `now` found by a character diff (for texts whose edit is not ours,
 * like a re-extraction): equal runs are copies, a removal followed by an addition is a replacement.
 */
export function diffScript(old: string, now: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const parts = diffChars(old, now);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const size = part.value.length;
    if (!part.added && !part.removed) {
      pieces.push({ copy: { start: at, end: at + size } });
      at += size;
    } else if (part.removed) {
      const next = parts[i + 1];
      if (next?.added) {
        pieces.push({ insert: next.value, replaces: { start: at, end: at + size } });
        i++;
      }
      at += size;
    } else pieces.push({ insert: part.value });
  }
  return pieces;
}

/** A seeded source of numbers in [0, 1) (shared/text/seededRandom). */
export type Random = () => number;

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function int(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Paragraphs (blank-line or line separated) of a text, as spans without their line breaks. */
export function paragraphs(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim() !== '') found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Sentences of a paragraph span: cut after . ! ? (and a closing quote) before a capital or quote. */
export function sentences(text: string, para: Span): Span[] {
  const found: Span[] = [];
  const chunk = text.slice(para.start, para.end);
  let from = 0;
  for (const m of chunk.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].trimEnd().length;
    found.push({ start: para.start + from, end: para.start + end });
    from = m.index + m[0].length;
  }
  if (from < chunk.trimEnd().length) found.push({ start: para.start + from, end: para.start + chunk.trimEnd().length });
  return found.filter((s) => s.end > s.start);
}

/** Words (runs of non-space) inside a span. */
export function words(text: string, span: Span): Span[] {
  const found: Span[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/\S+/g)) found.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return found;
}

/** A highlight and the sentence and paragraph it lies in. */
export interface Highlight {
  readonly span: Span;
  readonly sentence: Span;
  readonly paragraph: Span;
}

/**
 * Picks a highlight the way readers make them: half the time a whole sentence, else a run of 3–15
 * of its words; from sentences of 40–400 code units. Null when the text has no such sentence.
 */
export function pickHighlight(text: string, rng: Random): Highlight | null {
  const choices: { sentence: Span; paragraph: Span }[] = [];
  for (const paragraph of paragraphs(text)) {
    for (const sentence of sentences(text, paragraph)) {
      const size = sentence.end - sentence.start;
      if (size >= 40 && size <= 400) choices.push({ sentence, paragraph });
    }
  }
  if (choices.length === 0) return null;
  const { sentence, paragraph } = pick(rng, choices);
  const ws = words(text, sentence);
  if (rng() < 0.5 || ws.length < 4) return { span: sentence, sentence, paragraph };
  const count = int(rng, 3, Math.min(15, ws.length - 1));
  const first = int(rng, 0, ws.length - count);
  return { span: { start: ws[first]!.start, end: ws[first + count - 1]!.end }, sentence, paragraph };
}

/** Words and sentences from other articles, for insertions and rewordings. */
export interface Donor {
  readonly words: readonly string[];
  readonly sentences: readonly string[];
}

/** The kinds of edit the benchmark makes; `truth` null means the passage is gone. */
export const EDIT_TYPES = [
  'typos',
  'whitespace',
  'quote-marks',
  'unicode',
  'words-inserted-inside',
  'words-deleted-inside',
  'words-inserted-next',
  'words-deleted-next',
  'sentences-inserted-before',
  'paragraph-moved',
  'reworded-10',
  'reworded-30',
  'reworded-50',
  'sentence-deleted',
  'lookalike-planted',
  'deleted-with-lookalike'
] as const;
export type EditType = (typeof EDIT_TYPES)[number];

/** An edited text and where the highlight truly is in it (null: deleted, an orphan is right). */
export interface EditCase {
  readonly text: string;
  readonly truth: Span | null;
}

/** Applies one seeded edit of `type` to `text` around `highlight`. */
export function makeEdit(type: EditType, text: string, highlight: Highlight, rng: Random, donor: Donor): EditCase {
  const pieces = editScript(type, text, highlight, rng, donor);
  // A deleted sentence leaves no piece holding the highlight, so its truth is null.
  return { text: applyScript(text, pieces), truth: mapSpan(pieces, highlight.span) };
}

function editScript(type: EditType, text: string, h: Highlight, rng: Random, donor: Donor): Piece[] {
  const inside = words(text, h.span);
  switch (type) {
    case 'typos':
      return replaceRanges(text.length, typos(text, h, rng));
    case 'whitespace':
      return replaceRanges(text.length, reflow(text, rng));
    case 'quote-marks':
      return replaceRanges(text.length, swapMarks(text, rng));
    case 'unicode':
      return replaceRanges(text.length, unicodeForms(text, rng));
    case 'words-inserted-inside': {
      const gaps = inside.slice(1).map((w) => w.start);
      if (gaps.length === 0) return replaceRanges(text.length, [{ start: h.span.end, end: h.span.end, text: ` ${pick(rng, donor.words)}` }]);
      const chosen = distinct(rng, gaps, int(rng, 1, 2));
      // NB: a word equal to a neighbour of the gap ("Ministry has has") could as well have been
      // added beside the other copy, even outside the highlight: no single true span.
      const before = (at: number): string => /(\S+)\s*$/.exec(text.slice(h.span.start, at))?.[1] ?? '';
      const after = (at: number): string => /^\S+/.exec(text.slice(at, h.span.end))?.[0] ?? '';
      return replaceRanges(text.length, chosen.map((at) => ({ start: at, end: at, text: `${otherWord(rng, donor, before(at), after(at))} ` })));
    }
    case 'words-deleted-inside': {
      const interior = inside.slice(1, -1);
      if (interior.length === 0) return replaceRanges(text.length, []);
      const chosen = distinct(rng, interior, Math.min(interior.length, int(rng, 1, 2)));
      return replaceRanges(text.length, chosen.map((w) => ({ start: w.start, end: w.end + 1, text: '' })));
    }
    case 'words-inserted-next': {
      const added = Array.from({ length: int(rng, 1, 3) }, () => pick(rng, donor.words)).join(' ');
      return rng() < 0.5
        ? replaceRanges(text.length, [{ start: h.span.start, end: h.span.start, text: `${added} ` }])
        : replaceRanges(text.length, [{ start: h.span.end, end: h.span.end, text: ` ${added}` }]);
    }
    case 'words-deleted-next': {
      const before = words(text, { start: h.paragraph.start, end: h.span.start });
      const after = words(text, { start: h.span.end, end: h.paragraph.end });
      const count = int(rng, 1, 3);
      const side = after.length === 0 || (before.length > 0 && rng() < 0.5) ? 'before' : 'after';
      const gone = side === 'before' ? before.slice(-count) : after.slice(0, count);
      if (gone.length === 0) return replaceRanges(text.length, []);
      // Deletes the words and the space between them and the highlight, keeping the highlight whole.
      return side === 'before'
        ? replaceRanges(text.length, [{ start: gone[0]!.start, end: h.span.start, text: '' }])
        : replaceRanges(text.length, [{ start: h.span.end, end: gone[gone.length - 1]!.end, text: '' }]);
    }
    case 'sentences-inserted-before': {
      const added = Array.from({ length: int(rng, 1, 3) }, () => pick(rng, donor.sentences)).join(' ');
      return replaceRanges(text.length, [{ start: h.sentence.start, end: h.sentence.start, text: `${added} ` }]);
    }
    case 'paragraph-moved':
      return moveParagraph(text, h, rng);
    case 'reworded-10':
    case 'reworded-30':
    case 'reworded-50': {
      const share = Number(type.slice('reworded-'.length)) / 100;
      const chosen = distinct(rng, inside, Math.max(1, Math.round(inside.length * share)));
      return replaceRanges(text.length, chosen.map((w) => ({ ...w, text: otherWord(rng, donor, text.slice(w.start, w.end)) })));
    }
    case 'sentence-deleted':
      return replaceRanges(text.length, [deleteSentence(text, h)]);
    case 'lookalike-planted':
      return replaceRanges(text.length, [plantLookalike(text, h, rng, donor)]);
    case 'deleted-with-lookalike':
      return replaceRanges(text.length, [deleteSentence(text, h), plantLookalike(text, h, rng, donor)]);
  }
}

/** k distinct items, in text order. */
function distinct<T>(rng: Random, items: readonly T[], k: number): T[] {
  const indexes = items.map((_, i) => i);
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/** A donor word other than each of `avoid` (case aside). */
function otherWord(rng: Random, donor: Donor, ...avoid: string[]): string {
  const taken = new Set(avoid.map((w) => w.toLowerCase()));
  for (let tries = 0; tries < 10; tries++) {
    const w = pick(rng, donor.words);
    if (!taken.has(w.toLowerCase())) return w;
  }
  return `${avoid[0] ?? ''}x`;
}

/** One typo per ~40 letters of the highlight (at least one), and a few more elsewhere in its paragraph and text. */
function typos(text: string, h: Highlight, rng: Random): Replacement[] {
  const letterAt = (span: Span): number | null => {
    for (let tries = 0; tries < 20; tries++) {
      const i = int(rng, span.start, span.end - 1);
      if (/\p{L}/u.test(text[i] ?? '')) return i;
    }
    return null;
  };
  const spots = new Set<number>();
  const inHighlight = Math.max(1, Math.round((h.span.end - h.span.start) / 40));
  for (let k = 0; k < inHighlight; k++) spots.add(letterAt(h.span) ?? -1);
  for (let k = 0; k < 3; k++) spots.add(letterAt(h.paragraph) ?? -1);
  for (let k = 0; k < 5; k++) spots.add(letterAt({ start: 0, end: text.length }) ?? -1);
  spots.delete(-1);
  const sorted = [...spots].sort((a, b) => a - b).filter((at, i, all) => i === 0 || at > all[i - 1]! + 1);
  return sorted.map((at) => {
    const c = text[at]!;
    const kind = int(rng, 0, 3);
    if (kind === 0) return { start: at, end: at + 1, text: '' };
    if (kind === 1) return { start: at, end: at, text: c };
    if (kind === 2 && /\p{L}/u.test(text[at + 1] ?? '')) return { start: at, end: at + 2, text: `${text[at + 1]}${c}` };
    return { start: at, end: at + 1, text: c === 'e' ? 'a' : 'e' };
  });
}

/** What re-extraction does to whitespace: doubled spaces, lines broken and joined, paragraph gaps changed. */
function reflow(text: string, rng: Random): Replacement[] {
  const out: Replacement[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    const r = rng();
    const isBreak = m[0].includes('\n');
    if (isBreak) {
      if (r < 0.3) out.push({ start: m.index, end: m.index + m[0].length, text: m[0].length > 1 ? '\n' : '\n\n' });
    } else if (r < 0.1) out.push({ start: m.index, end: m.index + m[0].length, text: '\n' });
    else if (r < 0.2) out.push({ start: m.index, end: m.index + m[0].length, text: '  ' });
    else if (r < 0.25) out.push({ start: m.index, end: m.index + m[0].length, text: ' \t' });
  }
  return out;
}

const CURLY: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '--' };

/** Straight quote marks and dashes made typographic and typographic ones straight (as a re-extraction or a smart-quotes pass does). */
function swapMarks(text: string, rng: Random): Replacement[] {
  const out: Replacement[] = [];
  let open = true;
  for (const m of text.matchAll(/--|['"‘’“”–—-]/g)) {
    const c = m[0];
    let to: string;
    if (c in CURLY) to = CURLY[c]!;
    else if (c === "'") to = /\w/.test(text[m.index - 1] ?? '') ? '’' : '‘';
    else if (c === '"') {
      to = open ? '“' : '”';
      open = !open;
    }
    else if (c === '--') to = '—';
    else to = rng() < 0.5 ? '–' : '-';
    if (to !== c) out.push({ start: m.index, end: m.index + c.length, text: to });
  }
  return out;
}

/** Unicode-form changes: accents decomposed (NFD), ﬁ/ﬂ ligatures, no-break spaces, … for '...'. */
function unicodeForms(text: string, rng: Random): Replacement[] {
  const out: Replacement[] = [];
  for (const m of text.matchAll(/fi|fl|\.\.\.|[\u0080-\uffff]| /g)) {
    const c = m[0];
    let to = c;
    if (c === 'fi') to = 'ﬁ';
    else if (c === 'fl') to = 'ﬂ';
    else if (c === '...') to = '…';
    else if (c === ' ') to = rng() < 0.15 ? '\u00a0' : ' ';
    else to = c.normalize('NFD');
    if (to !== c) out.push({ start: m.index, end: m.index + c.length, text: to });
  }
  return out;
}

/** Deletes the highlight's sentence and the space after it (or before it, at a paragraph's end). */
function deleteSentence(text: string, h: Highlight): Replacement {
  const after = /^\s*/.exec(text.slice(h.sentence.end, h.paragraph.end))![0].length;
  if (h.sentence.end + after < h.paragraph.end) return { start: h.sentence.start, end: h.sentence.end + after, text: '' };
  let before = h.sentence.start;
  while (before > h.paragraph.start && /\s/.test(text[before - 1]!)) before--;
  return { start: before, end: h.sentence.end, text: '' };
}

/**
 * A look-alike of the highlight: its words with 15 % of them (at least one) changed, put at the
 * start of another paragraph as far away as there is — the same passage in other words, without
 * its neighbours (a second outlet's wording, a recap in a follow-up).
 *
 * NB: the copy is of the highlight, not of its whole sentence: a near copy of the sentence would
 * carry the highlight's context along, and a highlight found there is as much "its sentence moved
 * and edited" as a misplacement — no ground truth could tell them apart.
 */
function plantLookalike(text: string, h: Highlight, rng: Random, donor: Donor): Replacement {
  const passage = text.slice(h.span.start, h.span.end);
  const ws = words(passage, { start: 0, end: passage.length });
  const changed = distinct(rng, ws, Math.max(1, Math.round(ws.length * 0.15)));
  let copy = passage;
  for (const w of [...changed].reverse()) copy = copy.slice(0, w.start) + otherWord(rng, donor, copy.slice(w.start, w.end)) + copy.slice(w.end);
  // The paragraph start farthest from the highlight, never the one right after its paragraph
  // (that is where the highlight's own sentence may end, and the copy would take its place).
  const paras = paragraphs(text);
  const next = paras.find((p) => p.start > h.paragraph.start);
  const others = paras.filter((p) => p.start !== h.paragraph.start && p !== next);
  const far = others.length === 0 ? { start: text.length, end: text.length } : others.reduce((a, b) => (Math.abs(b.start - h.span.start) > Math.abs(a.start - h.span.start) ? b : a));
  return { start: far.start, end: far.start, text: `${copy} ` };
}

/** Moves the highlight's paragraph before or after another one (with its line break). */
function moveParagraph(text: string, h: Highlight, rng: Random): Piece[] {
  const paras = paragraphs(text);
  const i = paras.findIndex((p) => p.start === h.paragraph.start);
  if (paras.length < 2 || i < 0) return [{ copy: { start: 0, end: text.length } }];
  let j = i;
  while (j === i) j = int(rng, 0, paras.length - 1);
  const moved = h.paragraph;
  // Cut the paragraph with the line breaks after it; insert it with a break at the target.
  const cutEnd = i + 1 < paras.length ? paras[i + 1]!.start : text.length;
  const cutStart = i + 1 < paras.length ? moved.start : paras[i - 1]!.end;
  const target = j < i ? paras[j]!.start : paras[j]!.end;
  const pieces: Piece[] = [];
  const copy = (start: number, end: number): void => {
    if (end > start) pieces.push({ copy: { start, end } });
  };
  if (j < i) {
    copy(0, target);
    copy(moved.start, moved.end);
    pieces.push({ insert: '\n\n' });
    copy(target, cutStart);
    copy(cutEnd, text.length);
  } else {
    copy(0, cutStart);
    copy(cutEnd, target);
    pieces.push({ insert: '\n\n' });
    copy(moved.start, moved.end);
    copy(target, text.length);
  }
  return pieces;
}
