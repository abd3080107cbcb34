/**
 * Repairs HTML character references left in article text, including the space-mangled forms that
 * scrapers and machine translation produce (`& nbsp;`, `& # 39;`) and double encoding (`&amp;#39;`).
 */

/** Named references seen in news text; letters with accents are built below from ACCENTS. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  prime: '\u2032',
  Prime: '\u2033',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  sect: '\u00a7',
  para: '\u00b6',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  szlig: '\u00df',
  aelig: '\u00e6',
  AElig: '\u00c6',
  oslash: '\u00f8',
  Oslash: '\u00d8',
  eth: '\u00f0',
  thorn: '\u00fe'
};

/** Accent names of HTML references (`eacute`, `Uuml`) and the combining mark each adds. */
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327'
};

/** Case-insensitive names: HTML accepts `&AMP;` and `&QUOT;`, and shouting CMSs emit them. */
const CASELESS = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/**
 * Windows-1252 characters that CMSs write as numeric references to C1 controls (`&#146;` for ’);
 * browsers read them this way too (HTML numeric character reference end state).
 */
const CP1252: Readonly<Record<number, string>> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017d', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
  0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178'
};

/**
 * `&`, then any number of `amp;` (double encoding), then a name or number, then `;`. One optional
 * space is allowed after `&`, after `#` and before `;`: that is the mangling seen in the wild
 * (`& nbsp;`, `& # 39;`). NB: the semicolon is required, so prose like `Q&A` or `AT&T` is never read
 * as a reference; unknown names (`Tom & Jerry;`) are left alone.
 */
const REFERENCE = /& ?(?:amp; ?)*(?:# ?(\d{1,7})|# ?[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9})) ?;/g;

/** The result of {@link repairEntities}. */
export interface EntityRepair {
  text: string;
  /** How many references were replaced (a double-encoded one counts once). */
  repairs: number;
}

/**
 * Replaces HTML character references, well-formed or space-mangled, with the characters they
 * stand for. Non-breaking spaces and soft hyphens come out as characters: whitespace clean-up
 * deals with them afterwards.
 *
 * @example repairEntities('Rebels&#8217; & # 39;final answer& # 39;') // { text: "Rebels’ 'final answer'", repairs: 3 }
 */
export function repairEntities(text: string): EntityRepair {
  if (!text.includes('&')) return { text, repairs: 0 };
  let repairs = 0;
  const out = text.replace(REFERENCE, (match, dec?: string, hex?: string, name?: string) => {
    const ch = dec !== undefined ? fromCodePoint(Number.parseInt(dec, 10)) : hex !== undefined ? fromCodePoint(Number.parseInt(hex, 16)) : named(name ?? '');
    if (ch === undefined) return match;
    repairs++;
    return ch;
  });
  return { text: out, repairs };
}

function named(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  if (CASELESS.has(lower)) return NAMED[lower];
  // `eacute`, `Uuml`, `ccedil`: one base letter and an accent name.
  const base = name.charAt(0);
  const accent = ACCENTS[name.slice(1)];
  if (accent === undefined || !/[A-Za-z]/.test(base)) return undefined;
  const composed = (base + accent).normalize('NFC');
  // A base letter that has no precomposed form with this accent is not a real reference.
  return composed.length === 1 ? composed : undefined;
}

function fromCodePoint(cp: number): string | undefined {
  const win = CP1252[cp];
  if (win !== undefined) return win;
  // Controls, surrogates and out-of-range numbers are corruption, not characters: leave them visible.
  if (cp === 9 || cp === 10 || cp === 13) return String.fromCodePoint(cp);
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return undefined;
  return String.fromCodePoint(cp);
}
