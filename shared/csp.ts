/**
 * The Content Security Policy of the UI, in both hosts (Electron's app:// protocol and browser
 * mode's HTTP server send it as a header; the built index.html carries it as a meta tag too).
 * Nothing remote, no eval, no inline scripts; `connect-src 'self'` lets browser mode reach its
 * own API. Inline *style attributes* set through React's `style` prop go through the CSSOM and
 * are not affected by `style-src`.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The comparison runs in a Web Worker bundled with the app.
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ');

/**
 * The same policy for a `<meta>` tag, which browsers read without `frame-ancestors` (they log an
 * error for it there; the header carries it).
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
