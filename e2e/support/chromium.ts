import { findChromium } from './findChromium.mjs';

/** Flags that let Chromium run as root in a container with no network to phone home to. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/**
 * The Chromium to drive (see findChromium.mjs), or — when there is none — a process stopped at
 * once with one line saying how to get it: without this, Playwright falls back to its own
 * browsers, which we never download, and fails every test with the same launch error.
 */
export function chromiumExecutableOrExit(): string {
  const found = findChromium();
  if (found.path) return found.path;
  process.stderr.write(`${found.problem}\n`);
  process.exit(1);
}
