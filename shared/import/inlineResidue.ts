/**
 * Markers left inside paragraphs by templates and auto-posting plugins: `[ad_1]` slots, the
 * `[19659002]` paragraph markers of WordPress auto-blogs (often half-eaten by translation into
 * `19659002]` or a lone `]`), shortcodes and bracketed note numbers after a sentence.
 */
import type { RemovalReason } from './removal';

/** A span of one line to cut, in offsets of that line. */
export interface InlineCut {
  readonly start: number;
  readonly end: number;
  readonly reason: RemovalReason;
}

interface Marker {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
}

const MARKERS: readonly Marker[] = [
  // Ad slots: `[ad_1]`, `[ad]`.
  { reason: 'ad', pattern: /\[ad(?:_\d+)?\]/giu },
  // Auto-blog paragraph markers: a long number closed by `]` (`[19659002]`, `19659002]`).
  { reason: 'markup-residue', pattern: /(?<![\p{L}\p{N}])\[?\d{7,}\](?![\p{L}\p{N}])/gu },
  // WordPress and page-builder shortcodes, opening or closing (`[caption id="…"]`, `[/embed]`).
  {
    reason: 'markup-residue',
    pattern: /\[\/?(?:caption|embed|video|audio|gallery|playlist|tweet|youtube|vc_[a-z_]+|et_pb_[a-z_]+|su_[a-z_]+)(?:\s[^\]]*)?\]/giu
  },
  // A bracketed note number after a sentence (`… carries risks. [11]`): never reporting.
  { reason: 'markup-residue', pattern: /(?<=[.!?"”’]\s*)\[\d{1,3}\](?=\s*$|\s+["“\p{Lu}])/gu },
  // A lone `]` straight after a sentence mark (`counterproposal.] He told`), when no `[` opened it.
  { reason: 'markup-residue', pattern: /(?<=[.!?,;])\](?=\s|$)/gu }
];

/**
 * The markers to cut from one raw line, in line order, never overlapping.
 *
 * @example findInlineCuts('statement. 19659002] "No') // [{ start: 11, end: 20, reason: 'markup-residue' }]
 */
export function findInlineCuts(line: string): InlineCut[] {
  const lead = strayLeadingMark(line);
  // Every other marker ends with `]`; most lines have none.
  if (!line.includes(']')) return lead === undefined ? [] : [lead];
  const cuts: InlineCut[] = lead === undefined ? [] : [lead];
  for (const { reason, pattern } of MARKERS) {
    for (const m of line.matchAll(pattern)) {
      const start = m.index;
      if (m[0] === ']' && line.lastIndexOf('[', start) !== -1) continue;
      cuts.push({ start, end: start + m[0].length, reason });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  const kept: InlineCut[] = [];
  for (const c of cuts) if (kept.length === 0 || c.start >= kept[kept.length - 1]!.end) kept.push(c);
  return kept;
}

/**
 * The end of the sentence before, put at the start of this line by a paragraph break in the page
 * (seed 004: `. About 90 minutes after …` under a line that lacks its full stop): a full stop,
 * comma, semicolon or colon and the spaces after it, before a word or an opening quote. No
 * paragraph of reporting opens that way; an ellipsis (`... and then`) is left alone.
 *
 * @example strayLeadingMark('. About 90 minutes') // { start: 0, end: 2, reason: 'markup-residue' }
 */
function strayLeadingMark(line: string): InlineCut | undefined {
  // NB: most lines open with a letter; look at the first characters before the regex.
  const first = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9 ? line.trimStart().charCodeAt(0) : line.charCodeAt(0);
  if (first !== 46 && first !== 44 && first !== 59 && first !== 58) return undefined;
  const m = /^\s*[.,;:][ \t\u00a0]+(?=["'“‘«(\p{L}\p{N}])/u.exec(line);
  return m === null ? undefined : { start: line.length - line.trimStart().length, end: m[0].length, reason: 'markup-residue' };
}

/** The line with the cuts taken out. */
export function applyCuts(line: string, cuts: readonly InlineCut[]): string {
  let out = '';
  let from = 0;
  for (const c of cuts) {
    out += line.slice(from, c.start);
    from = c.end;
  }
  return out + line.slice(from);
}
