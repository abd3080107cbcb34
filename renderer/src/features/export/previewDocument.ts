/** The exported HTML split for the preview frame: its stylesheet apart from the rest. */
export interface PreviewDocument {
  /** The report's `<style>` text ('' when it has none). */
  readonly css: string;
  /** The report's HTML without its `<style>` element, for the frame's `srcdoc`. */
  readonly html: string;
}

// The report's own stylesheet: renderHtml writes exactly one, in the head. Article and user text is
// escaped (`&lt;style&gt;`), so nothing they hold can match.
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/;

/**
 * Splits an exported HTML report for the preview. NB: a `srcdoc` frame inherits the app's Content
 * Security Policy (`style-src 'self'`), which blocks the report's inline `<style>`; the preview
 * adopts the same CSS as a constructed stylesheet instead (CSSOM, which CSP does not govern), so
 * the report looks as the file will, and the app's policy stays as strict as it is.
 *
 * @example splitReportHtml('<head><style>b{}</style></head><p>x</p>') // { css: 'b{}', html: '<head></head><p>x</p>' }
 */
export function splitReportHtml(html: string): PreviewDocument {
  const match = STYLE_ELEMENT.exec(html);
  if (!match) return { css: '', html };
  return { css: match[1] ?? '', html: html.slice(0, match.index) + html.slice(match.index + match[0].length) };
}
