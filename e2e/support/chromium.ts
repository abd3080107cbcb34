import fs from 'node:fs';

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
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's. We never download Playwright's own
 * browsers (no network for that here or in CI).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}
