import { describe, expect, it } from 'vitest';
import { noteText, parseNote, type NoteNode } from './noteMarkdown';

/** Every element tag in the tree, depth first. */
function tags(nodes: readonly NoteNode[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [n.tag, ...tags(n.children)]));
}
function links(nodes: readonly NoteNode[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.href ? [n.href] : []), ...links(n.children)]));
}

describe('parseNote', () => {
  it('reads bold, italic, a code span, a link and a list', () => {
    const nodes = parseNote('The **sticking point** is *Daraa*, see `art. 4` and [AFP](https://afp.com/x).\n\n- one\n- two');
    expect(nodes).toEqual([
      {
        tag: 'p',
        children: [
          'The ',
          { tag: 'strong', children: ['sticking point'] },
          ' is ',
          { tag: 'em', children: ['Daraa'] },
          ', see ',
          { tag: 'code', children: ['art. 4'] },
          ' and ',
          { tag: 'a', href: 'https://afp.com/x', children: ['AFP'] },
          '.'
        ]
      },
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: ['one'] },
          { tag: 'li', children: ['two'] }
        ]
      }
    ]);
  });

  it('keeps HTML as text, drops script links and never makes a picture', () => {
    const nodes = parseNote(
      '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) ![a map](https://evil.example/p.png) [mail](mailto:ana@example.org)'
    );
    expect(tags(nodes)).toEqual(['p', 'a']);
    expect(links(nodes)).toEqual(['mailto:ana@example.org']);
    const text = noteText(nodes);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('a map');
    expect(text).not.toContain('evil.example');
  });

  it('lets no element through but the allowed ones, whatever the input', () => {
    const nodes = parseNote('# Head\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode <b>\n```\n\n~~gone~~  \nnext\n\n---');
    expect(new Set(tags(nodes))).toEqual(
      new Set(['h1', 'blockquote', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code', 's', 'br', 'hr'])
    );
  });
});
