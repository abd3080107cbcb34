/**
 * Metadata from an article's plain text: title, publication date, dateline, wire credits, byline
 * and photo credits. For formats that carry no metadata of their own (plain text, pasted text),
 * and to fill gaps in those that do.
 */
import type { ArticleMetadata } from './types';
import { bylineDate, matchByline } from './byline';
import { classifyLines } from './classify';
import { creditsIn, photoCreditsIn } from './credits';
import { matchDateline } from './dateline';
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
 * - `wireCredits`: agencies the text credits (`(AFP)`, `– AFP`, `With reporting from AFP`,
 *   `Reuters is reporting`, `told AFP`, `SOURCE: AL JAZEERA AND AFP` → `AFP`); named agencies
 *   only, so `SOURCE: NEWS AGENCIES` credits none.
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
  const kept = lines.filter((l) => l.reason === undefined && l.text !== '').map((l) => l.text);
  const captions = lines.filter((l) => l.reason === 'caption').map((l) => l.text);

  const meta: ArticleMetadata = {};
  const title = pickTitle(kept) ?? (fileName === undefined ? undefined : titleFromFileName(fileName));
  if (title !== undefined) meta.title = title;

  const credits: string[] = [];
  const dateline = kept
    .slice(0, DATELINE_LINES)
    .filter((p) => p !== title)
    .map(matchDateline)
    .find((d) => d !== undefined);

  // The first byline line: its names are the byline, a date after them a publication date.
  const bylineLine = kept.find((p) => matchByline(p) !== undefined);
  const publishedAt = publicationDate(
    kept,
    captions,
    dateline?.date,
    bylineLine === undefined ? undefined : bylineDate(bylineLine)
  );
  if (publishedAt !== undefined) meta.publishedAt = publishedAt;

  if (dateline !== undefined) {
    meta.dateline = dateline.place;
    if (dateline.agency !== undefined) credits.push(dateline.agency);
  }

  const byline = bylineLine === undefined ? undefined : matchByline(bylineLine);
  if (byline?.names !== undefined) meta.byline = byline.names;
  credits.push(...(byline?.agencies ?? []));

  for (const p of kept) credits.push(...creditsIn(p));
  if (credits.length > 0) meta.wireCredits = [...new Set(credits)];

  const photo = [...new Set(captions.flatMap(photoCreditsIn))];
  if (photo.length > 0) meta.photoCredits = photo;

  // A plain-text save often keeps the outlet's own "Follow us" line and nothing else naming it.
  const social = lines
    .filter((l) => l.reason === 'social')
    .map((l) => outletFromHandle(l.text))
    .find((o) => o !== undefined);
  if (social !== undefined) meta.outlet = social;

  const header = lines.find((l) => l.reason === 'source-url');
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
  const lineDates = paragraphs.flatMap(readDateLine);
  const byKind = (kind: string) => lineDates.find((d) => d.kind === kind)?.iso;
  return (
    byKind('published') ??
    byKind('plain') ??
    bylineDated ??
    datelineDate ??
    byKind('updated') ??
    paragraphs
      .slice(0, NUMERIC_DATE_LINES)
      .map(readNumericDateLine)
      .find((d) => d?.iso !== undefined)?.iso ??
    captions.flatMap((c) => findDates(c))[0]?.iso
  );
}
