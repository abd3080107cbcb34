import { ExternalHyperlink, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { noteText, parseNote, type NoteElement, type NoteNode } from '@shared/text/noteMarkdown';
import { clean } from './docxText';

/** How the runs of a note's inline text are styled, from the elements around them. */
interface Inline {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
}

/** Options for {@link noteParagraphs}. */
export interface NoteParagraphsOptions {
  /** Indent of every paragraph, in twips (a note under a heading sits in from the margin). */
  readonly indent?: number;
  /**
   * Links as Word hyperlinks (in the document body). NB: off in comments: a hyperlink needs a
   * relationship in the part that holds it, and the docx package writes comments without one,
   * so Word would call the file corrupt. Off, a link is its words with its address after them.
   */
  readonly hyperlinks?: boolean;
}

/**
 * A note's Markdown as Word paragraphs, read as the app reads it (shared/text/noteMarkdown): bold,
 * italic, strikethrough and code become the matching runs, links keep their address in words,
 * headings are bold lines, each list item is a line of its own (`•` or its number, indented by
 * depth), quotes and code blocks are indented, a table is a line per row. No Markdown marker is
 * left in the text, and HTML typed in a note stays text, as everywhere.
 */
export function noteParagraphs(text: string, options: NoteParagraphsOptions = {}): Paragraph[] {
  const out: Paragraph[] = [];
  const base = options.indent ?? 0;
  const hyperlinks = options.hyperlinks ?? false;
  const paragraph = (children: ParagraphChild[], indent: number, extra: IParagraphOptions = {}) =>
    out.push(new Paragraph({ ...extra, ...(indent > 0 ? { indent: { left: indent } } : {}), children }));

  const block = (node: NoteNode, indent: number, marker = ''): void => {
    if (typeof node === 'string') {
      if (node.trim()) paragraph(inlineRuns([node], {}, hyperlinks), indent);
      return;
    }
    switch (node.tag) {
      case 'ul':
      case 'ol':
        node.children.forEach((item, i) => block(item, indent + 360, node.tag === 'ol' ? `${i + 1}. ` : '• '));
        return;
      case 'li': {
        // An item's own words on its line, with its marker; a list inside it goes on lines below.
        const own = node.children.filter((c) => typeof c === 'string' || !isBlock(c));
        const inner = node.children.filter((c) => typeof c !== 'string' && isBlock(c));
        const firstBlock = inner[0];
        if (own.length > 0 || !firstBlock) paragraph([new TextRun(marker), ...inlineRuns(own, {}, hyperlinks)], indent);
        inner.forEach((c, i) => block(c, indent, i === 0 && own.length === 0 ? marker : ''));
        return;
      }
      case 'blockquote':
        node.children.forEach((c) => block(c, indent + 360));
        return;
      case 'pre':
        for (const line of noteText(node.children).replace(/\n$/, '').split('\n'))
          paragraph([new TextRun({ text: clean(line), font: 'Courier New' })], indent + 360);
        return;
      case 'hr':
        paragraph([new TextRun('———')], indent);
        return;
      case 'table':
      case 'thead':
      case 'tbody':
        node.children.forEach((c) => block(c, indent));
        return;
      case 'tr':
        paragraph(
          node.children.flatMap((cell, i) => [
            ...(i > 0 ? [new TextRun(' | ')] : []),
            ...inlineRuns(typeof cell === 'string' ? [cell] : cell.children, { bold: typeof cell !== 'string' && cell.tag === 'th' }, hyperlinks)
          ]),
          indent
        );
        return;
      default:
        if (/^h[1-6]$/.test(node.tag)) {
          paragraph(inlineRuns(node.children, { bold: true }, hyperlinks), indent, { keepNext: true });
          return;
        }
        if (node.tag === 'p') {
          paragraph([...(marker ? [new TextRun(marker)] : []), ...inlineRuns(node.children, {}, hyperlinks)], indent);
          return;
        }
        // Inline elements at the top (none from markdown-it today): a paragraph of their own.
        paragraph(inlineRuns([node], {}, hyperlinks), indent);
    }
  };

  for (const node of parseNote(text)) block(node, base);
  return out;
}

const BLOCKS: ReadonlySet<string> = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
function isBlock(node: NoteElement): boolean {
  return BLOCKS.has(node.tag);
}

/** Inline nodes as runs; a soft line break reads as a space, as it does in the app. */
function inlineRuns(nodes: readonly NoteNode[], style: Inline, hyperlinks: boolean): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (typeof node === 'string') return node ? [run(node.replace(/\n/g, ' '), style)] : [];
    switch (node.tag) {
      case 'strong':
        return inlineRuns(node.children, { ...style, bold: true }, hyperlinks);
      case 'em':
        return inlineRuns(node.children, { ...style, italics: true }, hyperlinks);
      case 's':
        return inlineRuns(node.children, { ...style, strike: true }, hyperlinks);
      case 'code':
        return inlineRuns(node.children, { ...style, code: true }, hyperlinks);
      case 'br':
        return [new TextRun({ break: 1 })];
      case 'a': {
        const href = node.href ?? '';
        const shown = href.replace(/^mailto:/i, '');
        const words = noteText(node.children);
        const address = words === shown || words === href ? [] : [run(` (${shown})`, style)];
        if (!hyperlinks) return [...inlineRuns(node.children, style, false), ...address];
        const link = new TextRun({ text: clean(words.replace(/\n/g, ' ')), style: 'Hyperlink', ...(style.bold ? { bold: true } : {}) });
        return [new ExternalHyperlink({ link: href, children: [link] }), ...address];
      }
      default:
        return inlineRuns(node.children, style, hyperlinks);
    }
  });
}

function run(text: string, style: Inline): TextRun {
  return new TextRun({
    text: clean(text),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...(style.code ? { font: 'Courier New' } : {})
  });
}
