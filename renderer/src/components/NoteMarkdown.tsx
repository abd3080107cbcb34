import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { parseNote, type NoteNode } from '@shared/text/noteMarkdown';
import './NoteMarkdown.css';

/** How to draw the pieces: which words to mark, and whether links may be followed. */
interface RenderOptions {
  /** Matches the words to wrap in `<mark>`, or null for none. */
  readonly marks: RegExp | null;
  readonly inertLinks: boolean;
}

function render(node: NoteNode, key: number, options: RenderOptions): ReactNode {
  if (typeof node === 'string') return createElement(Fragment, { key }, ...markWords(node, options.marks));
  const children = node.children.map((child, i) => render(child, i, options));
  if (node.tag === 'a') {
    // NB: inside a button (a search's note row) a link would be a second control in the first.
    if (options.inertLinks) return createElement('span', { key, className: 'note-markdown__link' }, ...children);
    return createElement('a', { key, href: node.href, title: node.href, target: '_blank', rel: 'noreferrer noopener' }, ...children);
  }
  if (node.tag === 'br' || node.tag === 'hr') return createElement(node.tag, { key });
  return createElement(node.tag, { key }, ...children);
}

/** `text` with every match of `marks` wrapped in `<mark>`; plain text when there are none. */
function markWords(text: string, marks: RegExp | null): ReactNode[] {
  if (marks === null) return [text];
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(marks)) {
    const start = match.index;
    if (match[0] === '') continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(createElement('mark', { key: start }, match[0]));
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** One pattern for the words to mark, longest first so a longer word wins over its start; null for none. */
function marksPattern(words: readonly string[] | undefined): RegExp | null {
  const unique = [...new Set((words ?? []).map((w) => w.trim()).filter((w) => w !== ''))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
}

/** Props of {@link NoteMarkdown}. */
export interface NoteMarkdownProps {
  text: string;
  className?: string;
  /**
   * Words to mark wherever they stand in the rendered text (case aside): a search's matches,
   * found again after the Markdown is read, since its offsets count the `**` the reader never sees.
   */
  marks?: readonly string[];
  /** Draw links as text (for a note shown in a row that is one click target, where a link cannot be clicked apart). */
  inertLinks?: boolean;
}

/**
 * A note's Markdown shown as React elements, read by shared/text/noteMarkdown (the same reading
 * the exported reports use). Notes are the user's, but they can be pasted from anywhere: no HTML
 * in them is ever parsed (it shows as typed), links go only to http(s) and mail addresses,
 * pictures show their description, and nothing is set with innerHTML.
 *
 * @example <NoteMarkdown text="**Check** the [source](https://example.org)" marks={['source']} />
 */
export function NoteMarkdown({ text, className, marks, inertLinks = false }: NoteMarkdownProps) {
  const nodes = useMemo(() => parseNote(text), [text]);
  const markKey = JSON.stringify(marks ?? []);
  const pattern = useMemo(() => marksPattern(JSON.parse(markKey) as string[]), [markKey]);
  const options: RenderOptions = { marks: pattern, inertLinks };
  return (
    <div className={`note-markdown${className ? ` ${className}` : ''}`} data-testid="note-markdown">
      {nodes.map((node, i) => render(node, i, options))}
    </div>
  );
}
