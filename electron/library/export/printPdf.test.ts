import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../testing/tempLibrary';
import { chromiumPrintArgs } from './chromiumPrintArgs';
import { findChromium, printWithChromium } from './printPdf';

/**
 * The CLI's and browser mode's PDF printer (review 14, finding 10): Chromium's sandbox stays on
 * unless it cannot work, and the printed page runs no script and reaches no network.
 */

let dir: string;
beforeAll(() => {
  dir = makeTempFolder({});
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A stand-in for Chromium that logs each command line and prints a fixed PDF; `sandbox-fails`
 * answers a sandboxed start as Chromium does where no sandbox is usable, `broken` fails for
 * another reason.
 */
function fakeChromium(behaviour: 'prints' | 'sandbox-fails' | 'broken'): { env: NodeJS.ProcessEnv; runs: () => string[][] } {
  const folder = fs.mkdtempSync(path.join(dir, 'fake-'));
  const log = path.join(folder, 'runs.log');
  const program = path.join(folder, 'chromium');
  fs.writeFileSync(
    program,
    `#!/bin/sh
printf '%s\\n' "$*" >> '${log}'
for a in "$@"; do case "$a" in --print-to-pdf=*) out="\${a#--print-to-pdf=}";; --no-sandbox) unsandboxed=1;; esac; done
if [ '${behaviour}' = sandbox-fails ] && [ -z "$unsandboxed" ]; then
  echo '[9:9:1207/100000.000000:FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox! Update your kernel.' >&2; exit 133
fi
if [ '${behaviour}' = broken ]; then echo 'Segmentation fault' >&2; exit 3; fi
printf '%%PDF-1.4 fake' > "$out"
`,
    { mode: 0o755 }
  );
  return {
    env: { CHROMIUM_PATH: program },
    runs: () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split(' '))
        : []
  };
}

const PDF = Buffer.from('%PDF-1.4 fake');

describe('printWithChromium: the sandbox', () => {
  it('keeps the sandbox on for a user who is not root', async () => {
    const fake = fakeChromium('prints');
    expect(Buffer.from(await printWithChromium('<p>x</p>', undefined, { env: fake.env, runningAsRoot: false }))).toEqual(PDF);
    expect(fake.runs()).toHaveLength(1);
    expect(fake.runs()[0]).not.toContain('--no-sandbox');
    expect(fake.runs()[0]).toContain('--headless');
  });

  it('turns it off for root, where Chromium refuses to start with it', async () => {
    const fake = fakeChromium('prints');
    await printWithChromium('<p>x</p>', undefined, { env: fake.env, runningAsRoot: true });
    expect(fake.runs()).toHaveLength(1);
    expect(fake.runs()[0]).toContain('--no-sandbox');
  });

  it('prints without it, once, when Chromium says no sandbox is usable here', async () => {
    const fake = fakeChromium('sandbox-fails');
    expect(Buffer.from(await printWithChromium('<p>x</p>', undefined, { env: fake.env, runningAsRoot: false }))).toEqual(PDF);
    expect(fake.runs().map((args) => args.includes('--no-sandbox'))).toEqual([false, true]);
  });

  it('does not retry without the sandbox when Chromium fails for another reason', async () => {
    const fake = fakeChromium('broken');
    await expect(printWithChromium('<p>x</p>', undefined, { env: fake.env, runningAsRoot: false })).rejects.toThrow(
      /could not print the report \(it stopped with code 3\)/
    );
    expect(fake.runs()).toHaveLength(1);
    expect(fake.runs()[0]).not.toContain('--no-sandbox');
  });
});

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

/** A local server that notes every request, for as long as `use` runs. */
async function withServer(use: (port: number, asked: string[]) => Promise<void>): Promise<void> {
  const asked: string[] = [];
  const server = http.createServer((request, response) => {
    asked.push(request.url ?? '');
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use((server.address() as AddressInfo).port, asked);
  } finally {
    server.close();
  }
}

describe.skipIf(!chromium)('printWithChromium: the printed page (the system’s Chromium)', () => {
  it('runs no script and asks nothing of the network, even for HTML without a policy of its own', async () => {
    await withServer(async (port, asked) => {
      // The same page with a script and three addresses, none of which the reports hold.
      const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>
<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head>
<body><p id="t">Words as written</p><img src="http://127.0.0.1:${port}/a.png"><img src="http://localhost:${port}/b.png">
<script>document.getElementById('t').textContent = 'A script ran';</script>
<img src="missing.png" onerror="document.body.append('A handler ran')"></body></html>`;
      const pdf = Buffer.from(await printWithChromium(html));
      const text = await pdfText(pdf);
      expect(text).toContain('Words as written');
      expect(text).not.toMatch(/ran/);
      expect(asked).toEqual([]);
      // The policy put before the page's own head leaves its language as written.
      expect(pdf.toString('latin1')).toContain('/Lang (fr)');
    });
  }, 120_000);

  it('keeps the network out by its command line alone, for a page whose own policy would let it load', async () => {
    await withServer(async (port, asked) => {
      const folder = fs.mkdtempSync(path.join(dir, 'open-page-'));
      const page = path.join(folder, 'page.html');
      fs.writeFileSync(
        page,
        `<!DOCTYPE html><p>Open page</p><img src="http://127.0.0.1:${port}/a.png"><img src="http://localhost:${port}/b.png"><link rel="stylesheet" href="http://[::1]:${port}/c.css">`
      );
      const pdf = path.join(folder, 'page.pdf');
      const args = chromiumPrintArgs({ page, pdf, profile: path.join(folder, 'profile'), sandbox: process.getuid?.() !== 0 });
      // NB: spawned, not spawnSync: the server in this process must be free to answer.
      const status = await new Promise<number | null>((resolve) =>
        spawn(chromium!, args, { stdio: 'ignore' }).on('close', resolve)
      );
      expect(status).toBe(0);
      expect(fs.statSync(pdf).size).toBeGreaterThan(0);
      expect(asked).toEqual([]);
    });
  }, 120_000);
});

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const words: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) words.push(item.str);
  }
  return words.join(' ');
}
