// Baseline for bench:import's mixed folder: Readability run directly, as a script using the
// library would — one Node process, each page read from disk into jsdom (which sniffs the
// charset from the bytes), scripts off, the article's text taken. Prints how many pages gave an
// article. Plain .mjs so the timing holds no TypeScript loader.
//
//   node scripts/bench/readabilityRun.mjs FILE...
import fs from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

let articles = 0;
for (const file of process.argv.slice(2)) {
  try {
    const dom = new JSDOM(fs.readFileSync(file), { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    if (text.trim()) articles++;
    dom.window.close();
  } catch (error) {
    process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.stdout.write(`${articles}\n`);
