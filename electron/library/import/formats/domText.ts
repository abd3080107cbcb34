/**
 * Plain text from a DOM subtree, the way a reader sees it: one paragraph per block element,
 * blank lines between paragraphs, `<br>` as a line break, whitespace collapsed except in `<pre>`.
 * Non-text elements (scripts, styles, form controls, media, `hidden` ones) contribute nothing.
 */

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul'
]);

/** Elements whose content is never article text (or is code, or is not rendered). */
const SKIP = new Set([
  'applet',
  'audio',
  'base',
  'button',
  'canvas',
  'datalist',
  'embed',
  'frame',
  'frameset',
  'head',
  'iframe',
  'img',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'option',
  'param',
  'picture',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'track',
  'video',
  'xmp',
  'plaintext'
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

type Step = { node: Node; pre: boolean } | { close: string; pre: boolean };

/** Converts the subtree under `root` to plain text with paragraphs separated by blank lines. */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const flushLine = (): void => {
    lines.push(line);
    line = '';
  };
  const flushParagraph = (): void => {
    flushLine();
    const text = lines
      .map((l) => l.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (text.trim()) paragraphs.push(text);
    lines = [];
  };
  // NB: an explicit stack, not recursion: hostile pages nest elements tens of thousands deep.
  const stack: Step[] = [{ node: root, pre: false }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      if (BLOCK.has(step.close)) flushParagraph();
      else if (step.close === 'cell') line += ' ';
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? '';
      if (pre) {
        const parts = data.split(/\r\n?|\n/);
        parts.forEach((part, i) => {
          if (i > 0) flushLine();
          line += part;
        });
      } else {
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        line += line === '' || line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      if (node.nodeType === 9 || node.nodeType === 11) pushChildren(stack, node, pre);
      continue;
    }
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (SKIP.has(name) || isHidden(element)) continue;
    if (name === 'br') {
      flushLine();
      continue;
    }
    if (BLOCK.has(name)) flushParagraph();
    const isPre = pre || name === 'pre' || name === 'listing';
    // Cells of a row stay on one line, separated by a space; the row is the paragraph.
    stack.push({ close: name === 'td' || name === 'th' ? 'cell' : name, pre });
    pushChildren(stack, element, isPre);
  }
  flushParagraph();
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map((l) => (l.trim() ? l.replace(/^ +/, '') : ''))
        .join('\n')
    )
    .join('\n\n');
}

function pushChildren(stack: Step[], node: Node, pre: boolean): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre });
}
