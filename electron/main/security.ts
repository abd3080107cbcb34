import { app, session, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/**
 * Locks the app down (Electron's security checklist): every permission denied, no request leaves
 * the app's own origin, no navigation away from it, no new windows, no webviews.
 *
 * @param devServerOrigin the Vite dev server, allowed only in `npm run dev`.
 */
export function hardenSessions(devServerOrigin?: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // No network at all: only the app's own files (and devtools) may load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, devServerOrigin) });
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, devServerOrigin));
}

function hardenContents(contents: WebContents, devServerOrigin?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** True for the app's own pages. */
export function isAppUrl(url: string, devServerOrigin?: string): boolean {
  try {
    const origin = new URL(url).origin;
    return origin === APP_ORIGIN || (devServerOrigin !== undefined && origin === devServerOrigin);
  } catch {
    return false;
  }
}

function isAllowedUrl(url: string, devServerOrigin?: string): boolean {
  if (isAppUrl(url, devServerOrigin)) return true;
  if (url.startsWith('devtools://') || url.startsWith('data:')) return true;
  // Dev server HMR uses a websocket on the same host.
  if (devServerOrigin && url.startsWith(devServerOrigin.replace(/^http/, 'ws'))) return true;
  return false;
}
