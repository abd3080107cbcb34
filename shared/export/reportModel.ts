import type { AnchorState, AnnotationKind } from '@shared/contract/annotationSchemas';

/**
 * The report an export writes, whatever its format: plain data gathered by the engine
 * (electron/library/export/gatherReport.ts) and turned into a file by the pure renderers beside this
 * file (the PDF is the HTML report printed by Chromium), so every format says the same things.
 * Positions are UTF-16 code units of the article's clean body, as everywhere in Crosscheck.
 */

/** Every format `crosscheck export` and `export:render` write. */
export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'json', 'csv', 'csl', 'bib', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text formats, rendered by renderReport (pure, for the live preview); pdf and docx are bytes (renderDocx, and the HTML printed by Chromium). */
export const TEXT_FORMATS = ['md', 'html', 'json', 'csv', 'csl', 'bib', 'ris'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** How highlights are grouped in the Markdown and HTML reports. */
export type ReportGrouping = 'article' | 'colour' | 'tag';

/** What the user chose for the report. */
export interface ReportOptions {
  readonly group: ReportGrouping;
  /** Full texts with the highlights marked, instead of the highlighted excerpts alone. */
  readonly fullText: boolean;
  /** Include the comparison (overlap, wire copies, quotes, figures) of a story or comparison. */
  readonly includeComparison: boolean;
}

/** One article the report cites. */
export interface ReportSource {
  readonly articleId: number;
  /** A citation key unique in the report (`reuters2018russia`), used by BibTeX, CSL-JSON and the footnotes. */
  readonly key: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** ISO date or date-time, as stored. */
  readonly publishedAt: string | null;
  /**
   * `publishedAt` is only the day the file was saved (read from a DOCX's or PDF's properties, not
   * corrected by the user: `ArticleSummary.dateFromFile`): every format says so in words
   * (`sourceDate`), the CSV in its `date_from_file` column, and the citation formats give it as a
   * note, never as the date issued.
   */
  readonly dateFromFile: boolean;
  readonly url: string | null;
  /**
   * The name of the file it was imported from (no folder: the report is sent to others), and when:
   * what a source with no URL is traced by (shared/export/sourcesTable.ts `sourceFile`). Null when
   * it was not imported from a file.
   */
  readonly fileName: string | null;
  readonly importedAt: string | null;
  readonly wireCredits: readonly string[];
  /** `urn:crosscheck:text:<hash>`: stands for the article in the W3C export when it has no URL. */
  readonly urn: string;
  /** The clean body, only when the report has full texts. */
  readonly body: string | null;
  /**
   * Where the printed full text starts in `body` (shared/text/shownParagraphs.ts `shownStart`):
   * past a first paragraph that only repeats the title, unless any placed highlight of the
   * article lies on it (all of them, as the paragraph numbers count, not only the report's).
   */
  readonly shownFrom: number;
}

/** One highlight, with what is needed to cite it. */
export interface ReportHighlight {
  readonly id: number;
  readonly articleId: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where it is in today's body; for an orphan, where it was made. */
  readonly start: number;
  readonly end: number;
  /** 1-based paragraph it starts in, counted as the reader shows them (shared/text/shownParagraphs.ts); null for an orphan. */
  readonly paragraph: number | null;
  readonly colour: number;
  /** What the colour means, in words (`Claim`). */
  readonly colourLabel: string;
  readonly tags: readonly string[];
  readonly note: string;
  readonly state: AnchorState;
  /**
   * The words it was made on, when its article's text was changed under it and its words now read
   * otherwise (state `changed`): a report quoting today's words says what was highlighted. Else null.
   */
  readonly madeOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The colours a report's highlights and notes use, in order: its legend. None when nothing is
 * coloured (review #9: a report of one article note printed all six meanings).
 */
export function coloursUsed(report: Pick<Report, 'colours' | 'highlights' | 'notes'>): Report['colours'] {
  const used = new Set<number>(report.highlights.map((h) => h.colour));
  const labels = new Set(report.notes.map((n) => n.colourLabel));
  return report.colours.filter((c) => used.has(c.colour) || labels.has(c.label));
}

/** An article, story or comparison-passage note. */
export interface ReportNote {
  readonly id: number;
  readonly kind: Exclude<AnnotationKind, 'highlight'>;
  /** The articles it is on: one for an article note, the passage's for a passage note, the story's for a story note. */
  readonly articleIds: readonly number[];
  /** The article's title, the story's name, or a passage note's articles' titles (`; ` between). */
  readonly on: string;
  /** A passage note's words in its first article. */
  readonly quote: string | null;
  /**
   * A passage note's words in each of its articles, with their context and place (as a highlight's),
   * so the W3C export names the passage and not only its articles; null for other notes.
   */
  readonly spans: ReadonlyArray<ReportSpan> | null;
  readonly colour: number | null;
  readonly colourLabel: string | null;
  readonly tags: readonly string[];
  readonly note: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One article's part of a passage note: its words with up to 32 characters of context either side, and where they are. */
export interface ReportSpan {
  readonly articleId: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** What a comparison found, reduced to what a report prints. */
export interface ReportComparison {
  readonly articleIds: readonly number[];
  /** `shares[i][j]`: share of article i's words found in article j. */
  readonly shares: readonly (readonly number[])[];
  readonly wireGroups: ReadonlyArray<{
    readonly articleIds: readonly number[];
    readonly originalId: number;
    readonly agency: string | null;
  }>;
  /** Quotes the articles word differently: each wording with the articles using it. */
  readonly alteredQuotes: ReadonlyArray<ReadonlyArray<{ readonly text: string; readonly articleIds: readonly number[] }>>;
  /** Figures that disagree: what is counted, and each article's figure. */
  readonly disagreeingFigures: ReadonlyArray<{
    readonly label: string;
    readonly figures: ReadonlyArray<{ readonly text: string; readonly articleId: number }>;
  }>;
}

/** Everything an export says. */
export interface Report {
  readonly title: string;
  /** ISO date-time the report was made. */
  readonly createdAt: string;
  /** Who made it (the `export.author` setting); null when unset. */
  readonly author: string | null;
  /** The scope in words (`Story 3: "Daraa talks"`). */
  readonly scope: string;
  readonly options: ReportOptions;
  /** Every colour 1–6 with its meaning. */
  readonly colours: ReadonlyArray<{ readonly colour: number; readonly label: string }>;
  readonly sources: readonly ReportSource[];
  /** In article order, then by position. */
  readonly highlights: readonly ReportHighlight[];
  readonly notes: readonly ReportNote[];
  /** For a story or comparison of 2–12 articles when the comparison is included; null otherwise. */
  readonly comparison: ReportComparison | null;
}
