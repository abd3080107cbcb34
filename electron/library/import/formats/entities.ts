/**
 * HTML/XML character references, for the few places that read markup with patterns rather than a
 * parser (DOCX core properties and fallback text, the HTML size guard).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Decodes the named references XML and plain HTML text use most (`&amp;`) and numeric ones
 * (`&#169;`, `&#xA9;`); unknown names stay as written, invalid code points become U+FFFD.
 *
 * @example decodeEntities('AT&amp;T &#8212; 1&#x25;') // 'AT&T — 1%'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
