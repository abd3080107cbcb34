import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '@shared/csp';

/** The UI's origin: `app://crosscheck`. Never a remote URL, never file:// (which would grant file access). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://crosscheck`;

/** Must run before the app is ready: makes app:// a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ]);
}

/**
 * Serves the built renderer from `rendererDir` on app://crosscheck/, with the CSP as a header.
 * Paths that would leave the folder are refused.
 */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'crosscheck') return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(root, '.' + path.posix.normalize(relative));
    if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
