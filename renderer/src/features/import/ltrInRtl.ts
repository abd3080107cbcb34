/**
 * A path drawn in a `direction: rtl` box (so a long one loses its start, not the end nearest the
 * file), held left to right: between left-to-right marks, the slashes and `~`, `)` at its ends stay
 * where they are written instead of moving to the other end (`/tmp/a/~/` was drawn `/~/tmp/a/`,
 * review 12).
 */
export function ltrInRtl(text: string): string {
  return `\u200E${text}\u200E`;
}
