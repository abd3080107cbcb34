import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdownText';
import { expectFailure, expectOk, extract } from './testing';

describe('markdownToText', () => {
  it('strips syntax but keeps what a reader sees', () => {
    const md = [
      '# Talks resume in *Geneva*',
      '',
      'Delegates met on **Monday**, said [the ministry](https://example.org/x "t").',
      '![map of the region](map.png)',
      '',
      '> A quote from _the envoy_.',
      '',
      '- first point',
      '- second point',
      '',
      '```js',
      'const x = a * b * c;',
      '```',
      '',
      'Use `snake_case_names` and 2 * 3 * 4.',
      '',
      '[ref]: https://example.org/ref'
    ].join('\n');
    expect(
      markdownToText(md)
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    ).toBe(
      [
        'Talks resume in Geneva',
        '',
        'Delegates met on Monday, said the ministry.',
        '',
        '',
        'A quote from the envoy.',
        '',
        'first point',
        'second point',
        '',
        'const x = a * b * c;',
        '',
        'Use snake_case_names and 2 * 3 * 4.'
      ]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
    );
  });

  it('removes raw HTML tags and script blocks', () => {
    expect(markdownToText('Hello <b>world</b><script>alert(1)</script> &amp; more').trim()).toBe('Hello world & more');
  });

  it('turns setext headings and rules into paragraph breaks', () => {
    expect(markdownToText('Title\n=====\nBody text\n\n***\n\nEnd').replace(/\n+/g, '|')).toBe('Title|Body text|End');
  });
});

describe('.md files', () => {
  it('reads YAML front matter as metadata', async () => {
    const md = [
      '---',
      'title: "Talks resume"',
      'date: 2018-07-04',
      'author: [Jane Roe, AFP]',
      'publisher: The Daily Example',
      'url: https://example.org/talks',
      'lang: en_GB',
      'tags: [diplomacy, geneva]',
      '---',
      '',
      'GENEVA — Talks resumed on **Wednesday**.'
    ].join('\n');
    const result = expectOk(await extract('story.md', md));
    expect(result.format).toBe('md');
    expect(result.articles[0]).toEqual({
      text: 'GENEVA — Talks resumed on Wednesday.',
      meta: {
        title: 'Talks resume',
        publishedAt: '2018-07-04',
        byline: 'Jane Roe, AFP',
        outlet: 'The Daily Example',
        url: 'https://example.org/talks',
        language: 'en-GB',
        tags: ['diplomacy', 'geneva'],
        wireCredits: ['AFP']
      }
    });
  });

  it('ignores broken front matter with a warning and still imports the text', async () => {
    const result = expectOk(await extract('broken.md', '---\ntitle: [unclosed\n---\nBody'));
    expect(result.articles[0]?.text).toBe('Body');
    expect(result.warnings.map((w) => w.code)).toEqual(['front-matter']);
  });

  it('does not expand YAML alias bombs', async () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`
      );
    bomb.push('title: x', '---', 'Body survives.');
    const result = expectOk(await extract('bomb.md', bomb.join('\n'), { limits: { timeoutMs: 5000 } }));
    expect(result.articles[0]?.text).toBe('Body survives.');
    expect(result.articles[0]?.meta).toEqual({});
  });

  it('fails as empty when only front matter is present', async () => {
    expect(expectFailure(await extract('meta-only.md', '---\ntitle: x\n---\n\n')).code).toBe('empty');
  });
});
