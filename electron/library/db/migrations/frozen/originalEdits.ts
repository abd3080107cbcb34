/**
 * The whitespace edits of an original against its body exactly as migration 018 wrote them, frozen.
 *
 * NB: a copy, on purpose, of `shared/import/originalEdits.ts` (`isSpaceUnit`, `encodeOriginalEdits`,
 * `storedOriginal`) as it stood when migration 018 landed. A migration's behaviour is fixed when it
 * lands: the live encoder may change (the reader must then still read this format), but a library
 * migrated from an old version must still get what this migration always wrote. Never edit this
 * file; a new format is a new migration.
 */

function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function sameRun(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (a.charCodeAt(as + k) !== b.charCodeAt(bs + k)) return false;
  return true;
}

function encodeOriginalEdits(body: string, original: string): string | null {
  const bl = body.length;
  const ol = original.length;
  let i = 0;
  let j = 0;
  let gap = 0;
  let lastEdit = 0;
  let out = '';
  for (;;) {
    const bs = i;
    const os = j;
    while (i < bl && isSpaceUnit(body.charCodeAt(i))) i++;
    while (j < ol && isSpaceUnit(original.charCodeAt(j))) j++;
    if (!sameRun(body, bs, i, original, os, j)) {
      out += `${gap - lastEdit}${original.slice(os, j)};`;
      lastEdit = gap;
    }
    if (i === bl || j === ol) return i === bl && j === ol ? out : null;
    for (;;) {
      if (body.charCodeAt(i) !== original.charCodeAt(j)) return null;
      i++;
      j++;
      const bEnd = i === bl || isSpaceUnit(body.charCodeAt(i));
      const oEnd = j === ol || isSpaceUnit(original.charCodeAt(j));
      if (bEnd !== oEnd) return null;
      if (bEnd) break;
    }
    gap++;
  }
}

/** How migration 018 stores an original: in full, as edits, or not at all (equal to the body). */
export function frozenStoredOriginal(body: string, original: string): { original: string | null; originalEdits: string | null } {
  if (original === body) return { original: null, originalEdits: null };
  const edits = encodeOriginalEdits(body, original);
  if (edits === null || edits.length >= original.length) return { original, originalEdits: null };
  return { original: null, originalEdits: edits };
}
