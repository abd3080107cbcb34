import { describe, expect, it } from 'vitest';
import { extractFigures } from '@shared/compare/numbers/numbers';
import { markdownToText } from './markdownText';
import { expectFailure, expectOk, extract } from './testing';

describe('markdownToText', () => {
  it('keeps what a reader sees: headings as paragraphs, emphasis and link text, list items as lines, code as written', () => {
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
      '  1. nested point',
      '',
      '```js',
      'const x = a * b * c;',
      '```',
      '',
      'Use `snake_case_names` and 2 * 3 * 4 ~~not~~.',
      '',
      '---',
      '',
      'Setext heading',
      '==============',
      '',
      '[ref]: https://example.org/ref'
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Talks resume in Geneva',
        'Delegates met on Monday, said the ministry.',
        'A quote from the envoy.',
        'first point\nsecond point\nnested point',
        'const x = a * b * c;',
        'Use snake_case_names and 2 * 3 * 4 not.',
        'Setext heading'
      ].join('\n\n')
    );
  });

  it('joins hard-wrapped lines into one paragraph and keeps hard breaks', () => {
    const md = 'Syrian rebels said on Wednesday that talks\nwith Russia had collapsed.\n\nA second\nparagraph.  \nAfter a hard break.';
    expect(markdownToText(md)).toBe(
      'Syrian rebels said on Wednesday that talks with Russia had collapsed.\n\nA second paragraph.\nAfter a hard break.'
    );
  });

  it('resolves backslash escapes and entities', () => {
    expect(markdownToText('He said \\"no\\" to 5\\*3 \\[sic\\] &amp; left &#8212; AT&amp;T.')).toBe('He said "no" to 5*3 [sic] & left — AT&T.');
  });

  it('drops raw HTML, and script and style with their content', () => {
    const md = [
      'Hello <b>world</b><script>alert(1)</script> &amp; <span style="x">more</span><!-- note -->.',
      '',
      '<script>',
      'steal(document.cookie);',
      '</script>',
      '',
      '<style>body { color: red }</style>',
      '',
      '<div class="ad">Buy now</div>',
      '',
      'The end.'
    ].join('\n');
    const text = markdownToText(md);
    expect(text).toBe('Hello world & more.\n\nThe end.');
    expect(text).not.toMatch(/[<>]|alert|steal|color|Buy/);
  });

  it('turns a table into one line per row', () => {
    expect(markdownToText('| Town | Dead |\n|---|---|\n| Daraa | 12 |')).toBe('Town | Dead\nDaraa | 12');
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

  it('imports a hard-wrapped file as paragraphs, without backslashes, and a figure split by a wrap stays one figure', async () => {
    const md = [
      '# Talks collapse',
      '',
      'DARAA (Reuters) - Air strikes killed more than',
      '140 civilians on Tuesday, a monitor said, \\"the',
      'worst day\\" of the offensive.',
      '',
      'Rebels said the talks had',
      'failed.'
    ].join('\n');
    const text = expectOk(await extract('wrapped.md', md)).articles[0]?.text ?? '';
    expect(text.split('\n\n')).toEqual([
      'Talks collapse',
      'DARAA (Reuters) - Air strikes killed more than 140 civilians on Tuesday, a monitor said, "the worst day" of the offensive.',
      'Rebels said the talks had failed.'
    ]);
    const figures = extractFigures(text).filter((f) => f.category !== 'date');
    expect(figures.map((f) => [f.text, f.category])).toEqual([['more than 140 civilians', 'casualties']]);
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
