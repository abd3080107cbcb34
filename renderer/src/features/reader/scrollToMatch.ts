/** Room kept under a match shown from the top, so it does not sit on the pane's bottom edge. */
const BOTTOM_MARGIN = 32;

/**
 * Brings an article's first search match into view as it opens: from the top, the title and
 * outlet in sight, when the match fits in the pane below them (a match in the opening paragraphs);
 * else centred, as before. Centring every match scrolled the title out of sight at 1024 px even
 * for a match in the first paragraph (review 13, #11).
 */
export function scrollToFirstMatch(container: HTMLElement, mark: Element): void {
  const markBottom = mark.getBoundingClientRect().bottom - container.getBoundingClientRect().top + container.scrollTop;
  if (markBottom + BOTTOM_MARGIN <= container.clientHeight) container.scrollTo({ top: 0 });
  else mark.scrollIntoView({ block: 'center' });
}
