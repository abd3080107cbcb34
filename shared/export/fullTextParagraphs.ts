import type { ReportHighlight } from './reportModel';
import { markedRuns } from './sourceText';

/** A run of a paragraph's words, with the highlights over it (none: plain text). */
export interface FullTextRun {
  readonly text: string;
  readonly over: readonly ReportHighlight[];
}

/** One highlight on a paragraph, as the line after the paragraph names it. */
export interface ParagraphLabel {
  /** The colour's meaning (`Figure`). */
  readonly label: string;
  readonly colour: number;
  /** The highlight's words inside this paragraph, trimmed. */
  readonly words: string;
}

/** A paragraph of an article's full text in a report. */
export interface FullTextParagraph {
  /** The paragraph's words, exactly as in the article, cut where highlights start and end. */
  readonly runs: readonly FullTextRun[];
  /** The highlights on it, in the order they start: what the renderers print after the paragraph. */
  readonly labels: readonly ParagraphLabel[];
}

/**
 * An article's full text for a report, paragraph by paragraph: the words of each as in the article
 * (the renderers colour the highlighted runs and put nothing between the words), and the meaning of
 * each highlight on it, which every format prints after the paragraph, never inside it.
 *
 * Why: the labels used to stand in the text after each marked run (`jumped 67% to $1.13bn [Figure,
 * Claim] (£600m)`), so a quotation copied from the report, or a PDF's or Word file's extracted
 * text, carried them (review 14, #9). `from` is the source's `shownFrom`, as {@link markedRuns}'s.
 *
 * @example fullTextParagraphs('Up 67%.\nNext.', [figure on "67%"])
 * // [{ runs: [{ text: 'Up ', over: [] }, { text: '67%', over: [figure] }, { text: '.', over: [] }],
 * //    labels: [{ label: 'Figure', colour: 3, words: '67%' }] },
 * //  { runs: [{ text: 'Next.', over: [] }], labels: [] }]
 */
export function fullTextParagraphs(body: string, highlights: readonly ReportHighlight[], from = 0): FullTextParagraph[] {
  const paragraphs: FullTextParagraph[] = [];
  let runs: FullTextRun[] = [];
  // Each highlight's words inside the current paragraph, in the order the highlights start there.
  let words = new Map<ReportHighlight, string>();
  const close = () => {
    if (runs.length > 0) {
      const labels = [...words]
        .map(([h, text]) => ({ label: h.colourLabel, colour: h.colour, words: text.trim() }))
        .filter((l) => l.words !== '');
      paragraphs.push({ runs, labels });
    }
    runs = [];
    words = new Map();
  };
  for (const run of markedRuns(body, highlights, from)) {
    run.text.split(/(\n+)/).forEach((part, i) => {
      if (i % 2 === 1) return close();
      if (part === '') return;
      runs.push({ text: part, over: run.over });
      for (const h of run.over) words.set(h, (words.get(h) ?? '') + part);
    });
  }
  close();
  return paragraphs;
}

/**
 * The words the line after a paragraph says: each highlight's meaning and its words,
 * `Figure: “$1.13bn (£600m)” · Claim: “(£600m) for the three months”`.
 */
export function labelsLine(labels: readonly ParagraphLabel[]): string {
  return labels.map((l) => `${l.label}: “${l.words.replace(/\s+/g, ' ')}”`).join(' · ');
}
