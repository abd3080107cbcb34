import type { WireGroup } from './wire';

/** What {@link attributedCredits} needs of a wire group: its members, original and agency. */
export type WireGroupLike = Pick<WireGroup, 'articleIds' | 'originalId' | 'agency'>;

/**
 * The wire credits shown for an article, in the Wire tab's "Credits found" and in a report's
 * "Wire credit" column alike: the agencies its text credits, then — when a comparison put it in a
 * wire group whose agency its text does not credit — that agency and how the comparison knows it.
 * One rule for both, so a report never leaves blank an article the comparison calls the AFP
 * original (review 15, #14). A group no member credits names no agency, so it adds nothing.
 *
 * @example attributedCredits('b', [], [{ articleIds: ['b', 'f'], originalId: 'b', agency: 'AFP' }])
 * // ['AFP (likely original, by comparison)']
 * @example attributedCredits('f', ['AFP'], [{ articleIds: ['b', 'f'], originalId: 'b', agency: 'AFP' }]) // ['AFP']
 */
export function attributedCredits(articleId: string, credits: readonly string[], groups: readonly WireGroupLike[]): string[] {
  const group = groups.find((g) => g.articleIds.includes(articleId));
  if (group?.agency === undefined || credits.includes(group.agency)) return [...credits];
  const role = group.originalId === articleId ? 'likely original' : 'copy';
  return [...credits, `${group.agency} (${role}, by comparison)`];
}
