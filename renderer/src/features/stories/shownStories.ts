import type { StorySummary } from '@shared/contract/schemas';
import { indexWords } from '@shared/text/tokens';

/** How the sidebar orders stories: most articles first, or newest article first. */
export type StorySort = 'size' | 'date';

/**
 * The stories the sidebar shows: those whose name or article titles hold every word of `filter`
 * (as the start of a word, so "talk" finds "talks" but "alk" does not), in `sort` order. Ties
 * keep the engine's order (largest first, then oldest story).
 *
 * @example shownStories(stories, 'daraa talks', 'date') // stories about Daraa talks, newest first
 */
export function shownStories(stories: readonly StorySummary[], filter: string, sort: StorySort): StorySummary[] {
  // Folded words as search splits them (the text kernel's), so "Deraa" finds "deraa", "Sao" finds
  // "São", "strasse" finds "Straße" and "sham" finds "al-Sham".
  const words = indexWords(filter);
  const matching =
    words.length === 0
      ? [...stories]
      : stories.filter((story) => {
          const haystack = ` ${indexWords([story.label, ...story.titles].join(' ')).join(' ')}`;
          return words.every((w) => haystack.includes(` ${w}`));
        });
  if (sort === 'date') {
    // Undated stories go last; ISO dates compare as strings.
    matching.sort((a, b) => (b.latest ?? '').localeCompare(a.latest ?? ''));
  }
  return matching;
}
