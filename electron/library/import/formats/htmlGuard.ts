/**
 * Guards against HTML that is cheap to send and expensive to parse. The DOM parser is synchronous,
 * so no timer can interrupt it: its tree building is quadratic in nesting depth (20,000 nested
 * `<div>`s take minutes), it needs ~3 KB of heap per element (1.5 million elements exhaust the heap)
 * and reads about 1 MB of text per second. Pages are first slimmed of what never carries article
 * text (scripts, styles, SVG, inlined `data:` images); pages still over budget are read by a flat
 * tag-stripping pass instead of a DOM.
 */
import { decodeEntities } from './entities';

/** Above this estimated depth a page is not given to the DOM parser. Real pages stay under ~200. */
export const MAX_DOM_DEPTH = 1000;
/** Above this many elements (after slimming) a page is read flat. News pages have 1,000–20,000. */
export const MAX_DOM_ELEMENTS = 50_000;
/** Above this size (after slimming) a page is read flat; parsing it would take several seconds. */
export const MAX_DOM_CHARS = 3 * 1024 * 1024;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
  'basefont',
  'isindex'
]);
/** Elements whose end tag may be omitted; counting them would mistake `<p>…<p>…` for nesting. */
const AUTO_CLOSED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'caption',
  'html',
  'head',
  'body'
]);

/** Highest nesting depth the markup reaches, estimated from the tag sequence without parsing. */
export function estimateNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag =
    /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || AUTO_CLOSED.has(name)) continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else if (m[4] !== '/') max = Math.max(max, ++depth);
  }
  return max;
}

const BLOCK_TAGS =
  /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|dd|dt|dl|hr|main|aside|nav|figure|figcaption)\b[^>]*>/gi;

/** Plain text of HTML without a DOM: invisible elements dropped, blocks become paragraph breaks, tags removed. */
export function flatHtmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|textarea|select|svg|math|iframe|object|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(BLOCK_TAGS, '\n\n')
      .replace(/<[^>]*>/g, '')
  )
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Removes what never holds article text before parsing: comments, `<style>` and `<svg>` blocks,
 * scripts other than JSON-LD (kept for metadata), and inlined `data:` URIs in attributes.
 */
export function slimHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/(\s(?:src|href|srcset|poster|style|data-[\w-]+)\s*=\s*)(["'])data:[^"']*\2/gi, '$1$2$2');
}

/** Why a (slimmed) page should not be given to the DOM parser, or undefined when it is safe. */
export function domTooCostly(html: string): string | undefined {
  if (html.length > MAX_DOM_CHARS) return 'is too large to lay out';
  let elements = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) elements++;
  }
  if (elements > MAX_DOM_ELEMENTS) return 'has too many elements to lay out';
  if (estimateNestingDepth(html) > MAX_DOM_DEPTH) return 'is nested too deeply to lay out';
  return undefined;
}
