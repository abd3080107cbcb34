import { describe, expect, it } from 'vitest';
import { compareArticles } from '../compareArticles';

// Two short reports written for this test in the shape of the ECB+ death-sentence pages (review
// 17, #6): the district attorney named with his abbreviated titles after the verb, and a deputy
// with his rank before it.
const articles = [
  {
    id: 'a',
    title: 'Killer of deputy sentenced to death',
    text:
      'A jury recommended death for the man who killed a sheriff’s deputy in 2005.\n' +
      '“This is the kind of person and the kind of crime that the death penalty was made for,” said Dist. Atty. Steve Cooley. The judge agreed.\n' +
      'Sgt. Maria Lopez said “justice was served today” as the family left court.'
  },
  {
    id: 'b',
    title: 'Death sentence for deputy’s killer',
    text:
      'The man who shot a deputy was sentenced to death on Monday.\n' +
      '“This is the kind of person and the kind of crime that the death penalty was made for,” Steve Cooley said.\n' +
      'Lopez said “justice was served today” outside the courthouse.'
  }
];

describe('quote speakers written with abbreviated titles (review 17, #6)', () => {
  const c = compareArticles(articles);
  const group = (words: string) => c.quotes.find((g) => g.variants.some((v) => v.text.includes(words)));

  it('reads the name after “said Dist. Atty.”, not the title, and both sources as one speaker', () => {
    expect(group('death penalty was made for')?.speakers).toEqual(['Steve Cooley']);
  });

  it('reads a speaker whose rank opens the sentence without the rank', () => {
    expect(group('justice was served today')?.speakers).toEqual(['Maria Lopez']);
  });
});
