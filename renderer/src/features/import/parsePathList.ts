/**
 * The paths typed or pasted into the import box: one per line, trimmed, with the quotes a shell
 * or a file manager's "Copy as path" puts around them removed, blanks and repeats dropped.
 *
 * @example parsePathList('"C:\\News\\July"\n\n/home/ana/news  ') // ['C:\\News\\July', '/home/ana/news']
 */
export function parsePathList(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let path = line.trim();
    const quoted = /^(['"])(.*)\1$/.exec(path);
    if (quoted) path = quoted[2]!.trim();
    if (path && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/**
 * Whether a path names its place from the top, so the engine reads what the user meant: `/…`,
 * `~` or `~/…` (the home folder), `C:\…` or `\\server\…`. A relative path would be read against
 * the folder `crosscheck serve` (or the app) was started in, which the user never sees.
 *
 * @example isFullPath('Research/Daraa') // false
 */
export function isFullPath(path: string): boolean {
  return /^(\/|~(?:[\\/]|$)|[A-Za-z]:[\\/]|\\\\)/.test(path);
}
