import { noteText, parseNote, type NoteElement, type NoteNode } from '@shared/text/noteMarkdown';
import { defuseLineStarts, escapeMarkup, inline } from './markdownEscape';

/**
 * A note's Markdown written back as Markdown, from the app's reading of it (shared/text/noteMarkdown):
 * bold, italic, code, links, lists, headings and the rest keep their Markdown, so pandoc and
 * Obsidian render the note as the app does; its words are escaped, so HTML typed in a note stays
 * text there too, and a link other than http(s) or mailto is only its words. One string, lines
 * separated by `\n`, for the caller to put in a block quote.
 *
 * @example noteMarkdown('**sticking point** <b>') // '**sticking point** \\<b\\>'
 */
export function noteMarkdown(text: string): string {
  return blocks(parseNote(text)).join('\n\n');
}

function blocks(nodes: readonly NoteNode[]): string[] {
  const out: string[] = [];
  let loose: NoteNode[] = [];
  const flush = () => {
    const line = inlines(loose).trim();
    if (line) out.push(line);
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !BLOCKS.has(node.tag)) loose.push(node);
    else {
      flush();
      out.push(block(node));
    }
  }
  flush();
  return out;
}

const BLOCKS: ReadonlySet<string> = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function block(node: NoteElement): string {
  switch (node.tag) {
    case 'p':
      return inlines(node.children);
    case 'ul':
    case 'ol':
      return node.children
        .map((item, i) => {
          const marker = node.tag === 'ol' ? `${i + 1}. ` : '- ';
          const body = typeof item === 'string' ? inline(item) : blocks(item.children).join('\n\n');
          return indentAfterFirst(marker + body, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'blockquote':
      return blocks(node.children)
        .join('\n\n')
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'pre': {
      const code = noteText(node.children).replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
      return `${fence}\n${code}\n${fence}`;
    }
    case 'hr':
      return '***';
    case 'table': {
      const rows = collect(node, 'tr').map((tr) => `| ${tr.children.map((c) => (typeof c === 'string' ? inline(c) : inlines(c.children))).join(' | ')} |`);
      const width = collect(node, 'tr')[0]?.children.length ?? 1;
      return [rows[0] ?? '|  |', `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n');
    }
    default:
      // h1–h6
      return `${'#'.repeat(Number(node.tag.slice(1)))} ${inlines(node.children)}`;
  }
}

/** Inline nodes as one Markdown text; its line starts defused once the pieces are joined. */
function inlines(nodes: readonly NoteNode[]): string {
  return defuseLineStarts(inlinePieces(nodes));
}

function inlinePieces(nodes: readonly NoteNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeMarkup(node);
      switch (node.tag) {
        case 'strong':
          return `**${inlinePieces(node.children)}**`;
        case 'em':
          return `*${inlinePieces(node.children)}*`;
        case 's':
          return `~~${inlinePieces(node.children)}~~`;
        case 'code': {
          const code = noteText(node.children);
          const ticks = '`'.repeat(longestRun(code, '`') + 1);
          const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
          return `${ticks}${pad}${code}${pad}${ticks}`;
        }
        case 'br':
          return '\\\n';
        case 'a': {
          const href = node.href ?? '';
          const words = noteText(node.children);
          if (words === href || `mailto:${words}` === href) return `<${href}>`;
          return `[${inlinePieces(node.children)}](<${href}>)`;
        }
        default:
          return inlinePieces(node.children);
      }
    })
    .join('');
}

function indentAfterFirst(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function collect(node: NoteElement, tag: string): NoteElement[] {
  return node.children.flatMap((c) => (typeof c === 'string' ? [] : c.tag === tag ? [c] : collect(c, tag)));
}
