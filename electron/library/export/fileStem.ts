/** At most this many characters (user-perceived: graphemes) of the title make the suggested name. */
const MAX_GRAPHEMES = 80;
/**
 * And at most this many bytes of UTF-8: most file systems take 255 bytes (NTFS 255 UTF-16 units,
 * never more than the bytes), and the extension and a browser's ` (2)` need room.
 */
const MAX_BYTES = 200;

/**
 * What never goes into a suggested file name: C0 and C1 controls; the characters Windows
 * reserves (`<>:"/\|?*`); and the bidirectional controls (U+202A–202E embeddings and overrides,
 * U+2066–2069 isolates, U+200E/U+200F marks, U+061C), with which an imported title could make
 * `…\u202Egnp.exe.html` show as `…lmth.exe.png` in a file manager (review 14, finding 7).
 */
// eslint-disable-next-line no-control-regex -- control characters are what must go
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g;

/** A surrogate without its other half (`\p{Cs}` matches only those in a `u` pattern): no character, saved as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Windows' device names, whatever follows a dot (`CON`, `con.md`, `Aux .report` all name the
 * device there, not a file), COM and LPT with a digit or a superscript ¹²³.
 */
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(?=\s*(\.|$))/i;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * An article's or report's title as the start of a file name every system accepts: no
 * separators, controls, reserved or bidirectional-control characters; cut after whole characters
 * (never inside a surrogate pair or between a letter and its accents) at 80 characters or 200
 * bytes of UTF-8; no leading dot (a hidden file), no trailing dot or space (Windows drops them);
 * not a Windows device name (`CON` → `CON_`). A title with nothing left gives `Crosscheck report`.
 *
 * @example fileStem('Minister resigns \u202Egnp.exe') // 'Minister resigns gnp.exe'
 * @example fileStem('NUL') // 'NUL_'
 */
export function fileStem(title: string): string {
  const cleaned = title
    .replace(LONE_SURROGATE, '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const stem = cutAtCharacters(cleaned)
    .replace(/[.\s]+$/, '')
    .replace(DEVICE_NAME, '$1_');
  return stem || 'Crosscheck report';
}

/** The longest start of `text` made of whole graphemes within both limits. */
function cutAtCharacters(text: string): string {
  let cut = '';
  let count = 0;
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += Buffer.byteLength(segment, 'utf8');
    if (++count > MAX_GRAPHEMES || bytes > MAX_BYTES) break;
    cut += segment;
  }
  return cut;
}
