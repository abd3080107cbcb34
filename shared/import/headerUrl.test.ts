import { describe, expect, it } from 'vitest';
import { cleanArticle } from './cleanup';
import { extractTextMetadata } from './metadata';

const STORY = 'Rebels walk out of talks\nRebel negotiators left the talks on Wednesday, saying the terms amounted to surrender.';

describe('a header line giving the article’s address', () => {
  it.each([
    ['Source-URL: http://news.softpedia.com/news/a-123.shtml', 'http://news.softpedia.com/news/a-123.shtml'],
    ['source url:https://example.org/a', 'https://example.org/a'],
    ['URL: https://example.org/world/a?id=9&amp;p=2', 'https://example.org/world/a?id=9&p=2'],
    ['Source: http://example.org', 'http://example.org/']
  ])('%s is the URL, set aside, and never the title', (header, url) => {
    const text = `${header}\n\n${STORY}`;
    expect(extractTextMetadata(text)).toMatchObject({ url, title: 'Rebels walk out of talks' });
    const { clean, removed } = cleanArticle(text);
    expect(clean.startsWith('Rebels walk out of talks')).toBe(true);
    expect(removed).toEqual([{ start: 0, end: header.length, reason: 'source-url', text: header }]);
  });

  it.each([
    ['under the headline', `Rebels walk out of talks\nSource: http://example.org/a\nRebel negotiators left.`],
    ['in running text', `Read the statement at http://example.org/a\n${STORY}`],
    ['with words after the address', `Source: http://example.org/a (archived)\n${STORY}`],
    ['naming no address', `Source: Reuters\n${STORY}`],
    ['with an address that is not a web page', `URL: javascript:alert(1)\n${STORY}`],
    ['with another label', `Link: http://example.org/a\n${STORY}`]
  ])('a line %s is left alone', (_, text) => {
    expect(extractTextMetadata(text).url).toBeUndefined();
    expect(cleanArticle(text).removed.filter((r) => r.reason === 'source-url')).toEqual([]);
  });
});
