/**
 * The article's address from a header line at the top of a saved text: ECB+'s raw files and other
 * text dumps open with `Source-URL: http://news.softpedia.com/…` above the headline.
 */

/** `Source-URL:`, `Source URL:`, `URL:` or `Source:`, then one http(s) address and nothing else. */
const HEADER_URL = /^(?:source[-_ ]?url|url|source)\s*:\s*(https?:\/\/\S+)$/iu;

/**
 * The address a header line gives (normalised as a URL), or `undefined` when the line is anything
 * else. Callers ask only of the lines at the very top of a text (`classifyLines` does): an address
 * inside running text, or a `Source:` line under the headline, names something the story cites.
 *
 * @example headerUrl('Source-URL: http://news.softpedia.com/news/a.shtml') // 'http://news.softpedia.com/news/a.shtml'
 * @example headerUrl('Source: Reuters') // undefined
 */
export function headerUrl(line: string): string | undefined {
  const raw = HEADER_URL.exec(line)?.[1];
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
