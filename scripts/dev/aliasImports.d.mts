/** The alias for a relative specifier written in `file`, or null when it stays as it is. */
export function aliasFor(file: string, specifier: string): string | null;
/** The file's text with its shared/ specifiers aliased, and how many changed. */
export function rewrite(file: string, text: string): { text: string; changed: number };
