import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, extract } from './testing';

const article = readFileSync(new URL('../fixtures/news-article.html', import.meta.url));

describe('.html files', () => {
  it('extracts the article as plain text, no script running and no markup surviving', async () => {
    const result = expectOk(await extract('page.html', new Uint8Array(article)));
    expect(result.format).toBe('html');
    const [{ text, meta } = { text: '', meta: {} }] = result.articles;
    expect(text).not.toMatch(/PWNED/);
    expect(meta.title).toBe('Ceasefire talks resume in Geneva');
    expect(text).toContain(
      'GENEVA — Delegations from both sides returned to the negotiating table on Wednesday, three weeks after talks collapsed'
    );
    // Paragraphs become blank-line separated; <br> stays a line break inside its paragraph.
    expect(text).toContain('covering the most urgent issues.\nA second line in the same paragraph.\n\nObservers cautioned');
    expect(text).toContain('two-day agenda');
    expect(text).not.toMatch(/<(?:p|b|a|img|iframe)\b/i);
    // Escaped markup in the page is text, and stays text.
    expect(text).toContain("<script>alert('escaped text stays text')</script>");
    expect(text).not.toContain('Home | World');
    expect(text).not.toContain('Please enable JavaScript');
  });

  it('reads metadata from JSON-LD and meta tags, skipping broken JSON-LD', async () => {
    const result = expectOk(await extract('page.html', new Uint8Array(article)));
    expect(result.articles[0]?.meta).toEqual({
      title: 'Ceasefire talks resume in Geneva',
      byline: 'Jane Roe, AFP',
      outlet: 'The Daily Example',
      publishedAt: '2018-07-04T09:30:00+02:00',
      url: 'https://news.example.org/world/2018/07/04/ceasefire-talks',
      language: 'en-GB',
      tags: ['Diplomacy', 'Geneva'],
      wireCredits: ['AFP']
    });
  });

  it('never runs scripts, event handlers or javascript: URLs', async () => {
    const payloads = [
      '<script>globalThis.__ccPwned = 1; document.title = "PWNED"</script>',
      '<img src=x onerror="globalThis.__ccPwned = 1; document.title = \'PWNED\'">',
      '<svg onload="document.title=\'PWNED\'"></svg>',
      '<body onload="document.title=\'PWNED\'">',
      '<a href="javascript:document.title=\'PWNED\'">link</a>',
      '<meta http-equiv="refresh" content="0;url=javascript:document.title=\'PWNED\'">'
    ];
    const html = `<html><head><title>Safe</title></head><body>${payloads.join('\n')}<p>Body text stays.</p></body></html>`;
    const result = expectOk(await extract('x.html', html));
    expect(result.articles[0]?.meta.title).toBe('Safe');
    expect(result.articles[0]?.text).toContain('Body text stays.');
    expect((globalThis as { __ccPwned?: number }).__ccPwned).toBeUndefined();
  });

  it('falls back to the body text when Readability finds no article', async () => {
    const result = expectOk(await extract('short.html', '<html><body><div>Just one short line.</div></body></html>'));
    expect(result.articles[0]?.text).toBe('Just one short line.');
  });

  it('decodes by <meta charset>, by http-equiv and by detection', async () => {
    const cyrillic = 'Министерство иностранных дел России заявило в понедельник, что переговоры продолжатся.';
    const page = (head: string): Uint8Array =>
      new Uint8Array(iconv.encode(`<html><head>${head}</head><body><p>${cyrillic}</p></body></html>`, 'koi8-r'));
    expect(expectOk(await extract('a.html', page('<meta charset="koi8-r">'))).articles[0]?.text).toBe(cyrillic);
    expect(
      expectOk(await extract('b.html', page('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'))).articles[0]
        ?.text
    ).toBe(cyrillic);
    const sjis = new Uint8Array(
      iconv.encode(
        '<html><body><p>東京都は新たな対策を発表しました。経済への影響が懸念されています。</p></body></html>',
        'shift_jis'
      )
    );
    expect(expectOk(await extract('c.html', sjis)).articles[0]?.text).toBe(
      '東京都は新たな対策を発表しました。経済への影響が懸念されています。'
    );
  });

  it('fails empty pages as empty', async () => {
    expect(expectFailure(await extract('e.html', '')).code).toBe('empty');
    expect(expectFailure(await extract('e.html', '<html><head><script>x()</script></head><body>  </body></html>')).code).toBe(
      'empty'
    );
  });

  it('refuses pages above the HTML size limit', async () => {
    const result = expectFailure(await extract('big.html', `<p>${'x'.repeat(2048)}</p>`, { limits: { maxHtmlBytes: 1024 } }));
    expect(result.code).toBe('too-large');
  });

  it('reads pages with too many elements without a DOM, and ignores inlined images and scripts when counting', async () => {
    const many = `<html><body>${'<span>w</span> '.repeat(60_000)}</body></html>`;
    const result = expectOk(await extract('many.html', many));
    expect(result.warnings).toEqual([
      { code: 'html-flat', message: 'This page has too many elements to lay out; its text was read without layout or metadata' }
    ]);
    const saved = `<html><head><title>Saved</title><style>${'p{}'.repeat(2_000_000)}</style></head><body><img src="data:image/png;base64,${'A'.repeat(4_000_000)}"><p>Real text.</p></body></html>`;
    const slim = expectOk(await extract('saved.html', saved));
    expect(slim.warnings).toEqual([]);
    expect(slim.articles[0]).toEqual({ text: 'Real text.', meta: { title: 'Saved' } });
  });

  it('reads very deeply nested pages without a DOM, quickly', async () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}Deep text${'</div>'.repeat(20_000)}</body></html>`;
    const started = Date.now();
    const result = expectOk(await extract('deep.html', html));
    expect(result.articles[0]?.text).toBe('Deep text');
    expect(result.warnings.map((w) => w.code)).toContain('html-flat');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
