/**
 * Metadata from an article's plain text: title, publication date, dateline, wire credits, byline
 * and photo credits. For formats that carry no metadata of their own (plain text, pasted text),
 * and to fill gaps in those that do.
 */
import type { ArticleMetadata } from './types';
import { type Byline, bylineDate, matchByline } from './byline';
import { type ClassifiedLine, classifyLines } from './classify';
import { creditsIn, photoCreditsIn } from './credits';
import { type Dateline, matchDateline } from './dateline';
import { findDates, readDateLine, readNumericDateLine } from './dates';
import { headerUrl } from './headerUrl';
import { pickTitle, titleFromFileName } from './title';

/** How many paragraphs from the top a dateline may open (headline, standfirst, lead…). */
const DATELINE_LINES = 6;
/** How many paragraphs from the top a date in figures is read from: it dates the article only in its header. */
const NUMERIC_DATE_LINES = 6;

/**
 * Reads metadata from an article's text. Boilerplate is classified first (see `cleanArticle`), so
 * the title is never a section label or a repeated headline, and captions are read only for what
 * they are good for: photo credits, and a date when the text has no date line.
 *
 * - `title`: the headline near the top ({@link pickTitle}); else words of `fileName`; else absent.
 * - `publishedAt` (`YYYY-MM-DD`): a `Published:` line, else a date line (`04 July, 2018`), else the
 *   date after the names of the byline line (`By Jane Doe, 7 July 2018`: {@link bylineDate}), else the
 *   date of a dateline that gives its year (`GENEVA, July 4, 2018 —`), else an `Updated:` line, else
 *   a date line in figures among the first paragraphs whose day and month cannot be swapped
 *   (`04/04/2012`, `12/25/2012`), else a full date in a photo caption (`… on July 4, 2018.`).
 *   Never a date in a sentence of reporting (it dates an event), never one without a year.
 * - `dateline`: the capitals opening one of the first paragraphs (`BEIRUT :`, `BEIRUT (Reuters) -`).
 * - `wireCredits`: agencies the text credits where credits are written (`BEIRUT (AFP) -`,
 *   `– AFP`, `With reporting from AFP`, `SOURCE: AL JAZEERA AND AFP` → `AFP`); never an agency a
 *   sentence quotes (`told Reuters`); named agencies only, so `SOURCE: NEWS AGENCIES` credits none.
 * - `photoCredits`: agencies and libraries credited in captions (`[Getty]`, `/ AFP /`); kept apart
 *   because a photo credit does not say who wrote the text.
 * - `byline`: the names of a `By …` line.
 * - `url`: the address of a header line at the very top (`Source-URL: http://…`, `URL: …`,
 *   `Source: …`), which clean-up sets aside (`source-url`); never an address in the reporting.
 *
 * Fields the text does not give are absent, never guessed.
 *
 * @example extractTextMetadata('Talks fail\n\nBEIRUT (Reuters) - Rebels said…').dateline // 'BEIRUT'
 */
export function extractTextMetadata(text: string, fileName?: string): ArticleMetadata {
  const lines = classifyLines(text);
  // NB: plain loops rather than chains of filter/map/find with callbacks. This runs once per
  // article; V8 inlined the chains into one large function and compiled it again at each new case
  // an import met (an empty list, a first caption, byline or "Follow us" line): seven times over
  // reuters-21578 in each thread, more CPU than the optimised code saved (docs/benchmarks.md, session 14).
  const kept: string[] = [];
  const captions: string[] = [];
  // A plain-text save often keeps the outlet's own "Follow us" line and nothing else naming it.
  let social: string | undefined;
  let header: ClassifiedLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const reason = line.reason;
    if (reason === undefined) {
      if (line.text !== '') kept.push(line.text);
    } else if (reason === 'caption') captions.push(line.text);
    else if (reason === 'social') social ??= outletFromHandle(line.text);
    else if (reason === 'source-url') header ??= line;
  }

  const meta: ArticleMetadata = {};
  const title = pickTitle(kept) ?? (fileName === undefined ? undefined : titleFromFileName(fileName));
  if (title !== undefined) meta.title = title;

  let dateline: Dateline | undefined;
  for (let i = 0; i < kept.length && i < DATELINE_LINES && dateline === undefined; i++) {
    if (kept[i] !== title) dateline = matchDateline(kept[i]!);
  }

  // The first byline line: its names are the byline, a date after them a publication date.
  let bylineLine: string | undefined;
  let byline: Byline | undefined;
  for (let i = 0; i < kept.length && byline === undefined; i++) {
    byline = matchByline(kept[i]!);
    if (byline !== undefined) bylineLine = kept[i];
  }
  const publishedAt = publicationDate(
    kept,
    captions,
    dateline?.date,
    bylineLine === undefined ? undefined : bylineDate(bylineLine)
  );
  if (publishedAt !== undefined) meta.publishedAt = publishedAt;

  const credits = new Set<string>();
  if (dateline !== undefined) {
    meta.dateline = dateline.place;
    if (dateline.agency !== undefined) credits.add(dateline.agency);
  }

  if (byline?.names !== undefined) meta.byline = byline.names;
  if (byline !== undefined) for (const agency of byline.agencies) credits.add(agency);

  for (let i = 0; i < kept.length; i++) for (const agency of creditsIn(kept[i]!)) credits.add(agency);
  if (credits.size > 0) meta.wireCredits = [...credits];

  const photo = new Set<string>();
  for (let i = 0; i < captions.length; i++) for (const credit of photoCreditsIn(captions[i]!)) photo.add(credit);
  if (photo.size > 0) meta.photoCredits = [...photo];

  if (social !== undefined) meta.outlet = social;

  const url = header === undefined ? undefined : headerUrl(header.text);
  if (url !== undefined) meta.url = url;
  return meta;
}

/**
 * The outlet named by its own social-media handle in a "Follow us" line: `Follow us on Twitter:
 * @The_NewArab` → `The New Arab`. Only "follow us" lines count (they speak for the outlet); a
 * handle quoted in reporting names someone else.
 */
export function outletFromHandle(line: string): string | undefined {
  const m = /\bfollow us\b[^@]{0,40}@([A-Za-z][A-Za-z0-9_]{2,30})/i.exec(line);
  if (!m?.[1]) return undefined;
  const words = m[1]
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
  return words.length >= 3 ? words : undefined;
}

/** The publication date by the order of trust documented on {@link extractTextMetadata}. */
function publicationDate(
  paragraphs: readonly string[],
  captions: readonly string[],
  datelineDate: string | undefined,
  bylineDated: string | undefined
): string | undefined {
  // The first date line's date of each kind.
  let published: string | undefined;
  let plain: string | undefined;
  let updated: string | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    for (const d of readDateLine(paragraphs[i]!)) {
      if (d.kind === 'published') published ??= d.iso;
      else if (d.kind === 'plain') plain ??= d.iso;
      else updated ??= d.iso;
    }
  }
  const dated = published ?? plain ?? bylineDated ?? datelineDate ?? updated;
  if (dated !== undefined) return dated;
  for (let i = 0; i < paragraphs.length && i < NUMERIC_DATE_LINES; i++) {
    const iso = readNumericDateLine(paragraphs[i]!)?.iso;
    if (iso !== undefined) return iso;
  }
  for (let i = 0; i < captions.length; i++) {
    const first = findDates(captions[i]!)[0];
    if (first !== undefined) return first.iso;
  }
  return undefined;
}
