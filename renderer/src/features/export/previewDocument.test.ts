import { describe, expect, it } from 'vitest';
import { splitReportHtml } from './previewDocument';

describe('splitReportHtml', () => {
  it('takes the report’s stylesheet out of the HTML and keeps everything else', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><style>\nmark { color: inherit; }\n</style></head><body><p>One</p></body></html>';
    expect(splitReportHtml(html)).toEqual({
      css: '\nmark { color: inherit; }\n',
      html: '<!doctype html><html><head><meta charset="utf-8"></head><body><p>One</p></body></html>'
    });
  });

  it('leaves escaped style text in a note alone', () => {
    const html = '<head><style>p{}</style></head><p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>';
    const { css, html: rest } = splitReportHtml(html);
    expect(css).toBe('p{}');
    expect(rest).toBe('<head></head><p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>');
  });

  it('answers a document without a stylesheet as it is', () => {
    expect(splitReportHtml('<p>x</p>')).toEqual({ css: '', html: '<p>x</p>' });
  });
});
