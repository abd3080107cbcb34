/**
 * What clean-up sets aside, and why. The reader shows the original text with these spans marked,
 * so each carries offsets into the text `cleanArticle` was given, never into the clean text.
 */

/** Every reason a span of an article can be set aside, in the order docs/import.md lists them. */
export const REMOVAL_REASONS = [
  'social',
  'related',
  'ad',
  'comments',
  'navigation',
  'reading-time',
  'caption',
  'duplicate-title',
  'teaser',
  'markup-residue',
  'translation-notice',
  'source-url'
] as const;

/**
 * Why a span was set aside:
 * - `social`: share and follow prompts (`Follow us on Twitter: @x`, `Share this`).
 * - `related`: links to other articles (`Read more`, `Related Articles` and the headlines under them).
 * - `ad`: ad slots and stray ad labels (`[ad_1]`, `Advertisement`, `qatar airways`).
 * - `comments`: the comment form (`LEAVE A REPLY`, `Please enter your comment!`).
 * - `navigation`: site chrome (`Back to top button`, `Source link`, a section label above the headline).
 * - `reading-time`: `2 min read`.
 * - `caption`: photo captions and photo credits.
 * - `duplicate-title`: a headline repeated right after itself.
 * - `teaser`: a page's teaser or pull quote above the headline, said again further down (seed 002).
 * - `markup-residue`: left-over shortcode and template markers (`19659002]`).
 * - `translation-notice`: `Powered by automated translation`.
 * - `source-url`: a header line at the top giving the article's address (`Source-URL: http://…`),
 *   read as its URL.
 */
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** A span of the original text that clean-up set aside. */
export interface Removal {
  /** Offset of the first code unit in the original text. */
  start: number;
  /** Offset one past the last code unit in the original text. */
  end: number;
  reason: RemovalReason;
  /** `original.slice(start, end)`, kept so callers need not hold the original to show it. */
  text: string;
}
