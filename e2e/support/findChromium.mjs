// Plain JS so that scripts/test.mjs (run by Node without a TypeScript loader) and the
// Playwright config find the same browser the same way.
import fs from 'node:fs';
import path from 'node:path';

/** Names Chromium goes by on the PATH: Debian's, Ubuntu's and Chrome's. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How to get a browser, said once wherever one is missing. */
export const CHROMIUM_HINT =
  'install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary';

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium the end-to-end tests drive: `CHROMIUM_PATH` when set, else the first Chromium or
 * Chrome on the PATH. We never download Playwright's own browsers (no network for that here or
 * in CI).
 *
 * NB: a `CHROMIUM_PATH` that names no executable is an error, not a reason to look elsewhere:
 * someone who set it meant that browser.
 *
 * @example
 * const found = findChromium();
 * if (!found.path) throw new Error(found.problem);
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return isExecutableFile(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH }
      : {
          problem: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file: fix it, or unset it to use the Chromium on the PATH.`
        };
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutableFile(file)) return { path: file };
    }
  }
  return { problem: `The end-to-end tests need Chromium and there is none on the PATH: ${CHROMIUM_HINT}.` };
}
