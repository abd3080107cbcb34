/**
 * A library's name as the window title and the library header show it: its file name without the
 * folder and without `.sqlite` or `.db` (`/home/me/Projects/Elections 2026.sqlite` → `Elections 2026`).
 * Works on both `/` and `\` paths (the renderer has no `node:path`).
 */
export function libraryName(file: string): string {
  const base =
    file
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .at(-1) ?? file;
  const bare = base.replace(/\.(sqlite3?|db)$/i, '');
  return bare === '' ? base : bare;
}
