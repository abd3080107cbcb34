import { foldText } from '@shared/text/fold';
import { tokenize } from '@shared/text/tokens';
import { hasUnspaced, matchesInside, splitUnspaced } from '@shared/text/unspaced';
import { articleForms } from './arabicArticle';
import type { QueryTerm } from './types';

export { makeSnippet, type Snippet } from './snippet';

/** A stretch of text that matched a query term, in UTF-16 offsets of the original text. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  /** The query term it matched, as typed (`QueryTerm.text`): lets the UI colour terms apart. */
  readonly term: string;
  /** `exact`: the term itself; `prefix`: a word the prefix begins; `variant`: a spelling variant. */
  readonly kind: 'exact' | 'variant' | 'prefix';
}

/**
 * Splits words where FTS5's tokenizer does: `al-Sham`, `Assad's`, `U.S.` and `1,400` are two words
 * to the index, so a highlight of `Sham` or `Assad` must be possible inside them. NB: with `ʻ` and
 * `ʼ` (U+02BB, U+02BC), which are letters to the tokenizer, so inside a word, but fold to `'`: a
 * pattern is split after folding, so `Darʻa` must be split here too or no `dar'a` pattern finds it.
 */
const INNER_BREAK = /['\u2018\u2019\u201b\u02bb\u02bc\-\u2010\u2011.,]/;

interface Unit {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

interface Pattern {
  readonly units: readonly string[];
  /** The last unit only has to begin the word. */
  readonly prefix: boolean;
  readonly kind: Highlight['kind'];
  readonly term: string;
}

const KIND_ORDER = { exact: 0, prefix: 1, variant: 2 } as const;

/**
 * Finds where the query's terms occur in a text, the way the index matched them: case and
 * diacritics folded, phrases as consecutive words (punctuation between them ignored), prefixes as
 * word beginnings, and spelling variants when given (keyed like `variantMap`'s output).
 *
 * Highlights never overlap: at each word the longest match wins (a phrase over its first word),
 * then exact over prefix over variant. Sorted by `start`.
 *
 * @example
 * const text = 'Talks in Busra al-Sham; Deraa negotiators…';
 * findHighlights(text, parseQuery('"busra al-sham" daraa negotiat*').terms, new Map([['daraa', ['deraa']]]))
 * // [{ start: 9, end: 22, term: 'busra al-sham', kind: 'exact' },
 * //  { start: 24, end: 29, term: 'daraa', kind: 'variant' },
 * //  { start: 30, end: 41, term: 'negotiat', kind: 'prefix' }]
 */
export function findHighlights(
  text: string,
  terms: readonly QueryTerm[],
  variants?: ReadonlyMap<string, readonly string[]>
): Highlight[] {
  const patterns = terms.flatMap((t) => patternsOf(t, variants));
  if (patterns.length === 0) return [];
  // Indexed by first word, so a long text costs one map look-up per word; only one-word prefixes
  // must be tried everywhere.
  const byFirst = new Map<string, Pattern[]>();
  const prefixes: Pattern[] = [];
  for (const p of patterns) {
    const first = p.units[0] as string;
    if (p.prefix && p.units.length === 1) prefixes.push(p);
    else byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
  }

  const units = unitsOf(text);
  const out: Highlight[] = [];
  for (let i = 0; i < units.length;) {
    let best: Pattern | undefined;
    for (const candidates of [byFirst.get((units[i] as Unit).norm), prefixes]) {
      for (const p of candidates ?? []) {
        if (matchesAt(units, i, p) && (!best || better(p, best))) best = p;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const last = units[i + best.units.length - 1] as Unit;
    out.push({ start: (units[i] as Unit).start, end: last.end, term: best.term, kind: best.kind });
    i += best.units.length;
  }
  return out;
}

/** Longer matches first (a phrase over its first word), then exact over prefix over variant. */
function better(p: Pattern, than: Pattern): boolean {
  return p.units.length !== than.units.length
    ? p.units.length > than.units.length
    : KIND_ORDER[p.kind] < KIND_ORDER[than.kind];
}

function patternsOf(term: QueryTerm, variants: ReadonlyMap<string, readonly string[]> | undefined): Pattern[] {
  const units = split(term.words);
  const own: Pattern = {
    units,
    // One Chinese or Japanese word may be the start of a longer one (北京 in 北京市), as toFts searches it.
    prefix: term.kind === 'prefix' || (term.kind === 'word' && units.length === 1 && matchesInside(units[0] as string)),
    kind: term.kind === 'prefix' ? 'prefix' : 'exact',
    term: term.text
  };
  if (term.kind === 'phrase') {
    // As toFts searches it: the Arabic article left out, changed or put in ("Bashar Assad" marks "Bashar al-Assad").
    const forms = articleForms(units).map((f) => ({ units: f, prefix: false, kind: 'variant' as const, term: term.text }));
    return [own, ...forms].filter((p) => p.units.length > 0);
  }
  const key = term.words[0];
  if (term.kind !== 'word' || term.words.length !== 1 || key === undefined || !variants)
    return own.units.length ? [own] : [];
  const others = (variants.get(key) ?? []).map((v) => ({
    units: split([foldText(v)]),
    prefix: false,
    kind: 'variant' as const,
    term: term.text
  }));
  return [own, ...others].filter((p) => p.units.length > 0);
}

function split(words: readonly string[]): string[] {
  return words
    .flatMap((w) => w.split(INNER_BREAK))
    .flatMap(unspacedWords)
    .filter((u) => u !== '');
}

/** A unit cut into the words of Chinese, Japanese or Thai runs (unspaced.ts); others come back whole. */
function unspacedWords(unit: string): string[] {
  return hasUnspaced(unit) ? splitUnspaced(unit).map((s) => unit.slice(s.start, s.end)) : [unit];
}

/**
 * The text's words, split at inner apostrophes, hyphens and dots (and runs of Chinese, Japanese or
 * Thai into their words), folded, with their offsets.
 */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const token of tokenize(text)) {
    let from = token.start;
    for (let k = token.start; k <= token.end; k++) {
      if (k === token.end || INNER_BREAK.test(text.charAt(k))) {
        const raw = text.slice(from, k);
        if (k > from && !hasUnspaced(raw)) units.push({ norm: foldText(raw), start: from, end: k });
        else if (k > from) {
          for (const s of splitUnspaced(raw)) {
            units.push({ norm: foldText(raw.slice(s.start, s.end)), start: from + s.start, end: from + s.end });
          }
        }
        from = k + 1;
      }
    }
  }
  return units;
}

function matchesAt(units: readonly Unit[], i: number, p: Pattern): boolean {
  if (i + p.units.length > units.length) return false;
  return p.units.every((u, j) => {
    const norm = (units[i + j] as Unit).norm;
    return p.prefix && j === p.units.length - 1 ? norm.startsWith(u) : norm === u;
  });
}
