/** One line of the search help: what to type, and what it finds. */
export interface HelpTopic {
  /** Queries to try; each fills the search box when clicked. */
  readonly examples: readonly string[];
  readonly text: string;
  /** Not searchable yet (tags and stories come later): shown, not offered. */
  readonly soon?: boolean;
}

/** A group of lines under a heading. */
export interface HelpSection {
  readonly title: string;
  readonly topics: readonly HelpTopic[];
}

/**
 * The query language in brief, for the search help popover. The full reference is
 * docs/search.md; keep the two in step.
 */
export const HELP_SECTIONS: readonly HelpSection[] = [
  {
    title: 'Words',
    topics: [
      { examples: ['Daraa talks'], text: 'Both words, anywhere in the article' },
      { examples: ['"busra al-sham"'], text: 'The words together, in this order' },
      { examples: ['talks OR negotiations'], text: 'Either word (OR in capitals)' },
      { examples: ['(Daraa OR Deraa) ceasefire'], text: 'Parentheses group' },
      { examples: ['Daraa -Reuters'], text: 'Leave out articles with a word (or NOT Reuters)' },
      { examples: ['negotiat*'], text: 'Words that begin so: negotiations, negotiators' },
      {
        examples: ['NEAR(rebels surrender, 5)'],
        text: 'All the words within 5 words of each other, in any order (10 by default)'
      }
    ]
  },
  {
    title: 'Filters',
    topics: [
      { examples: ['title:Daraa'], text: 'The word in the title' },
      { examples: ['outlet:Reuters', 'outlet:"The National"'], text: 'From that outlet; quote names with spaces' },
      { examples: ['author:Kossaify'], text: 'By that author' },
      {
        examples: ['date:2018-07', 'date:2018-07..2018-08'],
        text: 'Published that year, month or day, or in a range (date:..2018-07 for before)'
      },
      { examples: ['lang:ar'], text: 'In that language' },
      { examples: ['story:daraa'], text: 'In a story: words of its name, or its number' },
      { examples: ['tag:south', 'tag:"needs check"'], text: 'With a highlight or note you tagged so' }
    ]
  }
];
