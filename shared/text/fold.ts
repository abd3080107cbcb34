/**
 * Folding: the one definition of "the same word" that import, search and comparison share.
 *
 * News about one event spells names many ways (Daraa/Deraa, Jabbawi/Jabawi, al-Sham/al Sham,
 * Assad's/Assad’s). Folding removes the differences that never carry meaning — case, diacritics,
 * typographic apostrophes and quotes, compatibility forms — so every layer compares like with like.
 * Spelling *variants* (Daraa/Deraa) are not folded here: see `variantKey` for that looser key.
 */

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032]/g;
const LETTER_MAP: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i'
};
const SPECIAL_LETTERS = /[ßæœøđðþłı]/g;
/** Anything but printable ASCII, tab and newlines, or the backtick (folded to an apostrophe). */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x5f\x61-\x7e]/;

/**
 * Folds one word or a whole text: lower case, diacritics removed, compatibility forms (ligatures,
 * full-width letters) decomposed, typographic apostrophes turned into `'`.
 *
 * NB: the output can be shorter or longer than the input (ß → ss, combining marks dropped), so
 * never use offsets of folded text as offsets into the original; tokenize first, then fold tokens.
 *
 * @example foldText('Ğhariyah ash-Sharqīyah') // 'ghariyah ash-sharqiyah'
 */
export function foldText(text: string): string {
  // Plain ASCII (most words of most articles) only needs lower-casing; the backtick is the one
  // ASCII character the rules below change.
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (ch) => LETTER_MAP[ch] ?? ch)
    .replace(APOSTROPHES, "'");
}

/** Whether folding a text is only lower-casing it: printable ASCII without the backtick. */
export function isPlainAscii(text: string): boolean {
  return !NOT_PLAIN_ASCII.test(text);
}

/**
 * A looser key for spelling and transliteration variants of one name: folded, apostrophes and
 * hyphens dropped, doubled letters collapsed, and the vowel pairs transliterations swap (aa/ae/ee,
 * ou/u) reduced. `Daraa`, `Deraa` and `Dar'a` share a key; so do `Jabbawi` and `Jabawi`.
 *
 * It is deliberately coarse: use it to *propose* a variant match, and rank exact matches above it.
 *
 * @example variantKey('Deraa') === variantKey('Daraa') // true
 */
export function variantKey(word: string): string {
  const folded = foldText(word).replace(/['\-\u2010\u2011]/g, '');
  const collapsed = folded.replace(/(.)\1+/g, '$1');
  // Vowels carry most transliteration noise (Daraa/Deraa/Dara'a, Qusayr/Qusair): keep the first
  // letter, then the consonant skeleton with vowels and y/w-as-vowel merged into one marker.
  const first = collapsed.charAt(0);
  const rest = collapsed
    .slice(1)
    .replace(/[aeiouy]+/g, 'a')
    .replace(/(.)\1+/g, '$1');
  return first + rest;
}
