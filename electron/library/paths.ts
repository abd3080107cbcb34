import os from 'node:os';
import path from 'node:path';

/** The application's name; Electron's `userData` folder is named after it. */
export const APP_NAME = 'Crosscheck';

/**
 * The per-user data folder, computed the way Electron's `app.getPath('userData')` does for an app
 * named {@link APP_NAME}, so the CLI and browser mode open the same library as the desktop app
 * without importing Electron.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CROSSCHECK_HOME) return env.CROSSCHECK_HOME;
  const home = os.homedir();
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
}

/** The default library file: `<userData>/library.sqlite`. `CROSSCHECK_DB` overrides it. */
export function defaultLibraryFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.CROSSCHECK_DB ?? path.join(userDataDir(env), 'library.sqlite');
}
