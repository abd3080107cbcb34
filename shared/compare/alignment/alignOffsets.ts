/**
 * Offsets in code points: what tools outside JavaScript count. Alignment works in UTF-16 units
 * (`text.slice`), but Python, the PAN ground truth and most command-line tools count Unicode code
 * points, which differ as soon as a text holds an astral character (emoji, rare CJK, math letters).
 */

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Returns a function converting UTF-16 offsets of `text` into code-point offsets.
 *
 * An offset pointing between the two halves of a surrogate pair (which alignment never produces)
 * is rounded down to the code point that pair encodes.
 *
 * @example codePointOffsets('😀ab')(3) // 2 — '😀' is two UTF-16 units but one code point
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!SURROGATE.test(text)) return (offset) => offset;
  // cp[i] = code points before UTF-16 offset i; built once so each lookup is O(1).
  const cp = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = count;
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const nextIsLow = i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isHigh && nextIsLow) {
      cp[i + 1] = count;
      i++;
    }
    count++;
  }
  cp[text.length] = count;
  return (offset) => cp[Math.max(0, Math.min(offset, text.length))]!;
}
