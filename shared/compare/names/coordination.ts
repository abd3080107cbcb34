/**
 * Names written as one list (`Washington, Amman and Moscow`, `the towns of Tafas and Saida`) are
 * usually of one kind: a name nothing else classifies takes the kind of the others.
 */
import type { NameKind } from './names';

/** A mention's place in its source: offsets into that source's text. */
export interface ListMember {
  readonly start: number;
  readonly end: number;
}

/**
 * The lists among one text's mentions (given in text order): names joined by commas and closed by
 * `and` or `or`, or two names joined by `and`/`or`. A comma alone makes no list (`in Paris,
 * Macron said`). Each list is given as indices into `mentions`.
 *
 * @example listsOf('by Washington, Amman and Moscow.', [{start:3,end:13},{start:15,end:20},{start:25,end:31}]) // [[0, 1, 2]]
 */
export function listsOf(text: string, mentions: readonly ListMember[]): number[][] {
  const lists: number[][] = [];
  let open: number[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const between = text.slice(mentions[k - 1]!.end, mentions[k]!.start);
    if (open.length === 0) open = [k - 1];
    if (/^\s*,\s*$/.test(between)) open.push(k);
    else if (/^(?:\s*,)?\s+(?:and|or)\s+$/.test(between)) {
      open.push(k);
      lists.push(open);
      open = [];
    } else open = [];
  }
  return lists;
}

/**
 * Kinds after the lists have spoken: an `unknown` entity in a list whose other classified members
 * are all of one kind takes that kind, repeated until nothing changes (`Aleppo` beside `Eastern
 * Ghouta`; `Washington` and `Amman` beside `Moscow`).
 *
 * @param kinds each entity's kind, by entity index.
 * @param lists lists of entity indices, from {@link listsOf} mapped to entities.
 */
export function kindsFromLists(kinds: readonly NameKind[], lists: readonly (readonly number[])[]): NameKind[] {
  const out = [...kinds];
  for (let changed = true; changed;) {
    changed = false;
    for (const list of lists) {
      const known = new Set(list.map((e) => out[e]!).filter((k) => k !== 'unknown'));
      if (known.size !== 1) continue;
      const [kind] = [...known] as [NameKind];
      for (const e of list) {
        if (out[e] === 'unknown') {
          out[e] = kind;
          changed = true;
        }
      }
    }
  }
  return out;
}
