/**
 * Turns the bytes of a text file into a string: BOM, then strict UTF-8, then UTF-16/32 without BOM,
 * then a statistical guess (jschardet) decoded with the platform's TextDecoder or iconv-lite.
 * Bytes that are no text at all are refused as `binary` rather than imported as mojibake.
 */
import { ExtractFailure } from './failure';
import { lazyRequire } from './lazyRequire';

const iconvLite = lazyRequire<typeof import('iconv-lite')>('iconv-lite');
const jschardetLib = lazyRequire<typeof import('jschardet')>('jschardet');

/** Bytes no text has: most often a file of another type under a text extension. */
const BINARY =
  'This file holds binary data, not text; check that it is the file you meant, or open it in the program that made it and save it as text.';

/** How the bytes were decoded. */
export interface DecodedText {
  text: string;
  /** Encoding used, as a lower-case label (`utf-8`, `windows-1251`, `shift_jis`). */
  encoding: string;
  /** How it was chosen: a byte-order mark, a declaration in the file, strict validation, or a guess. */
  source: 'bom' | 'declared' | 'valid-utf8' | 'pattern' | 'guess';
  /** The detector's confidence, 0..1, when `source` is `guess`. */
  confidence?: number;
  /** Number of invalid byte sequences replaced by U+FFFD. */
  replaced: number;
}

/** A guess below this confidence is imported with an `encoding-guess` warning. */
export const LOW_CONFIDENCE = 0.8;

/** jschardet is pure JS and slow on megabytes; a sample this size decides as well as the whole file. */
const DETECT_SAMPLE_BYTES = 256 * 1024;

interface Bom {
  encoding: string;
  length: number;
}

/** Reads a byte-order mark. UTF-32 LE is tested before UTF-16 LE because its BOM starts the same way. */
export function detectBom(bytes: Uint8Array): Bom | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', length: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** True when the bytes are well-formed UTF-8 (overlongs, surrogates and stray bytes fail). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes. Legacy 8-bit text almost never
 * forms valid multi-byte sequences, so many valid and few invalid ones mean "UTF-8 with some damage".
 */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && (c & 0xc0) === 0x80;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Tab, LF, FF and CR: control bytes 8-bit text is full of, which are also UTF-16 high bytes (0x09 Devanagari). */
const TEXT_CONTROL_BYTES = new Set([0x09, 0x0a, 0x0c, 0x0d]);
/** Share of UTF-16 units from U+0000–U+007F a text must show before a text control byte counts as a high byte. */
const MIN_BASIC_LATIN_SHARE = 0.05;

/**
 * Recognises UTF-16/UTF-32 without a BOM by byte patterns. In UTF-32 the two high bytes of every
 * unit are zero. In UTF-16 one byte of each pair varies with the letter while the other repeats (0x00
 * for Latin, 0x04 for Cyrillic, 0x06 for Arabic…), whereas 8-bit text looks alike at even and odd offsets.
 */
export function detectWideEncoding(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  // NB: typed counters, not maps: this runs on every text file of an import.
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < n; i += 2) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1]!;
    if (b0 === 0) zeros[i & 3]!++;
    if (b1 === 0) zeros[(i + 1) & 3]!++;
    even[b0]!++;
    odd[b1]!++;
  }
  const quarter = n / 4;
  const [s0, s1, s2, s3] = zeros.map((z) => z / quarter) as [number, number, number, number];
  if (s2 > 0.9 && s3 > 0.9 && s0 < 0.2) return 'utf-32le';
  if (s0 > 0.9 && s1 > 0.9 && s3 < 0.2) return 'utf-32be';
  if (n < 64) return undefined; // too short to tell "1,2,3,4" from UTF-16
  const top = (counts: Uint32Array): [number, number] => {
    let best = 0;
    for (let byte = 1; byte < 256; byte++) if (counts[byte]! > counts[best]!) best = byte;
    return [best, counts[best]! / (n / 2)];
  };
  const [evenByte, topEven] = top(even);
  const [oddByte, topOdd] = top(odd);
  // The repeated byte must be the high byte of a script block: Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai.
  // NB: tab, LF, FF and CR are also 8-bit text's own bytes: one-letter cells ("a\tb\tc\t…") put a tab at
  // every other offset, as Devanagari's UTF-16 puts 0x09 there. Such a byte is a high byte only when
  // the same offsets also hold zeros (the spaces, digits and line ends, U+0000–U+007F, of any UTF-16
  // text: 13-18 % of a Hindi or Bengali sentence's units), which 8-bit text never has.
  const highByte = (b: number, counts: Uint32Array): boolean =>
    (b <= 0x06 || b === 0x09 || b === 0x0e) && (!TEXT_CONTROL_BYTES.has(b) || counts[0]! / (n / 2) >= MIN_BASIC_LATIN_SHARE);
  if (topOdd > 0.6 && topEven < 0.35 && highByte(oddByte, odd)) return 'utf-16le';
  if (topEven > 0.6 && topOdd < 0.35 && highByte(evenByte, even)) return 'utf-16be';
  return undefined;
}

/** Share of characters that are control characters other than tab, newlines and form feed. */
function controlShare(text: string): number {
  const sample = text.slice(0, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff))
      controls++;
  }
  return sample.length ? controls / sample.length : 0;
}

/**
 * Whether every byte is printable ASCII or a line feed, carriage return or form feed. NB: not tab,
 * nor DEL: tab-separated text takes the full checks, where `detectWideEncoding` once read
 * "a\tb\tc\t…" as UTF-16 Devanagari (tab is 0x09); its test goes through them.
 */
export function isPlainAsciiText(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 ? b > 0x7e : b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** ASCII bytes as text: each byte one character, as UTF-8 decodes them. */
function asciiText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * True for bytes that are not text in any 8-bit or multi-byte encoding: NUL bytes (more than a stray
 * one or two), or more than 10% C0 control bytes other than tab, newlines, form feed, and ESC/SO/SI
 * (which ISO-2022 encodings use). Only the first 64 KB are looked at.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let nuls = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nuls++;
    // NB: ESC, SO and SI are part of ISO-2022 text.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b && b !== 0x0e && b !== 0x0f)
      controls++;
  }
  return n > 0 && (nuls > Math.max(2, n / 1000) || (nuls + controls) / n > 0.1);
}

/** True when the bytes hold ISO-2022 designator escapes (`ESC $ B`, `ESC $ ) C`, `ESC ( J`…). */
export function hasIso2022Escapes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i + 2 < n; i++) {
    if (bytes[i] !== 0x1b) continue;
    const a = bytes[i + 1];
    if (a === 0x24 || (a === 0x28 && (bytes[i + 2] === 0x4a || bytes[i + 2] === 0x42))) return true;
  }
  return false;
}

/** Detector names that decode better as their common superset (what browsers do, too). */
const SUPERSETS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gb18030',
  'euc-kr': 'cp949',
  shift_jis: 'cp932',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  maccyrillic: 'x-mac-cyrillic'
};

/** Canonical lower-case label for an encoding name from a detector or a declaration. */
export function normalizeEncodingLabel(label: string): string {
  const lower = label.trim().toLowerCase();
  return SUPERSETS[lower] ?? lower;
}

/**
 * Decodes with the platform TextDecoder (WHATWG labels) or, failing that, iconv-lite.
 * Returns undefined when neither knows the encoding. Invalid sequences become U+FFFD.
 */
export function decodeAs(bytes: Uint8Array, label: string): string | undefined {
  const normalized = normalizeEncodingLabel(label);
  const iconv = iconvLite();
  try {
    // NB: ignoreBOM keeps a BOM in the text; callers strip it themselves after choosing the encoding.
    const decoder = new TextDecoder(normalized, { ignoreBOM: false });
    // NB: Node before 22 decodes windows-1252 (and every label WHATWG maps to it: latin1, ascii…)
    // as ISO-8859-1, so curly quotes, dashes and € (0x80–0x9F) became invisible control
    // characters, later removed: a saved page's “quote” lost its quotes. iconv-lite maps them right.
    if (decoder.encoding === 'windows-1252')
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
    return decoder.decode(bytes);
  } catch {
    // Not a WHATWG label (IBM855, UTF-32, …): try iconv-lite below.
  }
  if (iconv.encodingExists(normalized))
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), normalized, { stripBOM: false });
  return undefined;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function stripBomChar(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes a text file. `declared` is an encoding the file names for itself (HTML `<meta charset>`);
 * it wins over guessing but not over a BOM, as in browsers.
 * @throws ExtractFailure `binary` for bytes that are not text, `unsupported-encoding` when the
 *   declared or guessed encoding cannot be decoded here.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  // NB: most files of a large import are printable ASCII: one scan proves it, where the checks
  // below are five (no BOM, no wide pattern, not binary, no ISO-2022 escape, valid UTF-8: each
  // holds for such bytes, so the answer is the same).
  if (!declared && isPlainAsciiText(bytes)) return { text: asciiText(bytes), encoding: 'utf-8', source: 'valid-utf8', replaced: 0 };
  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding) ?? '';
    return { text: stripBomChar(text), encoding: bom.encoding, source: 'bom', replaced: countReplacements(text) };
  }
  if (declared) {
    const text = decodeAs(bytes, declared);
    if (text !== undefined) {
      return {
        text: stripBomChar(text),
        encoding: normalizeEncodingLabel(declared),
        source: 'declared',
        replaced: countReplacements(text)
      };
    }
  }
  const wide = detectWideEncoding(bytes);
  if (wide) {
    const text = decodeAs(bytes, wide) ?? '';
    // Structured binary (16-bit samples, tables of integers) can show the same pattern: check the result.
    if (controlShare(text) > 0.05) throw new ExtractFailure('binary', BINARY);
    return { text: stripBomChar(text), encoding: wide, source: 'pattern', replaced: countReplacements(text) };
  }
  if (looksBinary(bytes)) {
    throw new ExtractFailure('binary', BINARY);
  }
  // ISO-2022 encodings are 7-bit, so they pass as UTF-8; their escape sequences give them away.
  if (hasIso2022Escapes(bytes)) return guessAndDecode(bytes);
  if (isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'valid-utf8', replaced: 0 };
  }
  const { multibyte, invalid } = scanUtf8(bytes);
  if (multibyte >= 4 && invalid <= multibyte / 10) {
    // Mostly UTF-8 with a few broken sequences: decoding as a legacy encoding would garble all the good ones.
    const text = new TextDecoder('utf-8').decode(bytes);
    return {
      text,
      encoding: 'utf-8',
      source: 'guess',
      confidence: multibyte / (multibyte + invalid),
      replaced: countReplacements(text)
    };
  }
  return guessAndDecode(bytes);
}

/**
 * Single-byte code pages tried besides the detector's picks: jschardet often names the wrong script.
 * NB: jschardet knows no Arabic code page at all, so ISO-8859-6 must be here: without it an
 * ISO-8859-6 page's letters, which KOI8-R and windows-1251 map to Cyrillic letters, read as
 * Cyrillic words of one script and won (review 11: `цыДФй Цйгфх …`); its own decoding reads
 * them as Arabic words, and its unassigned bytes (U+FFFD) keep it from winning on other text.
 * After windows-1256, whose decoding wins a tie (the two share most Arabic letters' bytes).
 */
const SINGLE_BYTE = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'iso-8859-6',
  'windows-1257',
  'iso-8859-2',
  'iso-8859-7',
  'koi8-r',
  'x-mac-cyrillic',
  'ibm866'
];
const MULTI_BYTE = new Set([
  'shift_jis',
  'cp932',
  'euc-jp',
  'iso-2022-jp',
  'gb18030',
  'big5',
  'cp949',
  'euc-tw',
  'iso-2022-kr',
  'iso-2022-cn',
  'utf-16le',
  'utf-16be',
  'utf-32le',
  'utf-32be'
]);

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Latin}/u, 'Latin'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Thai}/u, 'Thai']
];

function scriptOf(ch: string): string {
  for (const [re, name] of SCRIPTS) if (re.test(ch)) return name;
  return 'Other';
}

/** Opening quotes, inverted marks and currency signs: no evidence at a word's start ("“The", "£15.8m"). */
const LEADING_MARKS = /^[\u201c\u2018\u201e\u201a\u00bf\u00a1\p{Sc}]+/u;
/**
 * Closing quotes, an ellipsis and currency signs: no evidence at a word's end ("Bond.”", "15€").
 * NB: not guillemets: ISO-8859-2 has ť and Ť where windows-1250 has » and «.
 */
const TRAILING_MARKS = /[\u201d\u2019\u201c\u2026\p{Sc}]+$/u;
/** A curly apostrophe between ASCII letters ("it’s") is the apostrophe ASCII text splits words at. */
const APOSTROPHE = /(?<=[A-Za-z])\u2019(?=[A-Za-z])/g;
const INHERITED = /\p{Script=Inherited}/u;
/** A dash, ellipsis or bullet standing alone between spaces. */
const LONE_MARK = /^[\u2013\u2014\u2026\u2022]$/;

/**
 * How much a decoding looks like real text: words with non-ASCII letters score when all their
 * letters are of one script and lose heavily when scripts mix inside a word ("fran\u0437ais" is
 * Latin text decoded as Cyrillic), and so do Latin words without a single ASCII letter (Cyrillic text
 * decoded as Latin-1); symbols inside words, C1 controls and U+FFFD lose too. Capital
 * letters inside lower-case words lose a little (a wrong Cyrillic code page swaps cases).
 * Typographic marks where text puts them (quotes around a word, an apostrophe, a lone dash, a
 * currency sign before a figure) are no evidence, and neither is a word of one letter: windows-1252's
 * "£15.8m" is ISO-8859-2's "Ł15.8m". NB: the marks count only in their place: a closing quote
 * starting a word is MacCyrillic's capital Т read as windows-1251.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const token of text.match(/[^\s\d.,;:!?()[\]{}"'/\\<>=_-]+/g) ?? []) {
    if (LONE_MARK.test(token)) continue;
    const word = token.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(APOSTROPHE, '');
    if (!/[\u0080-\uffff]/.test(word)) continue;
    // Combining marks of a script (Thai vowels and tones, Hebrew points) are letters of it; inherited ones are neutral.
    const letters = [...word].filter((c) => /\p{L}/u.test(c) || (/\p{M}/u.test(c) && !INHERITED.test(c)));
    const symbols = [...word].filter((c) => !/[\p{L}\p{M}]/u.test(c)).length;
    if (letters.length === 1 && symbols === 0) continue;
    const scripts = new Set(letters.map(scriptOf));
    score += scripts.size > 1 ? -4 : 1;
    // Latin words are mostly ASCII letters; one made only of accented letters is another script misread.
    if (scripts.size === 1 && scripts.has('Latin') && letters.length >= 3 && !letters.some((c) => c < '\u0080')) score -= 3;
    score -= 2 * symbols;
    if (letters.length > 1 && /\p{Ll}\p{Lu}/u.test(word)) score -= 1;
  }
  for (const ch of text) if ((ch >= '\u0080' && ch <= '\u009f') || ch === '\uFFFD') score -= 5;
  return score;
}

/**
 * jschardet's guesses, best first; none when it fails. NB: it throws on some byte sequences
 * (`82 FC 82 AA`: its Shift_JIS context table has no row for 0xFC; found by `npm run fuzz`): the
 * code pages below then compete without its order, instead of the file failing as a fault.
 */
function detectCandidates(sample: Buffer): Array<{ encoding: string; confidence: number }> {
  try {
    return jschardetLib()
      .detectAll(sample, { minimumThreshold: 0 })
      .filter((c) => !!c.encoding);
  } catch {
    return [];
  }
}

function guessAndDecode(bytes: Uint8Array): DecodedText {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DETECT_SAMPLE_BYTES));
  const candidates = detectCandidates(sample);
  const top = candidates[0];
  const topLabel = top ? normalizeEncodingLabel(top.encoding) : undefined;
  // Multi-byte guesses are reliable when confident: their byte patterns rarely occur by chance.
  if (top && topLabel && MULTI_BYTE.has(topLabel) && top.confidence >= 0.5) {
    const text = decodeAs(bytes, topLabel);
    if (text === undefined) {
      throw new ExtractFailure(
        'unsupported-encoding',
        `This file's text encoding (${top.encoding}) cannot be read; open it in a text editor, save it as UTF-8 and import it again.`
      );
    }
    return {
      text: stripBomChar(text),
      encoding: topLabel,
      source: 'guess',
      confidence: top.confidence,
      replaced: countReplacements(text)
    };
  }
  // Otherwise every plausible code page competes on a sample; the detector's order breaks ties.
  const labels = [...new Set([...candidates.map((c) => normalizeEncodingLabel(c.encoding)), ...SINGLE_BYTE])].filter(
    (l) => l !== 'utf-8'
  );
  const probe = sample.subarray(0, 64 * 1024);
  let best: { label: string; score: number } | undefined;
  let tied: Array<{ label: string; text: string }> = [];
  for (const label of labels) {
    if (MULTI_BYTE.has(label) && label !== topLabel) continue;
    const text = decodeAs(probe, label);
    if (text === undefined) continue;
    const score = plausibility(text);
    if (!best || score > best.score) {
      best = { label, score };
      tied = [{ label, text }];
    } else if (score === best.score) tied.push({ label, text });
  }
  // Several Latin code pages read as equally clean words: the letters decide (closestLatinFit).
  if (best && tied.length > 1) best = { label: closestLatinFit(tied), score: best.score };
  if (best) {
    const text = decodeAs(bytes, best.label) ?? '';
    const fromDetector = candidates.find((c) => normalizeEncodingLabel(c.encoding) === best.label);
    // The detector's confidence when it agrees; a flat 50% when the script check overruled it.
    const confidence = fromDetector && best.label === topLabel ? fromDetector.confidence : 0.5;
    return { text: stripBomChar(text), encoding: best.label, source: 'guess', confidence, replaced: countReplacements(text) };
  }
  // Unreachable in practice (windows-1252 decodes any bytes), kept so the function always returns.
  const text = decodeAs(bytes, 'windows-1252') ?? '';
  return { text, encoding: 'windows-1252', source: 'guess', confidence: 0, replaced: 0 };
}

/**
 * The accented letters of the languages written in Latin single-byte code pages, lower case.
 * A language's text uses its own letters; a wrong code page swaps some of them for another
 * language's (Italian `è` read as ISO-8859-2 is Czech `č`: `perchč`, `cittŕ`).
 */
const LATIN_ALPHABETS: readonly string[] = [
  'àèéìíòóùúî', // Italian
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àçèéíïòóúü', // Catalan
  'äöüßé', // German
  'éëïöüè', // Dutch
  'åäöé', // Swedish, Finnish
  'æøåé', // Danish, Norwegian
  'áðéíóúýþæö', // Icelandic
  'õäöüšž', // Estonian
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'ăâîșțşţ', // Romanian
  'čćđšž', // Croatian, Bosnian, Serbian (Latin), Slovenian
  'çğıöşüâî', // Turkish
  'ąčęėįšųūž', // Lithuanian
  'āčēģīķļņšūž', // Latvian
  'çë' // Albanian
];

/** Single-byte code pages for languages written in Latin letters. */
const LATIN_PAGES = new Set([
  'windows-1252',
  'windows-1250',
  'windows-1254',
  'windows-1257',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-13',
  'iso-8859-15',
  'iso-8859-16'
]);

/**
 * Of decodings the script check scored alike, the one whose accented letters one language
 * explains best: fewest letters outside the closest alphabet, then fewest accented letters at all
 * (an English text's lone `£` beats ISO-8859-2's `Ł`), then the detector's order. Only Latin
 * decodings compete; any other script keeps the detector's order. Runs only on such ties.
 * NB: alphabets, not the language detector (eld) the import runs later: decoding is synchronous
 * and eld loads asynchronously, once per worker; the alphabets answer the same question (which
 * decoding reads as one language) for the Latin pages, where the ties are.
 */
function closestLatinFit(tied: ReadonlyArray<{ label: string; text: string }>): string {
  // NB: only when the detector's pick is a Latin code page, and only among those: a page that
  // maps the high bytes to symbols (MacCyrillic's) would win on "fewest accented letters".
  if (!LATIN_PAGES.has(tied[0]!.label)) return tied[0]!.label;
  let best: { label: string; unexplained: number; accented: number } | undefined;
  for (const { label, text } of tied.filter((t) => LATIN_PAGES.has(t.label))) {
    const counts = new Map<string, number>();
    let accented = 0;
    for (const ch of text.toLowerCase()) {
      if (ch < '\u00c0' || !/\p{L}/u.test(ch)) continue;
      if (!/\p{Script=Latin}/u.test(ch)) return tied[0]!.label;
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      accented++;
    }
    let unexplained = accented;
    for (const alphabet of LATIN_ALPHABETS) {
      let outside = 0;
      for (const [ch, n] of counts) if (!alphabet.includes(ch)) outside += n;
      unexplained = Math.min(unexplained, outside);
    }
    if (!best || unexplained < best.unexplained || (unexplained === best.unexplained && accented < best.accented))
      best = { label, unexplained, accented };
  }
  return best!.label;
}

/** The warnings a decode deserves: a low-confidence guess, or invalid bytes replaced. */
export function decodeWarnings(decoded: DecodedText): { code: string; message: string }[] {
  const warnings: { code: string; message: string }[] = [];
  if (decoded.source === 'guess' && (decoded.confidence ?? 0) < LOW_CONFIDENCE) {
    const pct = Math.round((decoded.confidence ?? 0) * 100);
    warnings.push({
      code: 'encoding-guess',
      message: `Encoding guessed as ${decoded.encoding} (${pct}% sure) — check accents and non-Latin letters`
    });
  }
  if (decoded.replaced > 0) {
    warnings.push({
      code: 'invalid-bytes',
      message: `${decoded.replaced} byte sequence${decoded.replaced === 1 ? ' was' : 's were'} not valid ${decoded.encoding} and became �`
    });
  }
  return warnings;
}
