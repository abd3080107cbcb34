import { findDates } from '@shared/import/dates';

/** How many paragraphs from the top make the header (headline, byline, date, standfirst…). */
const HEADER_PARAGRAPHS = 6;

/** A header line is short; a longer paragraph is reporting, whose dates date events. */
const HEADER_LINE_WORDS = 12;

/** An ISO date's opening: `findDates` also reads dates written with month names. */
const ISO_START = /^\d{4}-\d{2}-\d{2}/;
const ISO_ANYWHERE = /\d{4}-\d{2}-\d{2}/;

/**
 * A date written the ISO way (`2018-07-04`, with or without a time) in a short line of the
 * article's header, such as the `Leila Mansour 2018-07-04` a PDF's title block becomes once its
 * lines are joined. A date line holding nothing but the date is read by `extractTextMetadata`
 * already; this finds one sharing its line with a name or a place, which that reader refuses
 * (a month-name date beside other words may be an event: `Rebels met on July 4, 2018`). Reporting
 * does not write dates the ISO way, so such a date in the header is the article's own.
 *
 * @example headerIsoDate('Talks fail\n\nLeila Mansour 2018-07-04\n\nRebels said…') // '2018-07-04'
 */
export function headerIsoDate(body: string): string | undefined {
  // Only the opening lines are read (never the whole body: this runs for every article).
  let seen = 0;
  for (let start = 0; start < body.length && seen < HEADER_PARAGRAPHS;) {
    const end = body.indexOf('\n', start);
    const paragraph = body.slice(start, end === -1 ? body.length : end).trim();
    start = end === -1 ? body.length : end + 1;
    if (paragraph === '') continue;
    seen++;
    if (!ISO_ANYWHERE.test(paragraph) || paragraph.split(/\s+/).length > HEADER_LINE_WORDS) continue;
    const iso = findDates(paragraph).find((d) => ISO_START.test(paragraph.slice(d.index, d.index + d.length)));
    if (iso) return iso.iso;
  }
  return undefined;
}

/** An ISO date standing as one segment of a URL's path (`/story/2013-07-21/…`). */
const ISO_PATH_SEGMENT = /\/(\d{4}-\d{2}-\d{2})(?=\/|$)/;

/**
 * The date in the path of the address a text's header line gives (`Source-URL:
 * http://www.itv.com/news/wales/story/2013-06-10/aberdare-woman-found-dead/`): news sites put
 * the publication day there. Read only when the text gives no date of its own. Only the ISO form
 * is read; `/2013/may/03/` paths are not (yet). Impossible dates are skipped.
 *
 * @example urlIsoDate('http://www.abc.net.au/news/2010-05-05/3-dead-after-protesters-torch-greek-bank/423816') // '2010-05-05'
 */
export function urlIsoDate(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  const segment = ISO_PATH_SEGMENT.exec(path)?.[1];
  return segment === undefined ? undefined : findDates(segment)[0]?.iso;
}
