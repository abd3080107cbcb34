/** Characters a text with no separator keeps whole at its end when its middle is cut. */
const TAIL_CHARS = 16;

/**
 * Where {@link MiddleEllipsis} cuts a path or URL: the tail is the last segment (the file name,
 * after the last `/` or `\`, or a URL's query after its last segment), shown whole; the head is
 * everything before it, ellipsised when space runs out. Text with no separator keeps its last 16
 * characters. The two joined give the text back unchanged.
 *
 * @example splitForEllipsis('/work/seeds/000_f88.txt') // { head: '/work/seeds/', tail: '000_f88.txt' }
 */
export function splitForEllipsis(text: string): { head: string; tail: string } {
  // A trailing separator (a folder) belongs to its segment.
  const body = text.replace(/[/\\]+$/, '');
  const cut = Math.max(body.lastIndexOf('/'), body.lastIndexOf('\\')) + 1;
  const at = cut > 0 ? cut : Math.max(0, text.length - TAIL_CHARS);
  return { head: text.slice(0, at), tail: text.slice(at) };
}
