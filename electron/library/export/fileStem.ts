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

/**
 * Characters that show nothing (review 15, finding 7): every default-ignorable code point (zero-width
 * space and joiners, the soft hyphen, word joiner, BOM, Hangul fillers, the Unicode tag characters
 * U+E0000–E007F, which spell invisible text), noncharacters and unassigned code points, and private
 * use ones. With them a title gives a name that looks empty (`\u200B` → `.html`) or hides text.
 * Two kinds are kept where they do a job (the first group): a zero-width joiner or non-joiner
 * between two characters (Persian's ZWNJ, an emoji family's ZWJ), and a variation selector right
 * after one (❤️); anywhere else they go too.
 */
const INVISIBLE =
  /(?<=[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}])([\u200c\u200d](?=[\p{L}\p{M}\p{N}\p{Extended_Pictographic}])|[\ufe00-\ufe0f\u180b-\u180d\u180f\u{e0100}-\u{e01ef}])|[\p{Default_Ignorable_Code_Point}\p{Cn}\p{Co}]/gu;

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
 * separators, controls, reserved or bidirectional-control characters, nothing invisible
 * ({@link INVISIBLE}); cut after whole characters
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
    // NB: after UNSAFE: the bidirectional controls are default-ignorable too, but stand between words (a space, not nothing).
    .replace(UNSAFE, ' ')
    .replace(INVISIBLE, (_, kept: string | undefined) => kept ?? '')
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
