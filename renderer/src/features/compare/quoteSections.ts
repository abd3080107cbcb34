import type { QuoteGroup } from '@shared/compare/quotes/quotesGroup';

/** One heading of the Quotes panel and the quote groups under it. */
export interface QuoteSection {
  readonly key: 'altered' | 'shared' | 'single';
  readonly title: string;
  /** The sentence under the heading; empty when the title says it all. */
  readonly hint: string;
  readonly groups: readonly QuoteGroup[];
}

/**
 * The Quotes panel's sections in reading order: altered wordings first, then quotes several
 * sources share, then each source's own; empty sections are left out.
 *
 * NB: "Quoted alike" holds every unaltered quote that two sources or more print, so with three
 * columns or more a quote there may be missing from some of them: the hint says "every source"
 * only when two articles are compared (review 13: it said so for 3+ columns too).
 *
 * @param sourceCount how many articles are compared (the columns).
 */
export function quoteSections(quotes: readonly QuoteGroup[], sourceCount: number): QuoteSection[] {
  const bySources = (a: QuoteGroup, b: QuoteGroup) => b.sourceIds.length - a.sourceIds.length;
  const sections: QuoteSection[] = [
    {
      key: 'altered',
      title: 'Worded differently',
      hint: 'A source prints the quote in other words.',
      groups: quotes.filter((q) => q.altered).sort(bySources)
    },
    {
      key: 'shared',
      title: 'Quoted alike',
      hint:
        sourceCount <= 2
          ? 'Both sources print these words; some quote more or less of them.'
          : 'Two sources or more print these words; some quote more or less of them.',
      groups: quotes.filter((q) => !q.altered && q.sourceIds.length > 1).sort(bySources)
    },
    { key: 'single', title: 'Only one source', hint: '', groups: quotes.filter((q) => q.sourceIds.length === 1) }
  ];
  return sections.filter((s) => s.groups.length > 0);
}
