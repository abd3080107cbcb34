import { sourceLetter } from '@shared/compare/sourceLetter';
import type { Report, ReportHighlight, ReportNote, ReportSource } from './reportModel';

/**
 * Small pieces every renderer shares: dates in words, authors from a byline, a source's citation
 * line and the grouping of highlights.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/** `[2018, 7, 4]` from `2018-07-04…`; as many parts as the date has; null when there is none. */
export function dateParts(iso: string | null): number[] | null {
  const m = iso === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** `4 July 2018` (or `July 2018`, `2018`); `undated` when there is no date. */
export function dateInWords(iso: string | null): string {
  const parts = dateParts(iso);
  if (!parts) return 'undated';
  const [y, m, d] = parts;
  return [d, m === undefined ? undefined : MONTHS[m - 1], y].filter((p) => p !== undefined).join(' ');
}

/** The words that mark a date read from the file's properties: the day the file was saved, not published. */
export const FILE_SAVED = 'file saved';

/**
 * A source's date as every report prints it: `4 July 2018`; `file saved 2 March 2019` when the date
 * is only the day its file was saved (issue 15: a file's own date is not a publication date, and a
 * report must not cite it as one); `undated` when there is none.
 */
export function sourceDate(source: Pick<ReportSource, 'publishedAt' | 'dateFromFile'>): string {
  const words = dateInWords(source.publishedAt);
  return dateIsFileSaved(source) ? `${FILE_SAVED} ${words}` : words;
}

/** The source has a date, and it is only the day its file was saved (the one test every format makes). */
export function dateIsFileSaved(source: Pick<ReportSource, 'publishedAt' | 'dateFromFile'> | undefined): boolean {
  return source !== undefined && source.dateFromFile && source.publishedAt !== null;
}

/** A person's name split as citation formats want it. */
export interface PersonName {
  readonly family: string;
  readonly given: string;
}

/**
 * The people named in a byline (`By Ellen Francis and Suleiman Al-Khalidi` → two names). NB: a
 * byline naming no person (`Reuters Staff`, `AFP`) gives its words as one name; citation managers
 * treat that as an author too, which is what Zotero does with such bylines.
 */
export function bylineAuthors(byline: string | null): PersonName[] {
  if (byline === null) return [];
  const cleaned = byline
    .replace(/^\s*(by|from)\s+/i, '')
    .replace(/\s*[|–—].*$/, '')
    .trim();
  if (cleaned === '') return [];
  return cleaned
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      const words = name.split(/\s+/);
      return words.length === 1 ? { family: name, given: '' } : { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
    });
}

/**
 * `Reuters, "Russia strikes Daraa…", 4 July 2018` — the words a footnote cites a source with (no
 * URL); a date from the file's properties as `file saved 2 March 2019` ({@link sourceDate}).
 */
export function citationLine(source: Pick<ReportSource, 'outlet' | 'title' | 'byline' | 'publishedAt' | 'dateFromFile'>): string {
  return [source.outlet, `“${source.title}”`, source.byline, sourceDate(source)]
    .filter((p) => p !== null)
    .join(', ');
}

/** The source of each article id in the report. */
export function sourcesById(report: Report): Map<number, ReportSource> {
  return new Map(report.sources.map((s) => [s.articleId, s]));
}

/**
 * The letter of each compared article (`A`, `B`… in the comparison's order, as the comparison view
 * names its columns: shared/compare/sourceLetter.ts), by article id; empty without a comparison.
 * Review 13 (#16): the report named them by library ids (`[1] [32]`), which the app never shows.
 */
export function comparisonLetters(report: Report): Map<number, string> {
  return new Map((report.comparison?.articleIds ?? []).map((id, i) => [id, sourceLetter(i)]));
}

/**
 * How the comparison's lists name an article: its letter and its short name, the outlet or, when
 * that is unknown, the title (the comparison view's chips), e.g. `B: Reuters`.
 */
export function comparedName(report: Report, articleId: number): string {
  const source = report.sources.find((s) => s.articleId === articleId);
  const name = source ? (source.outlet ?? source.title) : `Article ${articleId}`;
  const letter = comparisonLetters(report).get(articleId);
  return letter ? `${letter}: ${name}` : name;
}

/**
 * The overlap table's caption: what a cell means, and that its letters are the sources table's.
 * The table's rows and columns are letters only, so a long title never makes it tall (review 13, #18).
 */
export function overlapCaption(report: Report): string {
  const n = report.comparison?.articleIds.length ?? 0;
  const letters = n > 1 ? `${sourceLetter(0)}–${sourceLetter(n - 1)}` : sourceLetter(0);
  return `Share of the row article’s words found in the column article; ${letters} as in the comparison view, named in Sources.`;
}

/** A group of highlights under one heading. */
export interface HighlightGroup {
  readonly heading: string;
  /**
   * Grouped by article: that article's own notes, printed under its heading before its highlights
   * (the article's verdict and its evidence read together: review 15, #5). Empty for other groupings,
   * whose article notes stay in the Notes section ({@link notesApart}).
   */
  readonly notes: readonly ReportNote[];
  readonly highlights: readonly ReportHighlight[];
}

/**
 * The notes a report prints in its own Notes section: story and passage notes, and article notes
 * unless the highlights are grouped by article (then each heads its article's group, {@link groupHighlights}).
 */
export function notesApart(report: Report): ReportNote[] {
  // NB: a note whose article was deleted (an orphan, no article id) heads no group: it stays here.
  return report.notes.filter((n) => n.kind !== 'article-note' || report.options.group !== 'article' || n.articleIds[0] === undefined);
}

/**
 * The highlights grouped as the user chose: by article (in source order, each with its article
 * notes; an article with only a note has a group too), by colour meaning (1–6), or by tag
 * (alphabetical; a highlight with several tags is under each, one with none under `Untagged`).
 */
export function groupHighlights(report: Report): HighlightGroup[] {
  const groups = new Map<string, ReportHighlight[]>();
  const add = (heading: string, h: ReportHighlight): void => {
    const list = groups.get(heading) ?? [];
    list.push(h);
    groups.set(heading, list);
  };
  if (report.options.group === 'article') {
    // NB: keyed by article id, not title: two sources may share a title, and each keeps its notes.
    const byArticle = new Map<number, { heading: string; notes: ReportNote[]; highlights: ReportHighlight[] }>();
    for (const s of report.sources) byArticle.set(s.articleId, { heading: s.title, notes: [], highlights: [] });
    const groupOf = (articleId: number) => {
      let group = byArticle.get(articleId);
      if (!group) byArticle.set(articleId, (group = { heading: `Article ${articleId}`, notes: [], highlights: [] }));
      return group;
    };
    for (const n of report.notes) if (n.kind === 'article-note' && n.articleIds[0] !== undefined) groupOf(n.articleIds[0]).notes.push(n);
    for (const h of report.highlights) groupOf(h.articleId).highlights.push(h);
    return [...byArticle.values()].filter((g) => g.notes.length > 0 || g.highlights.length > 0);
  } else if (report.options.group === 'colour') {
    for (const c of report.colours) groups.set(c.label, []);
    for (const h of report.highlights) add(h.colourLabel, h);
  } else {
    const tags = [...new Set(report.highlights.flatMap((h) => h.tags))].sort((a, b) => a.localeCompare(b));
    for (const t of tags) groups.set(t, []);
    for (const h of report.highlights) {
      if (h.tags.length === 0) add('Untagged', h);
      for (const t of h.tags) add(t, h);
    }
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([heading, highlights]) => ({ heading, notes: [], highlights }));
}

/**
 * The body from `from` cut at every highlight edge: each run with the highlights over it
 * (overlapping and nested highlights give runs covered by several). Orphans are left out: they are
 * not in the text. `from` is the source's `shownFrom` (shared/text/shownParagraphs.ts `shownStart`):
 * past a first paragraph that only repeats the title, unless any placed highlight of the article
 * lies on it. NB: decided once in gatherReport from all of the article's highlights, as its
 * paragraph numbers are, not from `highlights` (only the report's: a filtered report left out the
 * echo a filtered-out highlight keeps, and every cited paragraph was one ahead; review 13, #8).
 * Runs keep the body's offsets, so no highlight moves.
 */
export function markedRuns(
  body: string,
  highlights: readonly ReportHighlight[],
  from = 0
): Array<{ text: string; over: ReportHighlight[] }> {
  const placed = highlights.filter((h) => h.state !== 'orphan' && h.end > h.start && h.end <= body.length);
  const edges = [...new Set([from, body.length, ...placed.flatMap((h) => [h.start, h.end])])]
    .filter((edge) => edge >= from)
    .sort((a, b) => a - b);
  const runs: Array<{ text: string; over: ReportHighlight[] }> = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i]!, edges[i + 1]!];
    runs.push({ text: body.slice(start, end), over: placed.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}

/** A share 0..1 as `42%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
