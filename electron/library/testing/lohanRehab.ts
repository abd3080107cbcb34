/**
 * One short report in two forms, for the tests of a duplicate that fills what the kept article
 * lacks (review 14, finding 4): the text as the ECB+ corpus gives its articles (a .txt with no
 * outlet, date, byline or address) and the same text saved as a newspaper's web page, whose
 * `og:site_name`, `article:published_time` and canonical link give those details. Written for
 * Crosscheck's tests in the manner of ECB+'s Lindsay Lohan topic (the outlet, its address and the
 * bylines are invented); free to redistribute with the code. Used by
 * electron/library/import/copyFill.test.ts (importPaths) and electron/cli/suite/duplicateDetails.test.ts
 * (the built CLI).
 */
export const LOHAN_PARAGRAPHS: string[] = [
  'Lindsay Lohan has checked into a rehabilitation centre in California, her spokesman said on Thursday, days after a judge ordered her to spend ninety days in treatment.',
  'The actress arrived at the clinic late on Wednesday night and will stay there for the length of her sentence, according to her lawyer.'
];

/** The text as ECB+ gives it: no outlet, no date, no byline, no address. */
export const LOHAN_TXT = LOHAN_PARAGRAPHS.join('\n\n') + '\n';

/**
 * The same text saved from The Daily Star's site (the page's headline becomes the title, not
 * text), with a byline when `author` is given.
 *
 * @example lohanPage({ author: 'Jane Roe' }) // …<meta name="author" content="Jane Roe">…
 */
export function lohanPage(options: { readonly author?: string } = {}): string {
  const byline = options.author === undefined ? '' : `<meta name="author" content="${options.author}">\n`;
  return `<!doctype html><html lang="en"><head><title>Lindsay Lohan checks into rehab | The Daily Star</title>
<meta property="og:site_name" content="The Daily Star">
<meta property="article:published_time" content="2013-05-03T09:15:00Z">
${byline}<link rel="canonical" href="https://www.dailystar.example/lohan-rehab">
</head><body><article><h1>Lindsay Lohan checks into rehab</h1>${LOHAN_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
