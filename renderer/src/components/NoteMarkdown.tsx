import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { parseNote, type NoteNode } from '@shared/text/noteMarkdown';
import './NoteMarkdown.css';

function render(node: NoteNode, key: number): ReactNode {
  if (typeof node === 'string') return createElement(Fragment, { key }, node);
  const children = node.children.map(render);
  if (node.tag === 'a')
    return createElement('a', { key, href: node.href, title: node.href, target: '_blank', rel: 'noreferrer noopener' }, ...children);
  if (node.tag === 'br' || node.tag === 'hr') return createElement(node.tag, { key });
  return createElement(node.tag, { key }, ...children);
}

/**
 * A note's Markdown shown as React elements, read by shared/text/noteMarkdown (the same reading
 * the exported reports use). Notes are the user's, but they can be pasted from anywhere: no HTML
 * in them is ever parsed (it shows as typed), links go only to http(s) and mail addresses,
 * pictures show their description, and nothing is set with innerHTML.
 *
 * @example <NoteMarkdown text="**Check** the [source](https://example.org)" />
 */
export function NoteMarkdown({ text, className }: { text: string; className?: string }) {
  const nodes = useMemo(() => parseNote(text), [text]);
  return (
    <div className={`note-markdown${className ? ` ${className}` : ''}`} data-testid="note-markdown">
      {nodes.map(render)}
    </div>
  );
}
