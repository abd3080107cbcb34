import type { Report, ReportSource } from './reportModel';
import { bylineAuthors, dateIsFileSaved, dateParts, sourceDate } from './sourceText';
import { sourceFile } from './sourcesTable';

/**
 * The report's sources as citations: CSL-JSON (`article-newspaper`), BibTeX and RIS (`TY  - NEWS`,
 * following Zotero's RIS mapping of a newspaper article). Wire credits go in a note, and so does a
 * date that is only the day the file was saved: a reference manager cites the date issued as the
 * day the piece was published, which that date is not (issue 15).
 */

/** The date a citation gives as issued: the source's, unless it is only the day its file was saved. */
function issuedParts(s: ReportSource): number[] | null {
  return dateIsFileSaved(s) ? null : dateParts(s.publishedAt);
}

/**
 * The notes a citation carries: where a source with no URL came from (`File 009.txt, imported 7
 * December 2026`, as the report's sources table says it: review 16, finding 10), the wire credit,
 * and a file's saved date (`File saved 2 March 2019 (not the publication date)`). A note, since
 * Zotero reads BibTeX's `note`, RIS's `N1` and CSL's `note` into the item (Extra or a child note).
 */
function citationNotes(s: ReportSource): string[] {
  const notes: string[] = [];
  const file = sourceFile(s);
  if (file) notes.push(`${file.charAt(0).toUpperCase()}${file.slice(1)}`);
  if (s.wireCredits.length) notes.push(`Wire credit: ${s.wireCredits.join(', ')}`);
  if (dateIsFileSaved(s)) {
    const saved = sourceDate(s);
    notes.push(`${saved.charAt(0).toUpperCase()}${saved.slice(1)} (not the publication date)`);
  }
  return notes;
}

/** CSL-JSON, as Zotero and pandoc's citeproc read it. */
export function renderCslJson(report: Report): string {
  const items = report.sources.map((s) => {
    const parts = issuedParts(s);
    const authors = bylineAuthors(s.byline);
    const notes = citationNotes(s);
    return {
      id: s.key,
      type: 'article-newspaper',
      title: s.title,
      ...(s.outlet ? { 'container-title': s.outlet } : {}),
      ...(authors.length
        ? { author: authors.map((a) => (a.given ? { family: a.family, given: a.given } : { literal: a.family })) }
        : {}),
      ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
      ...(s.url ? { URL: s.url } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {})
    };
  });
  return JSON.stringify(items, null, 2) + '\n';
}

/** BibTeX: `@article` with `journal` (the outlet) and a full `date`, plus `year`/`month` for classic BibTeX. */
export function renderBibtex(report: Report): string {
  const entries = report.sources.map((s) => {
    const parts = issuedParts(s);
    const authors = bylineAuthors(s.byline);
    const notes = citationNotes(s);
    // Values are escaped as they go in; a one-word author is braced so BibTeX does not split it.
    // NB: the title is braced twice: BibTeX styles lowercase the words of a title in single braces.
    const fields: Array<[string, string]> = [['title', `{${bibEscape(s.title)}}`]];
    if (s.outlet) fields.push(['journal', bibEscape(s.outlet)]);
    if (authors.length)
      fields.push([
        'author',
        authors.map((a) => (a.given ? `${bibEscape(a.family)}, ${bibEscape(a.given)}` : `{${bibEscape(a.family)}}`)).join(' and ')
      ]);
    if (parts) {
      fields.push(['date', s.publishedAt!.slice(0, [4, 7, 10][parts.length - 1])]);
      fields.push(['year', String(parts[0])]);
      if (parts[1] !== undefined) fields.push(['month', String(parts[1])]);
    }
    if (s.url) fields.push(['url', bibEscape(s.url)]);
    if (notes.length) fields.push(['note', bibEscape(notes.join('; '))]);
    const body = fields.map(([k, v]) => `  ${k} = {${v}}`);
    return `@article{${s.key},\n${body.join(',\n')}\n}`;
  });
  return entries.join('\n\n') + '\n';
}

/** RIS as Zotero writes a newspaper article: TY NEWS, TI, AU (Family, Given), T2, DA, PY, UR, N1, ER. */
export function renderRis(report: Report): string {
  const records = report.sources.map((s) => {
    const parts = issuedParts(s);
    const lines: Array<[string, string]> = [
      ['TY', 'NEWS'],
      ['TI', s.title]
    ];
    for (const a of bylineAuthors(s.byline)) lines.push(['AU', a.given ? `${a.family}, ${a.given}` : a.family]);
    if (s.outlet) lines.push(['T2', s.outlet]);
    if (parts) {
      lines.push(['DA', `${parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/')}/`]);
      lines.push(['PY', String(parts[0])]);
    }
    if (s.url) lines.push(['UR', s.url]);
    for (const note of citationNotes(s)) lines.push(['N1', note]);
    lines.push(['ID', s.key]);
    return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n');
  });
  return records.join('\r\n\r\n') + '\r\n';
}

/** RIS is one field per line: line breaks in a value become spaces. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * A value made literal in BibTeX: braces, backslashes and the characters LaTeX treats as commands
 * are escaped, so a title holding `{`, `%` or `\input` stays text.
 */
export function bibEscape(value: string): string {
  return oneLine(value).replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`
  );
}

/** Short words a key never starts from: they say nothing about the source. */
const KEY_SKIP = new Set([
  'after',
  'about',
  'from',
  'have',
  'into',
  'over',
  'says',
  'that',
  'than',
  'this',
  'what',
  'when',
  'with'
]);

/**
 * The first telling word of a text, as a key part: lower case, accents dropped, at least four
 * letters. NB: the text is split at every character that is not a letter or digit before words are
 * picked, so a part is always a whole word (`Syria’s` gives `syria`, never `syrias`; `al-Khalidi`
 * gives `khalidi`, `Buṣra` gives `busra`), and a text with no Latin letters gives none.
 */
function keyWord(text: string | null): string {
  return (
    (text ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => w.length > 3 && /[a-z]/.test(w) && !KEY_SKIP.has(w)) ?? ''
  );
}

/**
 * The first word over three letters, punctuation dropped inside words (`Assad’s` → `assads`,
 * `al-Sham` → `alsham`): the first rule's key part, kept for the keys it made.
 */
function firstLongWord(text: string | null): string {
  return (
    (text ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, '')
      .split(/\s+/)
      .find((w) => w.length > 3) ?? ''
  );
}

/**
 * The key of a source with an outlet and a year, exactly as the first rule made it
 * (`reuters2018russia`, `reuters2018assads`). NB: reports and notes already exported cite these
 * keys, so they never change; only sources without outlet or year get {@link readableKey}.
 */
function firstKey(outlet: string | null, year: string, title: string, articleId: number): string {
  return `${firstLongWord(outlet)}${year}${firstLongWord(title) || String(articleId)}`;
}

/**
 * The key of a source the first rule keyed unreadably (`articlendsyrian`, `article2018regime`):
 * who + year + what, whole words only; an undated source has no year, and a hyphen keeps who and
 * what apart.
 */
function readableKey(s: Pick<ReportSource, 'outlet' | 'byline' | 'title' | 'articleId'>, year: string): string {
  const who = keyWord(s.outlet) || keyWord(bylineAuthors(s.byline)[0]?.family ?? null);
  const what = keyWord(s.title);
  // The year keeps who and what apart; undated, a hyphen does (BibTeX, CSL and RIS all take it).
  if (who !== '') return what === '' ? `${who}${year}` : `${who}${year || '-'}${what}`;
  return what !== '' ? `${what}${year}` : `article${s.articleId}`;
}

/**
 * Citation keys unique in the report, as reference managers make them: who (the outlet, else the
 * first author's family name) + year + the title's first telling word (`reuters2018russia`,
 * `francis2018rebels`); with no outlet nor author, the title word + year (`syrian2018`). An
 * undated source has no year (`syrian`, `reuters-russia`) rather than a marker that would read as
 * part of a word (`articlendsyrian`). A source with an outlet and a year keeps the key it always
 * had ({@link firstKey}: `reuters2018assads`), since exported reports and notes cite it.
 * When two sources would share a key, `b`, `c`… are added to the second, third…
 */
export function citationKeys(
  sources: ReadonlyArray<Pick<ReportSource, 'outlet' | 'byline' | 'publishedAt' | 'title' | 'articleId'>>
): string[] {
  const used = new Map<string, number>();
  return sources.map((s) => {
    // NB: the year of a date that is only the day the file was saved stays in the key: a key is a
    // name, not a date cited, and reports and notes exported before the date was marked cite it.
    const year = s.publishedAt?.slice(0, 4) ?? '';
    const base =
      year !== '' && firstLongWord(s.outlet) !== '' ? firstKey(s.outlet, year, s.title, s.articleId) : readableKey(s, year);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}${n > 25 ? n : ''}`;
  });
}
