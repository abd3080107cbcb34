/**
 * Shorter forms of an organisation's name within one story: `Operations Room` for `Central
 * Operations Room`, `Observatory of Human Rights` and `Observatory` for `Syrian Observatory for
 * Human Rights`, `UN Security Council` for `United Nations Security Council`.
 */
import { foldText, variantKey } from '@shared/text/fold';
import type { UnionFind } from '../analysis/unionFind';
import { keptWords } from './nameParts';
import { ORGANISATION_WORDS } from './namesLexicon';

/** A name's kept words: variant key and initial (`United` → `unit…`, `U`). */
interface Word {
  readonly key: string;
  readonly initial: string;
  /** The word as an acronym (`UN` for `UN` or `U.N.`), or undefined. */
  readonly acronym?: string;
}

/** One spelling of a name, as a candidate short or long form. */
export interface OrgForm {
  /** Its index in the caller's items (the union-find's element). */
  readonly item: number;
  readonly text: string;
}

function wordsOf(text: string): Word[] {
  return keptWords(text).map((w) => {
    const letters = w.replace(/\./g, '');
    return {
      key: variantKey(letters),
      initial: letters.charAt(0).toUpperCase(),
      ...(/^\p{Lu}{2,6}$/u.test(letters) ? { acronym: letters } : {})
    };
  });
}

/**
 * The head noun of an organisation's name: its word before `of`/`for`, else its last word, when
 * that is an organisation word (`Council` in `United Nations Security Council`, `Observatory` in
 * `Syrian Observatory for Human Rights`); undefined otherwise (`European Union In`, a name run
 * into the next sentence by scraping).
 */
function headOf(text: string): string | undefined {
  const words = text.split(/\s+/).map((w) => foldText(w).replace(/['\u2019]s$/u, ''));
  const stop = words.findIndex((w) => w === 'of' || w === 'for');
  const head = words[(stop < 0 ? words.length : stop) - 1];
  return head !== undefined && ORGANISATION_WORDS.has(head) ? variantKey(head) : undefined;
}

/**
 * Whether `short` is `long` with words left out, an acronym standing for the words it abbreviates
 * (`UN Security Council` in `United Nations Security Council`), in fewer words.
 */
function isShortFormOf(short: readonly Word[], long: readonly Word[]): boolean {
  let j = 0;
  for (const w of short) {
    let found = false;
    while (j < long.length && !found) {
      if (long[j]!.key === w.key) {
        j++;
        found = true;
      } else if (
        w.acronym !== undefined &&
        long
          .slice(j, j + w.acronym.length)
          .map((x) => x.initial)
          .join('') === w.acronym
      ) {
        j += w.acronym.length;
        found = true;
      } else j++;
    }
    if (!found) return false;
  }
  return short.length < long.length;
}

/**
 * Joins each shorter form of an organisation's name to the one longer name it shortens, within
 * the texts grouped together (one story). The shorter form must keep the longer one's head noun
 * (`Observatory`, never `Human Rights`), and it joins only when exactly one group of names holds
 * such a longer name: `Observatory` stays apart when another observatory is named too, and
 * `Security Council` when two councils are. Longest forms are joined first, so `Observatory`
 * meets `Observatory of Human Rights` and `Syrian Observatory for Human Rights` as one group.
 */
export function mergeOrganisationForms(forms: readonly OrgForm[], uf: UnionFind): void {
  const heads = forms.map((f) => headOf(f.text));
  const words = forms.map((f) => wordsOf(f.text));
  const order = forms.map((_, k) => k).sort((a, b) => words[b]!.length - words[a]!.length);
  for (const s of order) {
    const head = heads[s];
    if (head === undefined || !words[s]!.some((w) => w.key === head)) continue;
    const owners = new Set<number>();
    forms.forEach((f, l) => {
      if (heads[l] === head && isShortFormOf(words[s]!, words[l]!)) owners.add(uf.find(f.item));
    });
    // Already one of them (same words as a longer form): nothing to join, and joining the others would guess.
    if (owners.has(uf.find(forms[s]!.item))) continue;
    if (owners.size === 1) uf.union(forms[s]!.item, [...owners][0]!);
  }
}
