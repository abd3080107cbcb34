/** Text made inert in HTML, in element content and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The Content-Security-Policy of an exported HTML report: nothing may load or run (no script at
 * all, no fetches, no forms, no base), only the report's own inline styles.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Highlight colours 1–6, as in the reader; light enough to read black text on, in print too (HTML, PDF and Word reports). */
export const HIGHLIGHT_COLOURS: readonly string[] = ['#fff3a3', '#c8f0c0', '#c9e4ff', '#ffc9c9', '#f3d1ff', '#ffe0b8'];
