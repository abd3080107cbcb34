/**
 * Bylines: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`, `Written by Jane Doe | AFP`.
 */
import { agencyName } from './agencies';
import { MONTH_PATTERN, readDateLine } from './dates';
import { endsLikeProse, wordsIn } from './shape';

/** Lower-case name particles (`al-`, `bin`, `van der`). */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'y'
]);

/** Capitalised words that open sentences after "By" (`By Wednesday, …`, `By then`), never names. */
const NOT_NAMES = new RegExp(
  `^(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Then|Now|Late|Early|Mid|Noon|Midnight|Nightfall|Morning|Evening|Afternoon|Contrast|Comparison|Far|Law|Order|Some|Most|All|Last|Next)$`,
  'i'
);

/** A byline read from a line. */
export interface Byline {
  /** The names (`Jane Doe and John Roe`); absent when the line credits only an agency. */
  readonly names?: string;
  /** Agencies named in the byline (`By Jane Doe, Reuters`), stored names. */
  readonly agencies: readonly string[];
}

/**
 * Reads a byline line, or `undefined`. The line must start with `By` or `Written by`, be short,
 * not end like prose, and its first part must be a person's name or an agency.
 *
 * @example matchByline('By Jane Doe, Reuters') // { names: 'Jane Doe', agencies: ['Reuters'] }
 * @example matchByline('By Wednesday, rebels had left') // undefined
 */
export function matchByline(line: string): Byline | undefined {
  const m = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+(.+)$/u.exec(line);
  if (m?.[1] === undefined || wordsIn(line) > 15 || endsLikeProse(line)) return undefined;
  const parts = m[1].split(/\s*(?:,|\||;|\band\b|&)\s*/u).filter((p) => p !== '');
  const names: string[] = [];
  const agencies: string[] = [];
  for (const [i, part] of parts.entries()) {
    const agency = agencyName(part.replace(/\s+[Ss]taff$/u, ''));
    if (agency !== undefined) agencies.push(agency);
    else if (isPersonName(part)) names.push(part);
    // A first part that is neither is a sentence ("By then …"); later ones are roles or places.
    else if (i === 0) return undefined;
  }
  if (names.length === 0 && agencies.length === 0) return undefined;
  return names.length === 0 ? { agencies } : { names: joinNames(names), agencies };
}

/** Two to five words, capitalised apart from particles, none a weekday, month or sentence opener. */
function isPersonName(part: string): boolean {
  const words = part.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (NOT_NAMES.test(words[0] ?? '')) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^(?:al|el)-/u, '');
    if (PARTICLES.has(w) && i > 0 && i < words.length - 1) return true;
    return /^[\p{Lu}][\p{L}'’.-]*$/u.test(bare);
  });
}

function joinNames(names: string[]): string {
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The publication date a byline line carries after its names (`By Jane Doe, 7 July 2018`, `By Jane
 * Doe, Reuters | Published July 7, 2018 10:32 GMT`), `YYYY-MM-DD`, or `undefined`: the rest of the
 * line, from one of its separators on, must be nothing but a date with its labels and time (as a
 * date line), so a date inside other words is never taken. An `Updated` date is not a publication date.
 *
 * @example bylineDate('By Jane Doe, 7 July 2018') // '2018-07-07'
 */
export function bylineDate(line: string): string | undefined {
  if (matchByline(line) === undefined) return undefined;
  const separator = /\s*[,|;·•–—]\s*|\s+-\s+/gu;
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    const dates = readDateLine(line.slice(m.index + m[0].length));
    const published = dates.find((d) => d.kind !== 'updated');
    if (published !== undefined) return published.iso;
    if (dates.length > 0) return undefined;
  }
  return undefined;
}
