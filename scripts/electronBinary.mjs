// Finds the Electron binary without letting its first-run download print a stack trace.
// Electron 45 downloads its binary the first time `require('electron')` runs; where that cannot
// happen (no internet access to Electron's download server) we want one clear line instead.
import { spawnSync } from 'node:child_process';

/**
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function resolveElectronBinary() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60 * 1000
  });
  if (result.status === 0 && result.stdout) return { ok: true, path: result.stdout };
  return { ok: false, reason: (result.stderr || result.error?.message || '').trim().split('\n').pop() ?? '' };
}
