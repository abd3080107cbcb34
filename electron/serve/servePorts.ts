import fs from 'node:fs';
import path from 'node:path';

/**
 * The port `crosscheck serve` last used for each library, so the next run without `--port` serves
 * the page from the same origin (review 16 #6). A browser keeps local storage per origin (scheme,
 * host and port): with a new free port at every run, Settings → Appearance and every other choice
 * the page remembers were forgotten each time. Kept in `<userData>/serve-ports.json`, one entry
 * per library file (absolute path), so each library keeps its own page preferences.
 */

/** The file the ports are kept in. */
export function servePortsFile(userData: string): string {
  return path.join(userData, 'serve-ports.json');
}

/** The port last used for `library`, or `undefined` when none was saved or the file holds junk. */
export function rememberedPort(file: string, library: string): number | undefined {
  const port = readPorts(file)[path.resolve(library)];
  return Number.isInteger(port) && port! > 0 && port! <= 65535 ? port : undefined;
}

/**
 * Remembers `port` for `library`. Written to a temporary file and renamed over the old one, so a
 * crash mid-write leaves the old ports; a file that cannot be written (a read-only or full disk)
 * only means the next run picks a free port again.
 */
export function rememberPort(file: string, library: string, port: number): void {
  const ports = { ...readPorts(file), [path.resolve(library)]: port };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, `${JSON.stringify(ports, null, 2)}\n`);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

function readPorts(file: string): Record<string, number | undefined> {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const ports: Record<string, number | undefined> = {};
    for (const [library, port] of Object.entries(parsed)) if (typeof port === 'number') ports[library] = port;
    return ports;
  } catch {
    return {};
  }
}
