import { changedWording } from './changedWording';
import { figuresLine } from './figuresLine';
import { reportCitation, sourceColumns } from './sourcesTable';
import { inline, tableCell } from './markdownEscape';
import { noteMarkdown } from './noteMarkdownOut';
import type { Report, ReportHighlight } from './reportModel';
import { REPORT_GENERATOR } from './reportMarker';
import {
  comparedName,
  comparisonLetters,
  dateInWords,
  dateIsFileSaved,
  groupHighlights,
  notesApart,
  overlapCaption,
  percent,
  sourcesById
} from './sourceText';
import { type FullTextRun, fullTextParagraphs, labelsLine } from './fullTextParagraphs';

/**
 * The report as Markdown that reads well in Obsidian and converts with pandoc: YAML front matter
 * with the sources, `==highlight==` with the colour's meaning as a label, tags as `#tags`, notes as
 * block quotes, citations as footnotes.
 *
 * NB: every text that comes from an article or the user (titles, quotes, notes, tags) is escaped,
 * so HTML or script in it stays text when pandoc or Obsidian renders the file; a note's own Markdown
 * (emphasis, links, lists) is written back from the app's reading of it, its words escaped the same way.
 */
export function renderMarkdown(report: Report): string {
  const sources = sourcesById(report);
  const out: string[] = [frontMatter(report), '', `# ${inline(report.title)}`, ''];
  out.push(
    `${inline(report.scope)}. Made ${dateInWords(report.createdAt)}${report.author ? ` by ${inline(report.author)}` : ''}.`,
    ''
  );
  // One table for every format (sourcesTable.ts): columns empty in every row left out.
  const columns = sourceColumns(report);
  out.push('## Sources', '', `| ${columns.map((c) => c.head).join(' | ')} |`, `|${columns.map(() => '---|').join('')}`);
  for (const s of report.sources)
    out.push(`| ${columns.map((c) => tableCell(c.cell(s).text)).join(' | ')} |`);
  out.push('');
  // Footnotes are numbered in the report, 1, 2, 3… in reading order (library ids skipped numbers:
  // review 13, #17); a highlight listed twice (two tags) cites its one footnote twice.
  const footnotes: string[] = [];
  const footnoteOf = new Map<number, string>();
  const cite = (h: ReportHighlight): string => {
    let label = footnoteOf.get(h.id);
    if (label === undefined) {
      label = `[^h${footnoteOf.size + 1}]`;
      footnoteOf.set(h.id, label);
      const source = sources.get(h.articleId);
      // An orphan has no paragraph; the list item says it is gone, so the footnote only cites.
      const where = h.paragraph === null ? '' : `, paragraph ${h.paragraph}`;
      footnotes.push(
        `${label}: ${source ? inline(reportCitation(source)) : `Article ${h.articleId}`}${where}.${source?.url ? ` ${linkOrText(source.url)}` : ''}`
      );
    }
    return label;
  };
  const groups = groupHighlights(report);
  if (groups.length > 0) {
    out.push('## Highlights', '');
    for (const group of groups) {
      out.push(`### ${inline(group.heading)}`, '');
      // The article's own note heads its highlights (review 15, #5).
      for (const n of group.notes) {
        out.push('**Article note**', '');
        if (n.tags.length) out.push(n.tags.map(hashTag).join(' '), '');
        out.push(...blockQuote(n.note, ''), '');
      }
      for (const h of group.highlights) {
        out.push(
          `- **${inline(h.colourLabel)}**: ${markedQuote(h.quote, '  ')}${cite(h)}${h.paragraph === null ? ' *(no longer in the text)*' : ''}`
        );
        const changed = changedWording(h);
        if (changed)
          out.push(
            '',
            `  **${changed.heading}.** Made on: “${inline(changed.madeOn)}” / Now reads: “${inline(changed.nowReads)}”`
          );
        if (h.tags.length) out.push(`  ${h.tags.map(hashTag).join(' ')}`);
        if (h.note) out.push('', ...blockQuote(h.note, '  '));
        out.push('');
      }
    }
  }
  const apart = notesApart(report);
  if (apart.length > 0) {
    out.push('## Notes', '');
    for (const n of apart) {
      const what = n.kind === 'story-note' ? 'Story' : n.kind === 'passage-note' ? 'Passage' : 'Article';
      out.push(`### ${what}: ${inline(n.on)}`, '');
      if (n.quote) out.push(`Passage: ${inline(n.quote)}`, '');
      if (n.tags.length) out.push(n.tags.map(hashTag).join(' '), '');
      out.push(...blockQuote(n.note, ''), '');
    }
  }
  if (report.comparison) out.push(...comparisonSection(report), '');
  if (report.options.fullText) {
    out.push('## Full texts', '');
    for (const s of report.sources) {
      if (s.body === null) continue;
      out.push(`### ${inline(s.title)}`, '');
      const own = report.highlights.filter((h) => h.articleId === s.articleId);
      for (const p of fullTextParagraphs(s.body, own, s.shownFrom)) {
        out.push(markedParagraph(p.runs), '');
        if (p.labels.length) out.push(`*${inline(labelsLine(p.labels))}*`, '');
      }
    }
  }
  if (footnotes.length) out.push(...footnotes, '');
  return out.join('\n');
}

/**
 * A highlight's words, marked: each paragraph of a quote that spans several its own `==…==`, the
 * later ones indented by `indent` after a blank line, so they stay in the list item with the
 * highlight's tags and note. NB: unindented, the blank line ended the item: pandoc and Obsidian
 * cut the quote in two, left both `==` unpaired and put the note under no highlight.
 */
function markedQuote(quote: string, indent: string): string {
  const paragraphs = quote
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (paragraphs.length ? paragraphs : [quote]).map((line) => `==${inline(line)}==`).join(`\n\n${indent}`);
}

/**
 * A paragraph with its highlighted words marked `==…==`, touching highlights as one mark (`====`
 * between two would read as no mark). The meanings follow the paragraph ({@link fullTextParagraphs}),
 * never stand between its words (review 14, #9).
 */
function markedParagraph(runs: readonly FullTextRun[]): string {
  const pieces: string[] = [];
  for (let i = 0; i < runs.length; ) {
    if (runs[i]!.over.length === 0) pieces.push(inline(runs[i++]!.text));
    else {
      let marked = '';
      while (i < runs.length && runs[i]!.over.length > 0) marked += runs[i++]!.text;
      pieces.push(markRun(marked));
    }
  }
  return pieces.join('');
}

/** Words marked `==…==`. NB: `==` must touch its words (`== x ==` is no mark): spaces at the edges go outside. */
function markRun(text: string): string {
  const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return words === '' ? text : `${lead}==${inline(words!)}==${trail}`;
}

function comparisonSection(report: Report): string[] {
  const c = report.comparison!;
  const titleOf = (id: number): string => inline(comparedName(report, id));
  const letters = comparisonLetters(report);
  const out = ['## Comparison', '', '### Overlap', '', overlapCaption(report), ''];
  out.push(
    `| | ${c.articleIds.map((id) => letters.get(id)).join(' | ')} |`,
    `|---|${c.articleIds.map(() => '---:').join('|')}|`
  );
  c.shares.forEach((row, i) => out.push(`| ${letters.get(c.articleIds[i]!)} | ${row.map(percent).join(' | ')} |`));
  out.push('');
  if (c.wireGroups.length) {
    out.push('### Wire copies', '');
    for (const g of c.wireGroups)
      out.push(
        `- ${g.articleIds.map(titleOf).join('; ')} (likely original: ${titleOf(g.originalId)}${g.agency ? `, ${inline(g.agency)}` : ''})`
      );
    out.push('');
  }
  if (c.alteredQuotes.length) {
    out.push('### Quotes worded differently', '');
    for (const variants of c.alteredQuotes) {
      out.push(`- ${variants.map((v) => `“${inline(v.text)}” (${v.articleIds.map(titleOf).join('; ')})`).join(' / ')}`);
    }
    out.push('');
  }
  if (c.disagreeingFigures.length) {
    out.push('### Figures that disagree', '');
    for (const f of c.disagreeingFigures)
      out.push(`- ${figuresLine(f, titleOf, inline)}`);
    out.push('');
  }
  return out;
}

/** A web address as an autolink; anything else (`javascript:…`) as plain text, never a link. */
function linkOrText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : inline(url);
}

/**
 * A note as a block quote: its Markdown kept as Markdown with its words escaped ({@link noteMarkdown}),
 * every line prefixed, blank lines kept inside the quote.
 */
function blockQuote(note: string, indent: string): string[] {
  return noteMarkdown(note)
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd());
}

/** A tag as an Obsidian tag: letters, digits, `_`, `-` and `/` only (spaces become `-`). */
export function hashTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
  // NB: Obsidian does not take an all-digit tag (#2018): prefixing keeps it a tag.
  return `#${/^\d*$/.test(cleaned) ? `tag-${cleaned}` : cleaned}`;
}

/** YAML front matter; every string is written as a JSON string, which is valid YAML and escapes everything. */
function frontMatter(report: Report): string {
  const q = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));
  const lines = ['---', `title: ${q(inline(report.title))}`, `date: ${q(report.createdAt)}`];
  if (report.author) lines.push(`author: ${q(inline(report.author))}`);
  // The mark an import recognises a copied report by (reportMarker.ts).
  lines.push(`scope: ${q(report.scope)}`, `generator: ${q(REPORT_GENERATOR)}`, 'sources:');
  for (const s of report.sources) {
    lines.push(
      `  - key: ${q(s.key)}`,
      `    title: ${q(s.title)}`,
      `    outlet: ${q(s.outlet)}`,
      `    byline: ${q(s.byline)}`,
      `    date: ${q(s.publishedAt)}`,
      // A date from the file's properties is the day it was saved, not published (sourceDate).
      `    date_from_file: ${dateIsFileSaved(s)}`,
      `    url: ${q(s.url)}`,
      `    wire: ${q(s.wireCredits.join(', ') || null)}`
    );
  }
  lines.push('---');
  return lines.join('\n');
}
