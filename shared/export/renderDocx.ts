import { figuresLine } from './figuresLine';
import {
  BorderStyle,
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type ParagraphChild
} from 'docx';
import { type Report, type ReportHighlight, coloursUsed } from './reportModel';
import { clean } from './docxText';
import { HIGHLIGHT_COLOURS } from './html';
import { changedWording } from './changedWording';
import { noteParagraphs } from './noteDocx';
import { reportCitation, sourceColumns } from './sourcesTable';
import { type ColumnContent, fitColumns } from './docxColumns';
import { DOCX_GENERATOR_PROPERTY, REPORT_GENERATOR } from './reportMarker';
import {
  comparedName,
  comparisonLetters,
  dateInWords,
  groupHighlights,
  notesApart,
  overlapCaption,
  percent,
  sourcesById
} from './sourceText';
import { fullTextParagraphs, labelsLine } from './fullTextParagraphs';

/** A4 in twips, with one-inch margins: the page the report is laid out on. */
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MARGIN = 1440;
/** The width the tables span: the page less its side margins. */
const PAGE_TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;

/**
 * The report as a Word document (`.docx`, the `docx` package): headings, a sources table whose
 * header row repeats on each page, highlights shaded in their colour with the colour's meaning in
 * words before them, and each highlight's note as a Word **comment** on its highlighted words with
 * its tags in the comment, so Word's and LibreOffice's review pane lists them. Article, story and
 * passage notes and the comparison follow as text; with full texts, each article starts a new
 * page with its highlights shaded. Pure (no Node or DOM): the bytes come back as a `Uint8Array`.
 */
export async function renderDocx(report: Report): Promise<Uint8Array> {
  const sources = sourcesById(report);
  const comments: ICommentOptions[] = [];
  const author = clean(report.author ?? 'Crosscheck');
  const legend = coloursUsed(report);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(report.title))] }),
    new Paragraph({
      children: [
        new TextRun(
          clean(`${report.scope}. Made ${dateInWords(report.createdAt)}${report.author ? ` by ${report.author}` : ''}.`)
        )
      ]
    }),
    ...(legend.length
      ? [
          heading('Colours', 1),
          new Paragraph({
            children: legend.flatMap((c) => [
              new TextRun({ text: clean(`${c.colour} ${c.label}`), bold: true, shading: shade(c.colour) }),
              new TextRun('  ')
            ])
          })
        ]
      : []),
    heading('Sources', 1),
    sourcesTable(report)
  ];

  const groups = groupHighlights(report);
  if (groups.length > 0) {
    children.push(heading('Highlights', 1));
    for (const group of groups) {
      children.push(heading(group.heading, 2));
      // The article's own note heads its highlights (review 15, #5).
      for (const n of group.notes) {
        children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Article note', bold: true })] }));
        if (n.tags.length) children.push(new Paragraph({ children: [new TextRun({ text: clean(`Tags: ${n.tags.join(', ')}`), color: '444444' })] }));
        children.push(...noteParagraphs(n.note, { indent: 360, hyperlinks: true }));
      }
      for (const h of group.highlights) {
        const source = sources.get(h.articleId);
        const runs: ParagraphChild[] = [new TextRun({ text: clean(`${h.colourLabel}: `), bold: true })];
        const quote = lineRuns(h.quote, { shading: shade(h.colour) });
        if (h.note || h.tags.length) {
          // Word numbers comments itself; ids only need to be unique in the file.
          const id = comments.length;
          comments.push({
            id,
            author,
            initials: initials(author),
            date: new Date(h.updatedAt),
            children: commentParagraphs(h)
          });
          runs.push(new CommentRangeStart(id), ...quote, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
        } else runs.push(...quote);
        children.push(new Paragraph({ children: runs, keepNext: true, spacing: { before: 160 } }));
        const where = h.paragraph === null ? 'no longer in the text' : `paragraph ${h.paragraph}`;
        children.push(
          new Paragraph({
            children: [
              new TextRun({
                text: clean(`${source ? reportCitation(source) : `Article ${h.articleId}`}, ${where}`),
                size: 18,
                color: '444444'
              })
            ]
          })
        );
        const changed = changedWording(h);
        if (changed)
          children.push(
            new Paragraph({
              border: { left: { style: BorderStyle.DOTTED, size: 12, color: 'BB0000', space: 6 } },
              indent: { left: 120 },
              children: [
                new TextRun({ text: clean(`${changed.heading}.`), bold: true, color: 'BB0000' }),
                new TextRun({ text: clean(`Made on: “${changed.madeOn}”`), break: 1 }),
                new TextRun({ text: clean(`Now reads: “${changed.nowReads}”`), break: 1 })
              ]
            })
          );
      }
    }
  }

  const apart = notesApart(report);
  if (apart.length > 0) {
    children.push(heading('Notes', 1));
    for (const n of apart) {
      const what = n.kind === 'story-note' ? 'Story' : n.kind === 'passage-note' ? 'Passage' : 'Article';
      children.push(heading(`${what}: ${n.on}`, 2));
      if (n.quote) children.push(new Paragraph({ children: [new TextRun(clean(`Passage: “${n.quote}”`))] }));
      if (n.tags.length) children.push(new Paragraph({ children: [new TextRun({ text: clean(`Tags: ${n.tags.join(', ')}`), color: '444444' })] }));
      children.push(...noteParagraphs(n.note, { indent: 360, hyperlinks: true }));
    }
  }

  if (report.comparison) children.push(...comparison(report));

  if (report.options.fullText) {
    children.push(heading('Full texts', 1));
    for (const s of report.sources) {
      if (s.body === null) continue;
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(clean(s.title))] }));
      const own = report.highlights.filter((h) => h.articleId === s.articleId);
      // The meanings follow each paragraph in a line of their own, never between its words: a
      // quotation copied or extracted from the text is the article's (review 14, #9).
      for (const p of fullTextParagraphs(s.body, own, s.shownFrom)) {
        children.push(
          new Paragraph({
            children: p.runs.map((run) =>
              run.over.length === 0
                ? new TextRun(clean(run.text))
                : new TextRun({ text: clean(run.text), shading: shade(run.over.at(-1)!.colour) })
            )
          })
        );
        if (p.labels.length)
          children.push(
            new Paragraph({ children: [new TextRun({ text: clean(labelsLine(p.labels)), size: 16, italics: true, color: '444444' })] })
          );
      }
    }
  }

  const doc = new Document({
    creator: author,
    title: clean(report.title),
    description: clean(report.scope),
    // The mark an import recognises a copied report by (reportMarker.ts).
    customProperties: [{ name: DOCX_GENERATOR_PROPERTY, value: REPORT_GENERATOR }],
    comments: { children: comments },
    styles: { default: { document: { run: { font: 'Georgia', size: 22 } } } },
    sections: [
      {
        // Set here, not left to the package's default, as the tables' widths are worked out from it.
        properties: { page: { size: { width: A4_WIDTH, height: A4_HEIGHT }, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })]
              })
            ]
          })
        },
        children
      }
    ]
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** Text that may hold line breaks as runs, each line after the first starting on a new line of the same paragraph. */
function lineRuns(text: string, props: { shading?: ReturnType<typeof shade> } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ ...props, text: clean(line), ...(i > 0 ? { break: 1 } : {}) }));
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    children: [new TextRun(clean(text))]
  });
}

/** A highlight colour 1–6 as Word shading (the same light colours as the HTML report). */
function shade(colour: number): { type: typeof ShadingType.CLEAR; fill: string; color: string } {
  return { type: ShadingType.CLEAR, fill: (HIGHLIGHT_COLOURS[colour - 1] ?? HIGHLIGHT_COLOURS[0]!).slice(1).toUpperCase(), color: 'auto' };
}

/** A comment's text: the note (its Markdown as Word runs and lines), then the tags. */
function commentParagraphs(h: ReportHighlight): Paragraph[] {
  const out = h.note ? noteParagraphs(h.note) : [];
  if (h.tags.length) out.push(new Paragraph({ children: [new TextRun({ text: clean(`Tags: ${h.tags.map((t) => `#${t}`).join(' ')}`), italics: true })] }));
  return out;
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('')
      .slice(0, 4)
      .toUpperCase() || 'CC'
  );
}

function cell(content: string | ParagraphChild, width: number, bold = false): TableCell {
  const child = typeof content === 'string' ? new TextRun({ text: clean(content), bold, size: 18 }) : content;
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [child] })] });
}

/**
 * A table across the page's text width, each column as wide as what it holds asks (docxColumns.ts),
 * in Word's fixed layout so the widths are kept as written: the grid (`w:tblGrid`) and every
 * cell's width (`w:tcW`) agree. `rows[0]` is the header row, repeated on each page; no row is
 * split across pages.
 */
function fittedTable(fits: readonly ColumnContent['fit'][], rows: ReadonlyArray<ReadonlyArray<{ text: string; content?: ParagraphChild; bold?: boolean }>>): Table {
  const widths = fitColumns(
    fits.map((fit, i) => ({ fit, texts: rows.map((row) => row[i]?.text ?? '') })),
    PAGE_TEXT_WIDTH
  );
  return new Table({
    width: { size: PAGE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          ...(r === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.map((c, i) => cell(c.content ?? c.text, widths[i]!, c.bold))
        })
    )
  });
}

/** The sources as a table; its header row repeats on each page and no row is split across pages. */
function sourcesTable(report: Report): Table {
  // One table for every format (sourcesTable.ts): columns empty in every row left out, so the
  // titles get the width (six even columns wrapped them a word a line: review 15, #4).
  const columns = sourceColumns(report);
  return fittedTable(
    columns.map((c) => c.fit),
    [
      columns.map((c) => ({ text: c.head, bold: true })),
      ...report.sources.map((s) =>
        columns.map((c) => {
          const v = c.cell(s);
          const url = v.url ? link(v.text) : v.text;
          return { text: v.text, ...(typeof url === 'string' ? {} : { content: url }), bold: c.head === 'Source' };
        })
      )
    ]
  );
}

/** A web address as a link; anything that is not http(s) as text, never a link. */
function link(url: string | null): string | ParagraphChild {
  if (url === null) return '';
  if (!/^https?:\/\//i.test(url)) return url;
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text: clean(url), style: 'Hyperlink', size: 18 })] });
}

function comparison(report: Report): Array<Paragraph | Table> {
  const c = report.comparison!;
  const titleOf = (id: number): string => comparedName(report, id);
  const letters = comparisonLetters(report);
  const out: Array<Paragraph | Table> = [
    heading('Comparison', 1),
    heading('Overlap', 2),
    new Paragraph({ children: [new TextRun(overlapCaption(report))] }),
    fittedTable(
      [null, ...c.articleIds].map(() => 'tight' as const),
      [
        [{ text: '' }, ...c.articleIds.map((id) => ({ text: letters.get(id) ?? '', bold: true }))],
        ...c.shares.map((row, i) => [
          { text: letters.get(c.articleIds[i]!) ?? '', bold: true },
          ...row.map((v) => ({ text: percent(v) }))
        ])
      ]
    )
  ];
  const list = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    out.push(heading(title, 2), ...items.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(clean(text))] })));
  };
  list(
    'Wire copies',
    c.wireGroups.map(
      (g) => `${g.articleIds.map(titleOf).join('; ')} (likely original: ${titleOf(g.originalId)}${g.agency ? `, ${g.agency}` : ''})`
    )
  );
  list(
    'Quotes worded differently',
    c.alteredQuotes.map((v) => v.map((x) => `“${x.text}” (${x.articleIds.map(titleOf).join('; ')})`).join(' / '))
  );
  list(
    'Figures that disagree',
    c.disagreeingFigures.map((f) => figuresLine(f, titleOf))
  );
  return out;
}
