import { noteText, parseNote, type NoteNode } from '@shared/text/noteMarkdown';
import { escapeHtml as e } from './html';

/**
 * A note's Markdown as report HTML, read the way the app reads it (shared/text/noteMarkdown):
 * bold, italic, code, lists and the rest as their elements; HTML typed in the note as text; links
 * only to http(s) and mail addresses, each followed by its address in words, since a printed
 * report (the PDF) cannot be clicked; no picture is ever fetched (its description stands in).
 *
 * @example noteHtml('**sticking point**') // '<p><strong>sticking point</strong></p>'
 */
export function noteHtml(text: string): string {
  return parseNote(text).map(nodeHtml).join('');
}

function nodeHtml(node: NoteNode): string {
  if (typeof node === 'string') return e(node);
  const inner = node.children.map(nodeHtml).join('');
  if (node.tag === 'br' || node.tag === 'hr') return `<${node.tag}>`;
  if (node.tag === 'a') {
    const href = node.href ?? '';
    const shown = href.replace(/^mailto:/i, '');
    const words = noteText(node.children);
    // The address once: a bare link (or an address in angle brackets) is already its own words.
    const address = words === shown || words === href ? '' : ` <span class="url">(${e(shown)})</span>`;
    return `<a href="${e(href)}">${inner}</a>${address}`;
  }
  return `<${node.tag}>${inner}</${node.tag}>`;
}
