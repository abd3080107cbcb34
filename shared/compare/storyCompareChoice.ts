/**
 * Which articles of a story larger than one comparison holds are compared, and the words that say
 * which and why. One choice for the window's Compare and for every export of the story's
 * comparison, so a report compares the twelve the app showed (session 17).
 */
import { COMPARE_MAX, type StorySummary } from '@shared/contract/schemas';

/** What the choice needs to know of one article of the story. */
export interface StoryMember {
  readonly id: number;
  /** The outlet that published it, or null when unknown. */
  readonly outlet: string | null;
  /** Whether its text credits a wire agency (`Article.wireCredits` not empty). */
  readonly wireCredited: boolean;
}

/** The articles compared and how they were chosen. */
export interface StoryCompareChoice {
  /** The articles compared, in story order (oldest first, undated last). */
  readonly ids: readonly number[];
  /** How many articles the story has. */
  readonly total: number;
  /** How many different outlets published them (unknown outlets not counted). */
  readonly outlets: number;
  /** How many of `ids` were taken as an outlet's earliest article. */
  readonly perOutlet: number;
  /** The earliest wire-credited article, always among `ids`; null when none credits a wire agency. */
  readonly wireOriginal: number | null;
  /** Whether the wire original was taken besides the outlets' earliest (it is not one of them). */
  readonly wireAdded: boolean;
  /** How many of `ids` fill the rest, spread over the story's dates. */
  readonly spread: number;
}

/**
 * The story's members as the choice reads them, from what `stories:list` gives.
 *
 * @example storyMembers(story).length === story.articleIds.length
 */
export function storyMembers(story: Pick<StorySummary, 'articleIds' | 'outlets' | 'wireCredited'>): StoryMember[] {
  return story.articleIds.map((id, k) => ({
    id,
    outlet: story.outlets[k] ?? null,
    wireCredited: story.wireCredited[k] === true
  }));
}

/**
 * At most `max` articles of a story, so the comparison shows how *outlets* covered it:
 * 1. the wire original (the earliest article crediting a wire agency), the text the copies follow;
 * 2. the earliest article of each outlet (outlets compared case-blind); when there are more
 *    outlets than room, outlets' earliest articles at even steps over the story's dates;
 * 3. the rest of the room filled with the articles left, at even steps from the oldest of them to
 *    the newest (the newest coverage is in as well as the first).
 *
 * `members` are in story order (oldest first, undated last). A story of `max` or fewer is taken
 * whole.
 *
 * @example storyCompareChoice(members).ids // twelve ids, one per outlet first
 */
export function storyCompareChoice(members: readonly StoryMember[], max: number = COMPARE_MAX): StoryCompareChoice {
  const total = members.length;
  const firsts = new Map<string, number>();
  members.forEach((m, k) => {
    const key = m.outlet?.trim().toLocaleLowerCase();
    if (key && !firsts.has(key)) firsts.set(key, k);
  });
  const whole = {
    ids: members.map((m) => m.id),
    total,
    outlets: firsts.size,
    perOutlet: 0,
    wireOriginal: null,
    wireAdded: false,
    spread: 0
  };
  if (total <= max) return whole;

  const taken = new Set<number>();
  const wire = members.findIndex((m) => m.wireCredited);
  if (wire >= 0) taken.add(wire);
  const outletFirsts = [...firsts.values()].filter((k) => !taken.has(k));
  for (const k of spreadOver(outletFirsts, max - taken.size)) taken.add(k);
  const perOutlet = [...taken].filter((k) => [...firsts.values()].includes(k)).length;
  const rest = members.map((_, k) => k).filter((k) => !taken.has(k));
  const spread = spreadOver(rest, max - taken.size);
  for (const k of spread) taken.add(k);
  return {
    ids: [...taken].sort((a, b) => a - b).map((k) => members[k]!.id),
    total,
    outlets: firsts.size,
    perOutlet,
    wireOriginal: wire >= 0 ? members[wire]!.id : null,
    wireAdded: wire >= 0 && ![...firsts.values()].includes(wire),
    spread: spread.length
  };
}

/**
 * `count` of the `candidates` (story positions, in order) at even steps from the first to the last,
 * both included; one alone is the last (what is taken before it leans to the oldest); all of them
 * when there is room.
 *
 * @example spreadOver([1, 2, 3, 4, 5], 3) // [1, 3, 5]
 */
function spreadOver(candidates: readonly number[], count: number): number[] {
  if (count <= 0) return [];
  if (candidates.length <= count) return [...candidates];
  if (count === 1) return [candidates.at(-1)!];
  const n = candidates.length;
  return Array.from({ length: count }, (_, k) => candidates[Math.round((k * (n - 1)) / (count - 1))]!);
}

/**
 * Which articles a comparison of the story takes and why, as one phrase for the Compare view's
 * banner, its tooltips and an exported report's scope line.
 *
 * @example storyCompareText(choice)
 * // '12 of the 16 articles (a comparison holds 12): the earliest of each of its 9 outlets,
 * //  the wire original and 2 more spread from the oldest to the newest'
 */
export function storyCompareText(choice: StoryCompareChoice, max: number = COMPARE_MAX): string {
  const head = `${choice.ids.length} of the ${choice.total} articles (a comparison holds ${max})`;
  const parts: string[] = [];
  if (choice.perOutlet > 0) {
    const outlets =
      choice.perOutlet === choice.outlets
        ? choice.outlets === 1
          ? 'the earliest of its one named outlet'
          : `the earliest of each of its ${choice.outlets} outlets`
        : `the earliest of ${choice.perOutlet} of its ${choice.outlets} outlets, spread from the oldest to the newest`;
    const wireAmong = choice.wireOriginal !== null && !choice.wireAdded ? ' (the wire original among them)' : '';
    parts.push(outlets + wireAmong);
  }
  if (choice.wireAdded) parts.push('the wire original (the earliest article crediting a news agency)');
  if (choice.spread > 0) {
    parts.push(
      parts.length === 0 ? 'spread from the oldest to the newest' : `${choice.spread} more spread from the oldest to the newest`
    );
  }
  const list = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${head}: ${list}`;
}
