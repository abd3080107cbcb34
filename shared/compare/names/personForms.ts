/**
 * Shorter forms of one person's name in a comparison (review 16, #6): `Mark Heller` and `Mark J.
 * Heller` are `Mark Jay Heller`, and a lone `Lindsay` is `Lindsay Lohan` when she is the one person
 * of the story so named. A form joins a full name only when exactly one full name fits, so two
 * people sharing a first name (`John Smith`, `John Brown`) keep a lone `John` apart.
 */
import type { UnionFind } from '../analysis/unionFind';

/** A distinct spelling of a name: the item standing for it and its parts (`[mark, jay, heller]`). */
export interface NameForm {
  readonly item: number;
  readonly parts: readonly string[];
}

/** Whether middle parts `short` (maybe none, maybe initials) fit middle parts `full`. */
function middlesFit(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0) return true;
  if (short.length !== full.length) return false;
  return short.every((p, k) => p === full[k] || (p.length === 1 && full[k]!.startsWith(p)));
}

/**
 * Joins `Mark Heller` and `Mark J. Heller` to `Mark Jay Heller`: same first and last part, the
 * shorter's middle missing or given as initials, and only one such fuller name among `forms`.
 * `mayBePerson(item)` keeps organisations and places out (`New York` is no `New South York`).
 */
export function mergeMiddleNames(forms: readonly NameForm[], uf: UnionFind, mayBePerson: (item: number) => boolean): void {
  const people = forms.filter((f) => f.parts.length >= 2 && mayBePerson(f.item));
  for (const short of people) {
    const middle = short.parts.slice(1, -1);
    const owners = new Set<number>();
    for (const full of people) {
      if (full === short || full.parts.length < 3) continue;
      const fits =
        full.parts[0] === short.parts[0] &&
        full.parts.at(-1) === short.parts.at(-1) &&
        middlesFit(middle, full.parts.slice(1, -1));
      if (fits) owners.add(uf.find(full.item));
    }
    if (owners.size === 1) uf.union(short.item, [...owners][0]!);
  }
}

/**
 * Joins a lone first name (`Lindsay`) to the one person-like name of two or more words that starts
 * with it, when `givenName(item)` says the lone word is a given name and no other such name starts so.
 */
export function mergeFirstNames(
  forms: readonly NameForm[],
  uf: UnionFind,
  mayBePerson: (item: number) => boolean,
  givenName: (item: number) => boolean
): void {
  const starts = new Map<string, Set<number>>();
  for (const f of forms) {
    if (f.parts.length < 2 || !mayBePerson(f.item)) continue;
    const set = starts.get(f.parts[0]!) ?? new Set<number>();
    set.add(uf.find(f.item));
    starts.set(f.parts[0]!, set);
  }
  for (const f of forms) {
    if (f.parts.length !== 1 || !mayBePerson(f.item) || !givenName(f.item)) continue;
    const owners = starts.get(f.parts[0]!);
    if (owners?.size === 1) uf.union(f.item, [...owners][0]!);
  }
}

/** Fewest letters a shortened given name keeps (`Stan`, `Ed`… `Ed` is too short to tell). */
const SHORT_GIVEN_MIN = 3;

/**
 * Joins `Stan Perlo` to `Stanley Perlo`: the same parts but the first, which the shorter form
 * writes as the start of the fuller's (three letters or more), and only one such fuller name among
 * `forms` (review 17, #8). A lone surname then has one full name to join.
 */
export function mergeShortGivenNames(forms: readonly NameForm[], uf: UnionFind, mayBePerson: (item: number) => boolean): void {
  const people = forms.filter((f) => f.parts.length >= 2 && mayBePerson(f.item));
  for (const short of people) {
    const given = short.parts[0]!;
    if (given.length < SHORT_GIVEN_MIN) continue;
    const owners = new Set<number>();
    for (const full of people) {
      const fits =
        full.parts.length === short.parts.length &&
        full.parts[0]!.length > given.length &&
        full.parts[0]!.startsWith(given) &&
        full.parts.slice(1).every((p, k) => p === short.parts[k + 1]);
      if (fits) owners.add(uf.find(full.item));
    }
    if (owners.size === 1) uf.union(short.item, [...owners][0]!);
  }
}
