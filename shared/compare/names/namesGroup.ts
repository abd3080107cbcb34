/**
 * Names across sources: one entry per person, place or organisation, however each outlet spells
 * it, with how often each source names it.
 */
import { foldText } from '@shared/text/fold';
import { isGivenName } from '@shared/search/givenNames';
import { UnionFind } from '../analysis/unionFind';
import { capitalEvidence, extractNames, type NameKind, type NameMention } from './names';
import { kindsFromLists, listsOf } from './coordination';
import { mergeRespelledInLinks, type LinkedSentences } from './linkedNames';
import { partsOf } from './nameParts';
import { CONNECTORS } from './namesLexicon';
import { mergeOrganisationForms } from './orgForms';
import { mergeFirstNames, mergeMiddleNames, mergeShortGivenNames, type NameForm } from './personForms';

/** A text to read names from. */
export interface NameSource {
  readonly id: string;
  readonly text: string;
}

/** Where a source names an entity. Offsets are UTF-16 units into that source's text. */
export interface NameOccurrence {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** One spelling of a name and how often it is written so. */
export interface NameVariant {
  readonly text: string;
  readonly count: number;
}

/** A person, place or organisation named by one or more sources. */
export interface NameEntity {
  /** `e1`, `e2`… most mentioned first. */
  readonly id: string;
  /** The fullest spelling most used (`Ibrahim Jabbawi`, not `Jabbawi`). */
  readonly name: string;
  readonly kind: NameKind;
  /** Every spelling, most used first (`Daraa` 12, `Deraa` 9). */
  readonly variants: NameVariant[];
  /** Mentions per source id; sources not naming it are absent. */
  readonly counts: Record<string, number>;
  readonly mentions: NameOccurrence[];
}

/** What else `groupNames` may know about the sources. */
export interface GroupNamesOptions {
  /**
   * Sentences the comparison linked across sources: a name respelled inside two linked sentences
   * (`Ghout East` / `Eastern Ghouta`) is one entity (see `linkedNames.ts`). Default: none.
   */
  readonly links?: readonly LinkedSentences[];
}

interface Item {
  readonly source: number;
  readonly mention: NameMention;
  /** Variant keys of the name's words, particles dropped (`Busra al-Sham` → [busra, sham]). */
  readonly parts: string[];
}

/**
 * Finds the names of every source and merges mentions of one entity:
 * - same words up to spelling variants (`variantKey`: `Daraa`/`Deraa`, `Jabbawi`/`Jabawi`) and
 *   particles (`Bashar al-Assad`/`Bashar Al Assad`, `Ibrahim al Jabawi`/`Ibrahim Jabbawi`);
 * - a shorter form of exactly one person's name (`Mark Heller`, `Mark J. Heller` → `Mark Jay
 *   Heller`; `Stan Perlo` → `Stanley Perlo`; a lone given name `Lindsay` → `Lindsay Lohan`:
 *   `personForms.ts`);
 * - a lone word that ends exactly one longer person-like name (`Jabbawi` → `Ibrahim Jabbawi`,
 *   `Assad` → `Bashar al-Assad`);
 * - an acronym matching the initials of exactly one longer name (`HRW` → `Human Rights Watch`,
 *   `UN`/`U.N.` → `United Nations`);
 * - a shorter form of one organisation's name (`Operations Room` → `Central Operations Room`,
 *   `UN Security Council` → `United Nations Security Council`: `orgForms.ts`);
 * - with `options.links`, a name respelled in two linked sentences (`Ghout East` → `Eastern Ghouta`).
 *
 * An entity nothing classifies takes the kind of the names listed with it (`Washington, Amman and
 * Moscow`: `coordination.ts`); otherwise
 * each entity's kind is the one most of its mentions support (see `names.ts`).
 */
export function groupNames(sources: readonly NameSource[], options: GroupNamesOptions = {}): NameEntity[] {
  const evidence = capitalEvidence(sources.map((s) => s.text));
  const items: Item[] = sources.flatMap((s, source) =>
    extractNames(s.text, evidence).map((mention) => ({ source, mention, parts: partsOf(mention.text) }))
  );
  const uf = new UnionFind(items.length);
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    const key = item.parts.join(' ');
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else uf.union(seen, i);
  });
  const notPerson = notPersonRoots(items, uf);
  // Decided before any merge below, so a form's own mentions say whether it may be a person.
  const person = items.map((_, i) => !notPerson.has(uf.find(i)));
  const forms: NameForm[] = [...byKey.values()].map((item) => ({ item, parts: items[item]!.parts }));
  mergeMiddleNames(forms, uf, (i) => person[i]!);
  mergeShortGivenNames(forms, uf, (i) => person[i]!);
  mergeShortForms(items, uf, byKey, notPersonRoots(items, uf));
  mergeFirstNames(
    forms,
    uf,
    (i) => person[i]!,
    (i) => isGivenName(foldText(items[i]!.mention.text))
  );
  mergeAcronyms(items, uf, byKey);
  mergeOrganisationForms(
    [...byKey.values()].map((item) => ({ item, text: items[item]!.mention.text })),
    uf
  );
  const located = items.map((x) => ({ source: x.source, start: x.mention.start, end: x.mention.end, text: x.mention.text }));
  mergeRespelledInLinks(located, options.links ?? [], uf);

  const groups = uf.groups();
  const entityOf = new Int32Array(items.length);
  groups.forEach((g, e) => g.forEach((i) => (entityOf[i] = e)));
  const built = groups.map((g) =>
    toEntity(
      g.map((i) => items[i]!),
      sources
    )
  );
  const kinds = kindsFromLists(
    built.map((e) => e.kind),
    listsOfItems(items, sources).map((list) => list.map((i) => entityOf[i]!))
  );
  const entities = built.map((e, k) => ({ ...e, kind: kinds[k]! }));
  entities.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  return entities.map((e, n) => ({ ...e, id: `e${n + 1}` }));
}

/** The lists of names each source writes (`Washington, Amman and Moscow`), as item indices. */
function listsOfItems(items: readonly Item[], sources: readonly NameSource[]): number[][] {
  const lists: number[][] = [];
  let first = 0;
  sources.forEach((s, source) => {
    let end = first;
    while (end < items.length && items[end]!.source === source) end++;
    const own = items.slice(first, end).map((x) => x.mention);
    for (const list of listsOf(s.text, own)) lists.push(list.map((k) => first + k));
    first = end;
  });
  return lists;
}

/** `Jabbawi` joins `Ibrahim Jabbawi` when exactly one multi-word name that may be a person ends so. */
function mergeShortForms(
  items: readonly Item[],
  uf: UnionFind,
  byKey: ReadonlyMap<string, number>,
  notPerson: ReadonlySet<number>
): void {
  const endings = new Map<string, Set<number>>();
  for (const i of byKey.values()) {
    const item = items[i]!;
    if (item.parts.length < 2 || notPerson.has(uf.find(i))) continue;
    const last = item.parts[item.parts.length - 1]!;
    const set = endings.get(last) ?? new Set<number>();
    set.add(uf.find(i));
    endings.set(last, set);
  }
  for (const [key, i] of byKey) {
    if (items[i]!.parts.length !== 1) continue;
    const owners = endings.get(key);
    if (owners?.size === 1) uf.union(i, [...owners][0]!);
  }
}

/**
 * Groups that cannot be a person: some mention says organisation or place. (`Rights` must not join
 * `Human Rights Watch`; `Lavrov` may join `Sergei Lavrov`.)
 */
function notPersonRoots(items: readonly Item[], uf: UnionFind): Set<number> {
  const roots = new Set<number>();
  items.forEach((x, k) => {
    if (x.mention.kind === 'organisation' || x.mention.kind === 'place') roots.add(uf.find(k));
  });
  return roots;
}

/** `HRW` joins `Human Rights Watch` when exactly one longer name has those initials. */
function mergeAcronyms(items: readonly Item[], uf: UnionFind, byKey: ReadonlyMap<string, number>): void {
  const byInitials = new Map<string, Set<number>>();
  for (const i of byKey.values()) {
    const words = items[i]!.mention.text.split(/\s+/).filter((w) => !CONNECTORS.has(foldText(w)) && foldText(w) !== 'the');
    if (words.length < 2) continue;
    const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
    const set = byInitials.get(initials) ?? new Set<number>();
    set.add(uf.find(i));
    byInitials.set(initials, set);
  }
  for (const i of byKey.values()) {
    const letters = items[i]!.mention.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(letters)) continue;
    const owners = byInitials.get(letters);
    if (owners?.size === 1) uf.union(i, [...owners][0]!);
  }
}

function toEntity(group: readonly Item[], sources: readonly NameSource[]): Omit<NameEntity, 'id'> {
  const spellings = new Map<string, number>();
  const counts: Record<string, number> = {};
  const votes = new Map<NameKind, number>();
  for (const item of group) {
    const text = item.mention.text;
    spellings.set(text, (spellings.get(text) ?? 0) + 1);
    const id = sources[item.source]!.id;
    counts[id] = (counts[id] ?? 0) + 1;
    votes.set(item.mention.kind, (votes.get(item.mention.kind) ?? 0) + item.mention.evidence);
  }
  const variants = [...spellings.entries()]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  // The display name is the most used among the fullest spellings: `Ibrahim Jabbawi`, not `Jabbawi`.
  // Among spellings equally used, the one without separate particles (`Ibrahim Jabbawi`, not `Ibrahim al Jabawi`).
  const fullness = (text: string) => partsOf(text).length;
  const words = (text: string) => text.split(/\s+/).length;
  const most = Math.max(...variants.map((v) => fullness(v.text)));
  const name =
    variants
      .filter((v) => fullness(v.text) === most && !/^[\p{Lu}.]+$/u.test(v.text))
      .sort((a, b) => b.count - a.count || words(a.text) - words(b.text) || a.text.localeCompare(b.text))[0]?.text ??
    variants[0]!.text;
  const kind = ([...votes.entries()].filter(([k, w]) => k !== 'unknown' && w > 0).sort((a, b) => b[1] - a[1])[0]?.[0] ??
    'unknown') as NameKind;
  const mentions = [...group]
    .sort((a, b) => a.source - b.source || a.mention.start - b.mention.start)
    .map((i) => ({ sourceId: sources[i.source]!.id, start: i.mention.start, end: i.mention.end }));
  return { name, kind, variants, counts, mentions };
}

function total(e: Omit<NameEntity, 'id'>): number {
  return e.mentions.length;
}
