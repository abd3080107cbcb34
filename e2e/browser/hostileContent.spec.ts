import { expect, test, writeFolder } from '../support/fixtures';

/**
 * Imported content is hostile: XSS payloads in HTML pages, Markdown and plain text are imported
 * and every article is opened in the reader (clean and original views) while the page is watched
 * for any script running: no dialog, no console canary, no request leaving the app's origin.
 * Payload families after OWASP's XSS filter-evasion cheat sheet; written for this test.
 */
const CANARY = 'XSS_CANARY_7f3a';
const run = `console.log('${CANARY}');alert('${CANARY}');fetch('http://127.0.0.2:9/${CANARY}')`;
const PAYLOADS = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<svg onload="${run}"></svg>`,
  `<a href="javascript:${run}">click me</a>`,
  `<iframe src="javascript:${run}"></iframe>`,
  `<body onload="${run}">`,
  `<details open ontoggle="${run}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `"><script>${run}</script>`,
  `<img src="http://127.0.0.2:9/${CANARY}.png">`,
  `<link rel=stylesheet href="http://127.0.0.2:9/${CANARY}.css">`,
  `<object data="javascript:${run}"></object>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`
];

function page(i: number, payload: string): string {
  return `<!doctype html><html><head><title>Hostile page ${i} ${payload}</title>
<meta property="og:site_name" content="Outlet ${payload}"></head>
<body><article><h1>Hostile headline ${i} ${payload}</h1>
<p>Rebels in Daraa said the talks had failed ${payload} according to a statement.</p>
<p>The second paragraph of reporting on the talks, long enough to count as an article body for extraction. ${payload}</p>
</article></body></html>`;
}

test('XSS payloads in imported files never run in the reader', async ({ app, page: browserPage, served }) => {
  // Thirty-nine articles opened one by one: slow on a loaded machine, so a longer limit.
  test.setTimeout(180_000);
  const files: Record<string, string> = {};
  PAYLOADS.forEach((p, i) => {
    files[`page-${i}.html`] = page(i, p);
    files[`note-${i}.md`] = `---\ntitle: "Note ${i} ${p.replace(/"/g, "'")}"\n---\n\n# Markdown ${i}\n\nText with ${p} inside.\n`;
    files[`plain-${i}.txt`] = `Plain ${i}\n\nA payload as text: ${p}\n`;
  });
  const folder = writeFolder(served.dir, 'hostile', files);

  const dialogs: string[] = [];
  const canaries: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(served.url).origin;
  browserPage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  browserPage.on('console', (m) => {
    if (m.text().includes(CANARY)) canaries.push(m.text());
  });
  browserPage.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });

  await app.importPaths([folder]);
  await expect(app.importReport).toContainText(/imported/i);
  await browserPage.keyboard.press('Escape');
  await app.search('payload OR hostile OR markdown');
  const hits = app.searchHits;
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThanOrEqual(PAYLOADS.length * 2);
  for (let i = 0; i < count; i++) {
    await hits.nth(i).click();
    await expect(app.readerTitle).not.toBeEmpty();
    const toggle = browserPage.getByTestId('show-original-toggle');
    if (await toggle.isVisible()) {
      await toggle.click();
      await toggle.click();
    }
  }
  // The payloads are shown as text somewhere, proving they were imported, not dropped.
  await app.search('"A payload as text"');
  await expect(hits.first()).toContainText('Plain');
  await hits.first().click();
  await expect(app.readerTitle).toContainText('Plain');
  await expect(app.readerBody).toContainText('A payload as text: <');

  expect(dialogs).toEqual([]);
  expect(canaries).toEqual([]);
  expect(foreign).toEqual([]);
});
