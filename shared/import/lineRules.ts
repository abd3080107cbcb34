/**
 * Whole-line boilerplate: lines that are site furniture wherever they stand. Every rule matches
 * the *entire* normalised line, so a sentence that merely mentions Twitter or "read more" is never
 * touched; a word limit guards the rules that could otherwise swallow a short paragraph.
 */
import { photoCreditsIn } from './credits';
import type { RemovalReason } from './removal';
import { endsSentence, wordsIn } from './shape';

/** What a rule says about a line. */
export interface LineVerdict {
  readonly reason: RemovalReason;
  /** The line heads a list of links (`Read more`): the headlines under it go too. */
  readonly opensList?: boolean;
}

interface Rule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** Longest line, in words, the rule may take. */
  readonly maxWords: number;
  readonly opensList?: boolean;
  /**
   * What every line the pattern matches ends with, or contains: a line without it is not tried.
   * NB: for the patterns not anchored at the start, which the regular expression engine tries at
   * every position of every line (the `(AFP Photo …)` caption alone was ~2 % of an extraction
   * worker's profile on reuters-21578).
   */
  readonly endsWith?: string;
  readonly contains?: string;
}

const NETWORKS = 'twitter|x|facebook|instagram|telegram|youtube|linkedin|tiktok|whatsapp|threads|google news|snapchat|bluesky|mastodon';

const RULES: readonly Rule[] = [
  // social: follow and share prompts and share-button labels
  { reason: 'social', maxWords: 12, pattern: new RegExp(`^(?:follow|like|find|join|connect with)\\s+(?:\\S+\\s+){1,4}?(?:on|via|at)\\s+(?:${NETWORKS})\\b`, 'i') },
  { reason: 'social', maxWords: 8, pattern: /^(?:follow|like|find)\s+us\b/i },
  { reason: 'social', maxWords: 6, pattern: /^share(?:\s+(?:this|on|via|the|article|story|post|page)\b.*)?$/i },
  { reason: 'social', maxWords: 2, pattern: new RegExp(`^(?:${NETWORKS}|tweet|email|e-mail|print|reddit|pinterest|copy link|share via)$`, 'i') },
  { reason: 'social', maxWords: 20, pattern: /^click here\b.*\b(?:subscribe|sign up|newsletter|follow us|join)\b/i },
  { reason: 'social', maxWords: 15, pattern: /^(?:subscribe|sign up)\b.*\b(?:newsletter|updates|channel|alerts|mailing list|our)\b/i },
  { reason: 'social', maxWords: 15, pattern: /^(?:get|receive) (?:our|the) .*newsletter\b/i },
  // related: a heading over links (opens a list) or a one-line link
  {
    reason: 'related',
    maxWords: 6,
    opensList: true,
    pattern:
      /^(?:read more|read also|also read|related(?: articles?| stories| news| posts| content| coverage| topics| reading| links)?|more on this(?: story| topic)?|you (?:may|might) also like|recommended(?: for you| stories| articles)?|see also|most read|most popular|more stories|further reading|editor'?s picks|trending)\s*:?$/i
  },
  { reason: 'related', maxWords: 30, pattern: /^(?:read more|read also|also read|related|see also|watch|listen|read)\s*[:|»›>–—]\s*\S/i },
  { reason: 'related', maxWords: 20, pattern: /^click here\b/i },
  // ad: ad slots and their labels (stray brand labels are judged in context, see classify.ts)
  {
    reason: 'ad',
    maxWords: 6,
    pattern: /^(?:advertisements?|advert|ads?|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content)(?:\s*[-–—:]\s*(?:scroll|continue|story continues)\b.*)?$/i
  },
  { reason: 'ad', maxWords: 8, pattern: /^(?:the )?(?:story|article) continues (?:below|after)(?: this)? (?:ad|advertisement)$/i },
  // comments: the comment form and the lines around it
  { reason: 'comments', maxWords: 6, pattern: /^leave a (?:reply|comment)(?:\s+cancel reply)?$/i },
  {
    reason: 'comments',
    maxWords: 5,
    pattern: /^(?:cancel reply|post comment|submit comment|add (?:a )?comment|comments|\d+ comments?|no comments(?: yet)?|view comments|show comments|join the (?:conversation|discussion))$/i
  },
  { reason: 'comments', maxWords: 8, pattern: /^please enter your (?:comment|name|email(?: address)?)(?: here)?\s*!?$/i },
  { reason: 'comments', maxWords: 8, pattern: /^you have entered an incorrect email address\s*!?$/i },
  { reason: 'comments', maxWords: 20, pattern: /^save my name,? email,? and website in this browser for the next time i comment\.?$/i },
  { reason: 'comments', maxWords: 12, pattern: /^notify me of (?:follow-up comments|new posts|new comments)\b/i },
  { reason: 'comments', maxWords: 20, pattern: /^this site uses akismet to reduce spam\b/i },
  { reason: 'comments', maxWords: 3, pattern: /^(?:name|email|e-mail|website|comment)\s*(?:\*\s*:?|:\s*\*?)$/i },
  // navigation: site chrome
  {
    reason: 'navigation',
    maxWords: 5,
    pattern: /^(?:back to top(?: button)?|scroll to top|top of page|skip to (?:main )?content|source link|previous (?:article|post|story)|next (?:article|post|story)|go to (?:the )?homepage)$/i
  },
  { reason: 'navigation', maxWords: 25, pattern: /^(?:tags|topics|filed under|categories)\s*:/i },
  // reading-time
  { reason: 'reading-time', maxWords: 6, pattern: /^(?:about |less than (?:a|one) )?\d{1,3}\s*[-–]?\s*(?:min|mins|minutes?)\.?\s+read(?:ing)?(?: time)?$/i },
  { reason: 'reading-time', maxWords: 8, pattern: /^(?:estimated )?reading time\s*:?\s*(?:about |less than (?:a|one) )?\d{0,3}\s*(?:min|mins|minutes?)\.?$/i },
  // translation-notice
  { reason: 'translation-notice', maxWords: 5, pattern: /^\(?(?:powered by )?(?:automated|automatic|machine) translation\)?$/i },
  {
    reason: 'translation-notice',
    maxWords: 25,
    pattern: /^(?:this (?:article|story|text|page|content) (?:was|has been|is) )?(?:automatically|machine)[- ]translated\b/i
  },
  { reason: 'translation-notice', maxWords: 12, pattern: /^translated (?:automatically )?(?:by|with) (?:google|deepl|bing|microsoft)\b/i },
  // caption: photo captions and credits
  { reason: 'caption', maxWords: 200, pattern: /^TOPSHOT\s*[-–—:]/ },
  // `… / AFP / Youssef KARWASHAN`, `… / AFP PHOTO / STR`
  {
    reason: 'caption',
    maxWords: 200,
    pattern: /\s\/\s*[\p{Lu}][\p{Lu}-]+(?:\s+(?:PHOTO|POOL|FILES|HO))*\s*(?:\/\s*[\p{Lu}][\p{L}'’.\- ]*\p{L})+$/u,
    contains: '/'
  },
  { reason: 'caption', maxWords: 80, pattern: /^(?:photo|photograph|picture|image|file photo|photo credit|main image|pictured)\s*(?:credit)?\s*:/i },
  { reason: 'caption', maxWords: 80, pattern: /\((?:photo|image|picture)(?:\s+credit)?\s*:[^)]*\)$/i, endsWith: ')' },
  { reason: 'caption', maxWords: 80, pattern: /\((?:AFP|AP|Reuters|EPA|Getty Images)\s+Photo\b[^)]*\)$/, endsWith: ')' }
];

/**
 * Rules whose pattern can only match at the line's start: most lines match none of them, and one
 * test of all their patterns together, at the start only (sticky), tells so.
 * NB: the union is exact — it matches a line exactly when one of these patterns does — because
 * each is kept whole in its own group and is anchored as a whole (`^` first, no `|` outside a
 * group), none refers back to a group by number, and their flags are `i` or none (`i` on a
 * case-sensitive pattern only widens the union).
 */
const STARTS = RULES.map((r) => /^i?$/.test(r.pattern.flags) && anchoredAsAWhole(r.pattern.source) && !/\\\d|\\k</.test(r.pattern.source));
const ANY_START = new RegExp(
  RULES.filter((_, i) => STARTS[i]).map((r) => `(?:${r.pattern.source})`).join('|'),
  'iy'
);

/** Whether a pattern's source starts with `^` and has no `|` outside groups (so the `^` holds for all of it). */
function anchoredAsAWhole(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * The boilerplate verdict for one normalised line, or `undefined` for a line that may be reporting.
 *
 * @example lineVerdict('Follow us on Twitter: @The_NewArab') // { reason: 'social' }
 * @example lineVerdict('The rebels said in a tweet that talks had failed.') // undefined
 */
export function lineVerdict(line: string): LineVerdict | undefined {
  if (line === '') return undefined;
  ANY_START.lastIndex = 0;
  const starts = ANY_START.test(line);
  // NB: words are counted only once a pattern matches — most lines match none.
  let words = -1;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if (!starts && STARTS[i]) continue;
    if (rule.endsWith !== undefined && !line.endsWith(rule.endsWith)) continue;
    if (rule.contains !== undefined && !line.includes(rule.contains)) continue;
    if (!rule.pattern.test(line)) continue;
    if (words < 0) words = wordsIn(line);
    if (words <= rule.maxWords) {
      return rule.opensList === true ? { reason: rule.reason, opensList: true } : { reason: rule.reason };
    }
  }
  if (isCreditedCaption(line)) return { reason: 'caption' };
  return undefined;
}

/**
 * A caption ending in a bracketed photo credit (`… Moscow's terms [Getty]`). NB: a paragraph that
 * ends a sentence before the bracket (`…, he said. [AFP]`) is a sign-off on reporting, and stays.
 */
function isCreditedCaption(line: string): boolean {
  if (!line.endsWith(']')) return false;
  const m = /^(.*\S)\s*\[[^\]]{1,60}\]$/u.exec(line);
  if (m?.[1] === undefined || endsSentence(m[1])) return false;
  return photoCreditsIn(line).length > 0;
}
