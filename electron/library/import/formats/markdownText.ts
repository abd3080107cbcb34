/**
 * Markdown to readable plain text: the words a reader sees, without the syntax. Headings, emphasis,
 * quotes and list markers are dropped, links keep their text, images are dropped, code is kept as
 * text, raw HTML tags are removed (and `<script>`/`<style>` blocks with their content).
 * Line breaks inside a paragraph stay as written.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the HTML entities Markdown allows (`&amp;`, `&#169;`, `&#xA9;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Private-use placeholders for spans that later inline rules must not touch (code, escapes). */
const HOLD_START = '\uE000';
const HOLD_END = '\uE001';

function inlineToText(line: string): string {
  const held: string[] = [];
  const hold = (text: string): string => `${HOLD_START}${held.push(text) - 1}${HOLD_END}`;
  let s = line
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, c: string) => hold(c))
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => hold(code.trim()))
    .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/gi, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  s = decodeEntities(s);
  return s.replace(new RegExp(`${HOLD_START}(\\d+)${HOLD_END}`, 'g'), (_, i: string) => held[Number(i)] ?? '');
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;

/** Converts Markdown (without front matter) to plain text with paragraphs separated by blank lines. */
export function markdownToText(markdown: string): string {
  const source = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence) && /^[`~]+$/.test(line.trim())) {
        fence = undefined;
        out.push('');
      } else {
        out.push(line);
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (open?.[1]) {
      fence = open[1];
      out.push('');
      continue;
    }
    if (REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) continue;
    const previous = out[out.length - 1];
    if (SETEXT_UNDERLINE.test(line) && previous !== undefined && previous.trim() !== '') {
      out.push(''); // the line above was a heading: end its paragraph
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      out.push('');
      continue;
    }
    if (HEADING.test(line)) {
      out.push('', inlineToText(line.replace(HEADING, '').replace(/\s+#+\s*$/, '')), '');
      continue;
    }
    let s = line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    if (/^\s*\|.*\|\s*$/.test(s))
      s = s
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
        .join(' | ');
    out.push(inlineToText(s).replace(/^\s+/, ''));
  }
  return out.join('\n');
}
