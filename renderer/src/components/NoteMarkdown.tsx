import MarkdownIt from 'markdown-it';
type Token = ReturnType<typeof md.parse>[number];
import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import './NoteMarkdown.css';

// NB: `html: false` makes markdown-it treat `<script>` and `<img onerror>` as text, and its link
// check already refuses `javascript:`; the renderer below adds a second wall of its own: only the
// tags listed here are ever made, with no attribute but a checked link target.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The elements a note may produce; anything else markdown-it makes renders its children only. */
const ALLOWED = new Set([
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
const SAFE_LINK = /^(https?:|mailto:)/i;

interface Node {
  readonly tag: string;
  readonly token: Token | null;
  readonly children: (Node | string)[];
}

/** Folds markdown-it's flat open/close token stream (and inline children) into a tree. */
function toTree(tokens: readonly Token[]): Node {
  const root: Node = { tag: '', token: null, children: [] };
  const stack: Node[] = [root];
  const add = (tokenList: readonly Token[]) => {
    for (const token of tokenList) {
      const top = stack[stack.length - 1]!;
      if (token.type === 'inline') add(token.children ?? []);
      else if (token.nesting === 1) {
        const node: Node = { tag: token.tag, token, children: [] };
        top.children.push(node);
        stack.push(node);
      } else if (token.nesting === -1) {
        if (stack.length > 1) stack.pop();
      } else if (token.type === 'text' || token.type === 'html_inline' || token.type === 'html_block') {
        top.children.push(token.content);
      } else if (token.type === 'image') {
        // A picture is never fetched: its description stands in for it.
        top.children.push(token.content || String(token.attrGet('alt') ?? ''));
      } else if (token.type === 'code_inline') {
        top.children.push({ tag: 'code', token, children: [token.content] });
      } else if (token.type === 'code_block' || token.type === 'fence') {
        top.children.push({ tag: 'pre', token, children: [{ tag: 'code', token, children: [token.content] }] });
      } else if (token.type === 'softbreak') top.children.push('\n');
      else if (token.type === 'hardbreak' || token.type === 'hr') top.children.push({ tag: token.tag, token, children: [] });
      else if (token.content) top.children.push(token.content);
    }
  };
  add(tokens);
  return root;
}

function render(node: Node | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const children = node.children.map(render);
  if (!ALLOWED.has(node.tag)) return createElement(Fragment, { key }, ...children);
  if (node.tag === 'a') {
    const href = String(node.token?.attrGet('href') ?? '');
    if (!SAFE_LINK.test(href)) return createElement(Fragment, { key }, ...children);
    return createElement('a', { key, href, title: href, target: '_blank', rel: 'noreferrer noopener' }, ...children);
  }
  if (node.tag === 'br' || node.tag === 'hr') return createElement(node.tag, { key });
  return createElement(node.tag, { key }, ...children);
}

/**
 * A note's Markdown shown as React elements. Notes are the user's, but they can be pasted from
 * anywhere: no HTML in them is ever parsed (it shows as typed), links go only to http(s) and
 * mail addresses, pictures show their description, and nothing is set with innerHTML.
 *
 * @example <NoteMarkdown text="**Check** the [source](https://example.org)" />
 */
export function NoteMarkdown({ text, className }: { text: string; className?: string }) {
  const tree = useMemo(() => toTree(md.parse(text, {})), [text]);
  return (
    <div className={`note-markdown${className ? ` ${className}` : ''}`} data-testid="note-markdown">
      {tree.children.map(render)}
    </div>
  );
}
