import MarkdownIt from 'markdown-it';

/** A piece of a note: text, or an element holding more pieces. */
export type NoteNode = string | NoteElement;

/** The elements a note may produce; markdown-it's others (none today) keep only their children. */
export type NoteTag =
  | 'p'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'ul'
  | 'ol'
  | 'li'
  | 'blockquote'
  | 'em'
  | 'strong'
  | 's'
  | 'code'
  | 'pre'
  | 'hr'
  | 'br'
  | 'a'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td';

/** One element of a note. `href` is set on links only, and is always http(s) or mailto. */
export interface NoteElement {
  readonly tag: NoteTag;
  readonly href?: string;
  readonly children: readonly NoteNode[];
}

const ALLOWED: ReadonlySet<string> = new Set<NoteTag>([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'hr',
  'br',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
]);

/** Link targets a note may have: web pages and mail addresses. */
export const SAFE_NOTE_LINK = /^(https?:|mailto:)/i;

// NB: `html: false` makes markdown-it hand `<script>` and `<img onerror>` on as text, and its own
// link check already refuses `javascript:`; the tree below is a second wall: only ALLOWED tags,
// and only links SAFE_NOTE_LINK accepts.
let parser: ReturnType<typeof MarkdownIt> | undefined;
type Token = ReturnType<ReturnType<typeof MarkdownIt>['parse']>[number];

interface Building {
  readonly tag: string;
  readonly href?: string;
  readonly children: NoteNode[];
}

/**
 * A note's Markdown as a small tree of safe elements: the one reading of a note, shared by the
 * app (renderer's NoteMarkdown draws it with React) and the exported reports (HTML and PDF draw
 * it as markup, Word as runs), so a note looks the same wherever it is read.
 *
 * Notes are the user's, but they can be pasted from anywhere, so the tree holds only:
 * - text (never markup: HTML in a note is text, as typed),
 * - the elements of {@link NoteTag}, with no attributes,
 * - links to http(s) and mail addresses only (any other link keeps its words and loses the link),
 * - no pictures: an image becomes its description, so nothing is ever fetched.
 *
 * @example parseNote('**Check** the [source](https://example.org)')
 * // [{ tag: 'p', children: [{ tag: 'strong', children: ['Check'] }, ' the ', { tag: 'a', href: 'https://example.org', children: ['source'] }] }]
 */
export function parseNote(text: string): NoteNode[] {
  parser ??= new MarkdownIt({ html: false, linkify: true, typographer: false });
  const root: Building = { tag: '', children: [] };
  const stack: Building[] = [root];
  const top = () => stack[stack.length - 1]!;
  const open = (tag: string, href?: string) => {
    const node: Building = { tag, ...(href !== undefined ? { href } : {}), children: [] };
    stack.push(node);
  };
  const close = () => {
    if (stack.length < 2) return;
    const done = stack.pop()!;
    top().children.push(...settle(done));
  };
  const add = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'inline') add(token.children ?? []);
      // A tight list's items hold hidden paragraphs: markdown-it's own output leaves them out too.
      else if (token.hidden && token.nesting !== 0) continue;
      else if (token.nesting === 1) open(token.tag, token.tag === 'a' ? String(token.attrGet('href') ?? '') : undefined);
      else if (token.nesting === -1) close();
      else if (token.type === 'image') top().children.push(token.content || String(token.attrGet('alt') ?? ''));
      else if (token.type === 'code_inline') top().children.push({ tag: 'code', children: [token.content] });
      else if (token.type === 'code_block' || token.type === 'fence')
        top().children.push({ tag: 'pre', children: [{ tag: 'code', children: [token.content] }] });
      else if (token.type === 'softbreak') top().children.push('\n');
      else if (token.type === 'hardbreak') top().children.push({ tag: 'br', children: [] });
      else if (token.type === 'hr') top().children.push({ tag: 'hr', children: [] });
      else if (token.content) top().children.push(token.content);
    }
  };
  add(parser.parse(text, {}));
  while (stack.length > 1) close();
  return root.children;
}

/** A finished element as the nodes it stands for: itself when allowed, else its children. */
function settle(node: Building): NoteNode[] {
  if (!ALLOWED.has(node.tag)) return node.children;
  if (node.tag === 'a') {
    if (!node.href || !SAFE_NOTE_LINK.test(node.href)) return node.children;
    return [{ tag: 'a', href: node.href, children: node.children }];
  }
  return [{ tag: node.tag as NoteTag, children: node.children }];
}

/** The words of some note nodes, without any markup (a link's words, not its address). */
export function noteText(nodes: readonly NoteNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : noteText(n.children))).join('');
}
