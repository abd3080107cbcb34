import { changedWording } from './changedWording';
import { figuresLine } from './figuresLine';
import { reportCitation, sourceColumns } from './sourcesTable';
import { escapeHtml as e, HIGHLIGHT_COLOURS, REPORT_CSP } from './html';
import { type ParagraphLabel, fullTextParagraphs } from './fullTextParagraphs';
import { noteHtml } from './noteHtml';
import { type Report, type ReportHighlight, coloursUsed } from './reportModel';
import { REPORT_GENERATOR } from './reportMarker';
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

const STYLE = `
body { font: 16px/1.5 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
/* A number or a source's letter never wraps ("100" over "%": review 13, #18); it stays narrow. */
th.num, td.num, th.key, td.key { white-space: nowrap; overflow-wrap: normal; text-align: right; width: 1%; }
th.key, td.key { text-align: center; }
/* The overlap table (at most 12 rows) is kept on one page. */
table.overlap { break-inside: avoid; }
mark { color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.labels { font: 0.8em system-ui, sans-serif; color: #444; margin-top: -0.6em; }
.label { font: 0.75em system-ui, sans-serif; font-weight: bold; border: 1px solid #555; border-radius: 3px; padding: 0 0.3em; margin-right: 0.1em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.note { border-left: 3px solid #888; margin: 0.4em 0 0.4em 0; padding-left: 0.8em; overflow-wrap: anywhere; }
.note > :first-child { margin-top: 0; }
.note > :last-child { margin-bottom: 0; }
.note p, .note ul, .note ol, .note pre, .note blockquote { margin: 0 0 0.4em; }
.note li { margin-bottom: 0; }
.note pre { white-space: pre-wrap; }
.note h1, .note h2, .note h3, .note h4, .note h5, .note h6 { font-size: 1em; margin: 0.3em 0; }
.url { font-size: 0.85em; color: #333; overflow-wrap: anywhere; }
.tags { font: 0.85em system-ui, sans-serif; color: #333; }
.cite { font-size: 0.85em; color: #333; }
.changed { border: 2px dotted #b00; padding: 0.3em 0.5em; margin: 0.3em 0; font: 0.95em system-ui, sans-serif; }
.note-label { font: bold 0.85em system-ui, sans-serif; margin: 0 0 0.2em; }
.article-note { margin-bottom: 0.8em; }
.fulltext p { white-space: pre-wrap; }
li { margin-bottom: 0.8em; }
${HIGHLIGHT_COLOURS.map((c, i) => `.c${i + 1} { background: ${c}; }`).join('\n')}
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  thead { display: table-header-group; }
  tr, li, .note, .cite, .article-note, .changed { break-inside: avoid; }
  /* A heading, the overlap table's caption and a note's passage and tags stay with what follows
     them. Chromium honours a chain of these: h2, h3 and caption all move with the unbreakable
     overlap table (they were left at the foot of the page before it). */
  h1, h2, h3, .caption, .passage, .tags, .note-label { break-after: avoid; }
  td { overflow-wrap: anywhere; }
  .article-start { break-before: page; }
  /* The full texts' heading opens the first full text's page, not the foot of the page before. */
  h2.full-texts { break-before: page; }
  h2.full-texts + .article-start { break-before: auto; }
}
`;

/**
 * The report as one self-contained HTML file: inline CSS, no script, a strict CSP meta tag,
 * highlight colours that survive printing, and every colour's meaning in words beside it (for
 * colour-blind readers and black-and-white printers). Everything from articles and users is
 * escaped: it can only ever be text.
 */
export function renderHtml(report: Report): string {
  const sources = sourcesById(report);
  const body: string[] = [`<h1>${e(report.title)}</h1>`];
  body.push(
    `<p>${e(report.scope)}. Made ${e(dateInWords(report.createdAt))}${report.author ? ` by ${e(report.author)}` : ''}.</p>`
  );
  const legend = coloursUsed(report);
  if (legend.length) {
    body.push(
      '<h2>Colours</h2><p>' + legend.map((c) => `<mark class="c${c.colour} label">${c.colour} ${e(c.label)}</mark>`).join(' ') + '</p>'
    );
  }
  // One table for every format (sourcesTable.ts): columns empty in every row left out.
  const columns = sourceColumns(report);
  body.push(
    `<h2>Sources</h2><table><thead><tr>${columns.map((c) => `<th${c.head === 'Source' ? ' class="key"' : ''}>${e(c.head)}</th>`).join('')}</tr></thead><tbody>`
  );
  for (const s of report.sources) {
    const cells = columns.map((c) => {
      const v = c.cell(s);
      return c.head === 'Source' ? `<td class="key">${e(v.text)}</td>` : `<td>${v.url ? link(v.text) : e(v.text)}</td>`;
    });
    body.push(`<tr id="source-${s.articleId}">${cells.join('')}</tr>`);
  }
  body.push('</tbody></table>');
  const groups = groupHighlights(report);
  if (groups.length) {
    body.push('<h2>Highlights</h2>');
    for (const group of groups) {
      body.push(`<h3>${e(group.heading)}</h3>`);
      // The article's own note heads its highlights (review 15, #5).
      for (const n of group.notes)
        body.push(`<div class="article-note"><p class="note-label">Article note</p>${tags(n.tags)}<div class="note">${noteHtml(n.note)}</div></div>`);
      body.push('<ul>');
      for (const h of group.highlights) {
        const source = sources.get(h.articleId);
        const where = h.paragraph === null ? 'no longer in the text' : `paragraph ${h.paragraph}`;
        body.push(
          // The meaning's chip stands before the marked words, not inside them, so the mark holds
          // exactly the highlighted words and a copied quote picks up no label.
          `<li><span class="label c${h.colour}">${e(h.colourLabel)}</span> <mark class="c${h.colour}">${e(h.quote.trim()).replace(/\s*\n\s*/g, '<br>')}</mark>` +
            `<div class="cite">${e(source ? reportCitation(source) : `Article ${h.articleId}`)}, ${where}</div>` +
            changedHtml(h) +
            tags(h.tags) +
            (h.note ? `<div class="note">${noteHtml(h.note)}</div>` : '') +
            '</li>'
        );
      }
      body.push('</ul>');
    }
  }
  const apart = notesApart(report);
  if (apart.length) {
    body.push('<h2>Notes</h2>');
    for (const n of apart) {
      const what = n.kind === 'story-note' ? 'Story' : n.kind === 'passage-note' ? 'Passage' : 'Article';
      body.push(`<h3>${what}: ${e(n.on)}</h3>`);
      if (n.quote) body.push(`<p class="passage">Passage: “${e(n.quote)}”</p>`);
      body.push(tags(n.tags), `<div class="note">${noteHtml(n.note)}</div>`);
    }
  }
  if (report.comparison) body.push(comparisonHtml(report));
  if (report.options.fullText) {
    body.push('<h2 class="full-texts">Full texts</h2>');
    for (const s of report.sources) {
      if (s.body === null) continue;
      const own = report.highlights.filter((h) => h.articleId === s.articleId);
      const paragraphs = fullTextParagraphs(s.body, own, s.shownFrom).map(
        (p) =>
          `<p>${p.runs.map((run) => (run.over.length ? markRun(run.text, run.over) : e(run.text))).join('')}</p>` +
          (p.labels.length ? `<p class="labels">${labelsHtml(p.labels)}</p>` : '')
      );
      body.push(`<h3 class="article-start">${e(s.title)}</h3><div class="fulltext">${paragraphs.join('')}</div>`);
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${REPORT_GENERATOR}">
<title>${e(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/**
 * A run under one or more highlights: the innermost colour, all meanings in words as its tooltip.
 * The meanings in words follow the paragraph ({@link fullTextParagraphs}), never stand between
 * its words: a quotation copied from the text is the article's (review 14, #9).
 */
function markRun(text: string, over: readonly ReportHighlight[]): string {
  const inner = over.at(-1)!;
  const labels = [...new Set(over.map((h) => h.colourLabel))].join(', ');
  return `<mark class="c${inner.colour}" title="${e(labels)}">${e(text)}</mark>`;
}

/** The line after a paragraph (labelsLine's words, fullTextParagraphs.ts), each meaning on its colour as in the legend. */
function labelsHtml(labels: readonly ParagraphLabel[]): string {
  return labels.map((l) => `<mark class="c${l.colour}">${e(l.label)}</mark>: “${e(l.words.replace(/\s+/g, ' '))}”`).join(' · ');
}

/** A changed highlight's two wordings, set apart (outlined as in the reader), not in the citation's small print. */
function changedHtml(h: ReportHighlight): string {
  const c = changedWording(h);
  if (c === null) return '';
  return `<div class="changed"><strong>${e(c.heading)}.</strong><br>Made on: “${e(c.madeOn)}”<br>Now reads: “${e(c.nowReads)}”</div>`;
}

function tags(list: readonly string[]): string {
  return list.length ? `<div class="tags">Tags: ${list.map(e).join(', ')}</div>` : '';
}

/** A web address as a link; anything that is not http(s) as text, never a link. */
function link(url: string | null): string {
  if (url === null) return '';
  return /^https?:\/\//i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

function comparisonHtml(report: Report): string {
  const c = report.comparison!;
  const titleOf = (id: number): string => e(comparedName(report, id));
  const letters = comparisonLetters(report);
  const out = [
    `<h2>Comparison</h2><h3>Overlap</h3><p class="caption">${e(overlapCaption(report))}</p><table class="overlap"><thead><tr><th></th>`
  ];
  out.push(c.articleIds.map((id) => `<th class="key">${letters.get(id) ?? ''}</th>`).join('') + '</tr></thead><tbody>');
  c.shares.forEach((row, i) =>
    out.push(
      `<tr><th class="key">${letters.get(c.articleIds[i]!) ?? ''}</th>${row.map((v) => `<td class="num">${percent(v)}</td>`).join('')}</tr>`
    )
  );
  out.push('</tbody></table>');
  if (c.wireGroups.length) {
    out.push('<h3>Wire copies</h3><ul>');
    for (const g of c.wireGroups)
      out.push(
        `<li>${g.articleIds.map(titleOf).join('; ')} (likely original: ${titleOf(g.originalId)}${g.agency ? `, ${e(g.agency)}` : ''})</li>`
      );
    out.push('</ul>');
  }
  if (c.alteredQuotes.length) {
    out.push('<h3>Quotes worded differently</h3><ul>');
    for (const v of c.alteredQuotes)
      out.push(`<li>${v.map((x) => `“${e(x.text)}” (${x.articleIds.map(titleOf).join('; ')})`).join(' / ')}</li>`);
    out.push('</ul>');
  }
  if (c.disagreeingFigures.length) {
    out.push('<h3>Figures that disagree</h3><ul>');
    for (const f of c.disagreeingFigures)
      out.push(`<li>${figuresLine(f, titleOf, e)}</li>`);
    out.push('</ul>');
  }
  return out.join('\n');
}
