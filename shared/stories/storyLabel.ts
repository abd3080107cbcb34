/**
 * A story's label: a line a reader scans in the sidebar, so a member's headline where one exists,
 * written the way the story's articles write its names.
 */
import type { StoryArticle } from './stories';
import type { SparseVector } from './storiesVectors';

/**
 * The longest line read as a headline when a story is labelled: news headlines run to 60–80
 * characters, a lead sentence used as a title (a page or text file with no headline) longer.
 */
export const HEADLINE_MAX = 80;

/** An article's headline, or its first line when it has none. */
function labelLine(a: StoryArticle): string {
  return a.title.trim() !== '' ? a.title.trim() : firstLine(a.text);
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

/**
 * Whether an article's line reads as a headline rather than a lead sentence standing in for one:
 * short, not ended by a full stop, and not the start of a longer first line of its own text (a
 * text file's title is its first line, cut at a word when long). ECB+'s Palin story was labelled
 * 'Alaska Gov. sarah palin's home church has been badly damaged in an arson fire.', a lead
 * sentence of 78 characters, while a member's headline read 'Palin's Church Damaged In
 * Suspicious Fire' (review 16, #13).
 */
function readsAsHeadline(line: string, a: StoryArticle): boolean {
  if (line === '' || line.length > HEADLINE_MAX || /[^.]\.$/.test(line)) return false;
  const first = firstLine(a.text);
  return !(first.length > line.length && first.startsWith(line));
}

/** Members ranked by closeness to the story's centroid; members scoring the same keep their order. */
function byCentrality(list: readonly number[], vectors: readonly SparseVector[]): number[] {
  if (list.length <= 2) return [...list];
  const centroid = new Map<number, number>();
  for (const i of list) {
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) centroid.set(v.terms[k]!, (centroid.get(v.terms[k]!) ?? 0) + v.weights[k]!);
  }
  const score = (i: number) => {
    const v = vectors[i]!;
    let sum = 0;
    for (let k = 0; k < v.terms.length; k++) sum += v.weights[k]! * (centroid.get(v.terms[k]!) ?? 0);
    return sum;
  };
  const scores = new Map(list.map((i) => [i, score(i)]));
  return [...list].sort((a, b) => scores.get(b)! - scores.get(a)!);
}

/** How much of each member is read for the way it writes the label's words: the opening is where names are spelt out. */
const CASE_SAMPLE = 3000;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * Whether a word after `before` (the few characters ahead of it) opens a sentence. A full stop
 * after a short capitalised word is a title's ('Gov. Sarah Palin', 'Mr. Kroon'), not a sentence's.
 */
function atSentenceStart(before: string): boolean {
  if (before === '' || /\n\s*$/.test(before) || /[!?]["'”’)]?\s+$/.test(before)) return true;
  return /\.["'”’)]?\s+$/.test(before) && !/(^|[^\p{L}])\p{Lu}\p{Ll}{0,3}\.\s+$/u.test(before);
}

/**
 * The label with each word written in lower case that the story's members write capitalised
 * inside sentences at least three times as often (and twice or more) in that form: a source's
 * 'sarah palin's' becomes 'Sarah Palin's'. Words at a sentence's start are not counted, since
 * every word is capitalised there.
 */
function inStoryCase(label: string, members: readonly StoryArticle[]): string {
  const lower = new Set([...label.matchAll(WORD)].map((m) => m[0]).filter((w) => w === w.toLowerCase() && w !== w.toUpperCase()));
  if (lower.size === 0) return label;
  const counts = new Map<string, Map<string, number>>();
  for (const a of members) {
    const sample = `${a.title}\n${a.text.slice(0, CASE_SAMPLE)}`;
    for (const m of sample.matchAll(WORD)) {
      const key = m[0].toLowerCase();
      if (!lower.has(key)) continue;
      if (m[0] !== key && atSentenceStart(sample.slice(Math.max(0, m.index - 8), m.index))) continue;
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  return label.replace(WORD, (word) => {
    const forms = counts.get(word);
    if (forms === undefined) return word;
    const asWritten = forms.get(word) ?? 0;
    let best = word;
    let bestCount = 0;
    for (const [form, n] of forms) if (form !== word && n > bestCount) [best, bestCount] = [form, n];
    return bestCount >= 2 && bestCount >= 3 * asWritten ? best : word;
  });
}

/**
 * A story's label: the headline of the member (indices into `articles` and `vectors`) closest to
 * the story's centroid among those that read as headlines (see `readsAsHeadline`); with none, the
 * closest member's line of at most {@link HEADLINE_MAX} characters without its full stop; with
 * none that short, the closest member's line cut at a word before 100 characters. Either way its
 * words are written as the story's articles write them (`inStoryCase`).
 *
 * @example storyLabel([0, 1], articles, vectors) // 'Palin's Church Damaged In Suspicious Fire'
 */
export function storyLabel(list: readonly number[], articles: readonly StoryArticle[], vectors: readonly SparseVector[]): string {
  const ranked = byCentrality(list, vectors);
  const members = ranked.map((i) => articles[i]!);
  const lines = members.map(labelLine);
  const headline = lines.find((l, k) => readsAsHeadline(l, members[k]!));
  if (headline !== undefined) return inStoryCase(headline, members);
  const short = lines.find((l) => l !== '' && l.length <= HEADLINE_MAX);
  if (short !== undefined) return inStoryCase(short.replace(/([^.])\.$/, '$1'), members);
  const line = lines[0]!;
  const cut = line.length <= 100 ? line : `${line.slice(0, line.lastIndexOf(' ', 99) > 40 ? line.lastIndexOf(' ', 99) : 99)}…`;
  return inStoryCase(cut, members);
}
