import type { StorySummary } from '@shared/contract/schemas';

/** How the sidebar orders stories: most articles first, or newest article first. */
export type StorySort = 'size' | 'date';

/** Lower case without accents, so "Deraa" finds "deraa" and "Sao" finds "São". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The stories the sidebar shows: those whose name or article titles hold every word of `filter`
 * (as the start of a word, so "talk" finds "talks" but "alk" does not), in `sort` order. Ties
 * keep the engine's order (largest first, then oldest story).
 *
 * @example shownStories(stories, 'daraa talks', 'date') // stories about Daraa talks, newest first
 */
export function shownStories(stories: readonly StorySummary[], filter: string, sort: StorySort): StorySummary[] {
  const words = fold(filter)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const matching =
    words.length === 0
      ? [...stories]
      : stories.filter((story) => {
          const haystack = ` ${fold([story.label, ...story.titles].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
          return words.every((w) => haystack.includes(` ${w}`));
        });
  if (sort === 'date') {
    // Undated stories go last; ISO dates compare as strings.
    matching.sort((a, b) => (b.latest ?? '').localeCompare(a.latest ?? ''));
  }
  return matching;
}
