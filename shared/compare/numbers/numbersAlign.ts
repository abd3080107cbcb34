/**
 * Lining figures up across sources: the same count in every outlet that gives it, and whether
 * they agree (`more than 140 civilians` in one, `more than 100 civilians` in another).
 */
import { sentencesOf, tokensOf } from '../analysis/tokenCache';
import { itemsBySpan } from '../analysis/spans';
import { contentTerms, setOverlap } from '../analysis/terms';
import { extractFigures, type Figure, type FigureCategory } from './numbers';

/** A text to read figures from. */
export interface NumberSource {
  readonly id: string;
  readonly text: string;
}

/** One source's figure in a group. Offsets are UTF-16 units into that source's text. */
export interface AlignedFigure {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly max?: number;
  readonly vague: boolean;
  readonly qualifier?: Figure['qualifier'];
  readonly normalized: string;
}

/** The figures different sources give for one thing. */
export interface NumberGroup {
  /** `n1`, `n2`… in order of first appearance. */
  readonly id: string;
  readonly category: FigureCategory;
  /** The unit or counted noun most figures share (`civilian`, `percent`, `week`). */
  readonly unit?: string;
  /** What is counted, for display: `civilian (killed)`, `percent`, `week`. */
  readonly label: string;
  /** Sources giving a figure, in the order sources were given. */
  readonly sourceIds: string[];
  readonly figures: AlignedFigure[];
  /**
   * Whether two sources give exact values that cannot both be right: two different numbers, a number
   * outside another source's range, or ranges neither of which holds the other. Vague amounts
   * (`thousands`) never disagree, nor does a number inside another source's range.
   */
  readonly disagree: boolean;
  /**
   * Whether the exact values differ but each lies within another's range (`320,000` and `between
   * 270,000 and 330,000`): the sources agree, one more precisely. Never true with `disagree`.
   */
  readonly withinRange: boolean;
}

/** Tuning of {@link alignNumbers}. */
export interface AlignNumbersOptions {
  /** Least score for two figures to be one (sentence overlap plus bonuses for the same noun, event and value). Default 0.45. */
  readonly minScore?: number;
}

interface Item {
  readonly source: number;
  readonly figure: Figure;
  readonly context: ReadonlySet<string>;
}

/**
 * Finds the figures of every source and lines up those that count the same thing.
 *
 * Two figures of different sources can be one only if they measure the same kind of thing
 * (category, and for durations and money the same unit). Among those, pairs are scored by how much
 * their sentences share (content words, numbers left out) plus bonuses for the same counted noun,
 * the same event and the same value, and joined best first, never putting two distinct figures of one source in a
 * group. A source repeating its own figure in much the same words (a standfirst and the body)
 * counts once.
 *
 * @example alignNumbers([{id: 'a', text: 'More than 140 civilians have died.'}, {id: 'b', text: 'More than 100 civilians have been killed.'}])[0].disagree // true
 */
export function alignNumbers(sources: readonly NumberSource[], options: AlignNumbersOptions = {}): NumberGroup[] {
  const minScore = options.minScore ?? 0.45;
  const items = sources.flatMap((s, source) => itemsOf(s.text, source));
  // Only figures of one kind can be one figure: compare within buckets, not all pairs.
  const buckets = new Map<string, number[]>();
  items.forEach((item, i) => {
    const f = item.figure;
    const key = f.category === 'duration' || f.category === 'money' ? `${f.category}:${f.unit ?? ''}` : f.category;
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [i]);
    else list.push(i);
  });
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (items[i]!.source === items[j]!.source) continue;
        const score = pairScore(items[i]!, items[j]!);
        if (score >= minScore) pairs.push({ i, j, score });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  // A source repeating its own figure (standfirst and body) says one thing twice: start with
  // such twins together, then join groups best pair first, never two distinct figures of a source.
  const groupOf = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  const sourcesOf = items.map((item) => new Set([item.source]));
  const join = (gi: number, gj: number) => {
    for (const k of members[gj]!) groupOf[k] = gi;
    members[gi]!.push(...members[gj]!);
    for (const s of sourcesOf[gj]!) sourcesOf[gi]!.add(s);
    members[gj] = [];
  };
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (groupOf[i] !== groupOf[j] && isTwin(items[i]!, items[j]!)) join(groupOf[i]!, groupOf[j]!);
      }
    }
  }
  for (const { i, j } of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const [small, large] = sourcesOf[gi]!.size <= sourcesOf[gj]!.size ? [gi, gj] : [gj, gi];
    if ([...sourcesOf[small]!].some((s) => sourcesOf[large]!.has(s))) continue;
    join(gi, gj);
  }

  const groups = members.filter((m) => m.length > 0).map((m) => m.map((k) => items[k]!));
  groups.forEach((g) => g.sort((a, b) => a.source - b.source || a.figure.start - b.figure.start));
  groups.sort((a, b) => firstOf(a) - firstOf(b));
  return groups.map((g, n) => toGroup(`n${n + 1}`, g, sources));
}

function itemsOf(text: string, source: number): Item[] {
  const sentences = sentencesOf(text);
  const bySentence = itemsBySpan(tokensOf(text), sentences);
  const contexts = bySentence.map((words) => new Set(contentTerms(words.filter((t) => !/\d/.test(t.norm)))));
  return extractFigures(text).map((figure) => {
    const n = sentences.findIndex((x) => figure.start >= x.start && figure.start < x.end);
    return { source, figure, context: contexts[n] ?? new Set<string>() };
  });
}

/** Whether two figures measure the same kind of thing at all. */
function comparable(a: Figure, b: Figure): boolean {
  if (a.category !== b.category) return false;
  if (a.category === 'duration' || a.category === 'money') return a.unit === b.unit;
  if (a.event !== undefined && b.event !== undefined && a.event !== b.event) return false;
  return true;
}

function pairScore(a: Item, b: Item): number {
  if (!comparable(a.figure, b.figure)) return 0;
  let score = setOverlap(a.context, b.context).dice;
  if (
    a.figure.unit !== undefined &&
    a.figure.unit === b.figure.unit &&
    a.figure.category !== 'percent' &&
    a.figure.category !== 'date'
  ) {
    score += 0.3;
  }
  if (a.figure.event !== undefined && a.figure.event === b.figure.event) score += 0.15;
  if (a.figure.value === b.figure.value && a.figure.max === b.figure.max) score += 0.1;
  return score;
}

/** The same figure twice in one source, in much the same words. */
function isTwin(a: Item, b: Item): boolean {
  return a.source === b.source && a.figure.normalized === b.figure.normalized && setOverlap(a.context, b.context).dice >= 0.3;
}

function firstOf(group: readonly Item[]): number {
  return Math.min(...group.map((i) => i.source * 1e9 + i.figure.start));
}

function toGroup(id: string, items: readonly Item[], sources: readonly NumberSource[]): NumberGroup {
  const first = items[0]!.figure;
  const units = new Map<string, number>();
  for (const i of items) if (i.figure.unit !== undefined) units.set(i.figure.unit, (units.get(i.figure.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const event = items.find((i) => i.figure.event !== undefined)?.figure.event;
  const label = `${unit ?? first.category}${event === undefined ? '' : ` (${event})`}`;
  const verdict = verdictOf(items.filter((i) => !i.figure.vague).map((i) => i.figure));
  const group: NumberGroup = {
    id,
    category: first.category,
    label,
    sourceIds: [...new Set(items.map((i) => i.source))].map((s) => sources[s]!.id),
    figures: items.map((i) => aligned(sources[i.source]!.id, i.figure)),
    disagree: verdict === 'disagree',
    withinRange: verdict === 'within range'
  };
  return unit === undefined ? group : { ...group, unit };
}

/**
 * How a group's exact figures relate. A figure is the interval [value, max ?? value]; two figures
 * are consistent when one interval holds the other (a number inside a range, a narrower range
 * inside a wider one): one source is more precise, not contradicted. Dates are consistent when
 * every part both give is the same (`July 4` and `July 4, 2018`; `2018` and `July 2018`). Every
 * pair must be consistent for the group to agree.
 */
function verdictOf(figures: readonly Figure[]): 'same' | 'within range' | 'disagree' {
  const distinct = [...new Map(figures.map((f) => [`${f.value}-${f.max ?? f.value}`, f])).values()];
  if (distinct.length <= 1) return 'same';
  for (let x = 0; x < distinct.length; x++) {
    for (let y = x + 1; y < distinct.length; y++) if (!consistent(distinct[x]!, distinct[y]!)) return 'disagree';
  }
  return 'within range';
}

function consistent(a: Figure, b: Figure): boolean {
  if (a.category === 'date' && b.category === 'date') {
    // `YYYYMMDD`, zeros for the parts a text does not give.
    const parts = (v: number) => [Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100];
    const pa = parts(a.value);
    const pb = parts(b.value);
    return pa.every((p, k) => p === 0 || pb[k] === 0 || p === pb[k]);
  }
  const holds = (x: Figure, y: Figure) => x.value <= y.value && (y.max ?? y.value) <= (x.max ?? x.value);
  return holds(a, b) || holds(b, a);
}

function aligned(sourceId: string, f: Figure): AlignedFigure {
  return {
    sourceId,
    start: f.start,
    end: f.end,
    text: f.text,
    value: f.value,
    vague: f.vague,
    normalized: f.normalized,
    ...(f.max === undefined ? {} : { max: f.max }),
    ...(f.qualifier === undefined ? {} : { qualifier: f.qualifier })
  };
}
