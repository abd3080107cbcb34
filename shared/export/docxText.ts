/**
 * Text safe in a Word file. NB: XML 1.0 cannot hold most control characters (a NUL in an article
 * would make Word refuse the whole file as corrupt), nor lone surrogates; they are dropped. Tabs
 * and line breaks are kept (callers split lines themselves).
 */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters XML forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
