/**
 * Markdown to readable plain text, by walking the tokens of markdown-it (a CommonMark parser):
 * the words a reader sees, without the syntax.
 *
 * - A paragraph becomes one line: hard-wrapped lines are joined with spaces (soft breaks), a hard
 *   break (two trailing spaces, `\`) stays a newline. Escapes and entities are resolved (`\"` → `"`).
 * - Headings are paragraphs of their own; emphasis, links and strikethrough keep their text.
 * - List items and table rows are one line each (cells joined by ` | `), a list or table one block.
 * - Code blocks are kept as written; block quotes keep their text; images and rules are dropped.
 * - Raw HTML is dropped: HTML blocks whole, inline tags as tags (the text between `<b>…</b>`
 *   stays), and inline `<script>`/`<style>` with everything up to their closing tag.
 *
 * Blocks are separated by a blank line.
 */
import type { default as markdownItFactory, MarkdownIt, Token } from 'markdown-it';
import { lazyRequire } from './lazyRequire';

const markdownIt = lazyRequire<typeof markdownItFactory>('markdown-it');
let parser: MarkdownIt | undefined;

/**
 * NB: `html: true` so raw HTML arrives as `html_block`/`html_inline` tokens, which are dropped;
 * with `html: false` markdown-it would hand the tags on as literal text.
 */
function getParser(): MarkdownIt {
  return (parser ??= markdownIt()({ html: true, linkify: false, typographer: false }));
}

/** Inline elements whose content is not text for a reader, skipped up to their closing tag. */
const HIDDEN_ELEMENTS = /^<(script|style|template|noscript|iframe|object|textarea)\b/i;

function inlineText(children: readonly Token[] | null): string {
  let out = '';
  let hidden: string | undefined;
  for (const token of children ?? []) {
    if (token.type === 'html_inline') {
      if (hidden !== undefined) {
        if (new RegExp(`^</${hidden}\\s*>`, 'i').test(token.content)) hidden = undefined;
      } else {
        hidden = HIDDEN_ELEMENTS.exec(token.content)?.[1]?.toLowerCase();
      }
      continue;
    }
    if (hidden !== undefined) continue;
    if (token.type === 'text' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'softbreak') out += ' ';
    else if (token.type === 'hardbreak') out += '\n';
    // Everything else is markup (em, strong, link, s open/close) or an image: no text of its own.
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

/** Converts Markdown (without front matter) to plain text with blocks separated by blank lines. */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  /** Lines of the outermost open list (nested lists join it), or of the open table. */
  let lines: string[] | undefined;
  let listDepth = 0;
  let row: string[] | undefined;
  const emit = (text: string): void => {
    if (text === '') return;
    if (row) row.push(text);
    else if (lines) lines.push(text);
    else blocks.push(text);
  };
  const closeLines = (): void => {
    if (lines?.length) blocks.push(lines.join('\n'));
    lines = undefined;
  };
  for (const token of getParser().parse(markdown, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth++ === 0) lines = [];
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (--listDepth === 0) closeLines();
        break;
      case 'table_open':
        if (listDepth === 0) lines = [];
        break;
      case 'table_close':
        if (listDepth === 0) closeLines();
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row?.length) (lines ?? blocks).push(row.join(' | '));
        row = undefined;
        break;
      case 'inline':
        emit(inlineText(token.children));
        break;
      case 'fence':
      case 'code_block':
        emit(token.content.replace(/\n+$/, ''));
        break;
      default:
      // html_block, hr and the open/close tokens of paragraphs, headings and quotes add no text.
    }
  }
  return blocks.join('\n\n');
}
