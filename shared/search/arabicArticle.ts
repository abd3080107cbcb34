/**
 * The Arabic definite article as English news writes it before a name: `al-Assad`, `el-Sisi`,
 * `al Jabawi`, or not at all (`Assad`, `Jabbawi`). Written or left out, it is the same name, so a
 * search lets it go either way; it is never searched on its own (it would match every article
 * that names anyone with it).
 */

/** The article's spellings, folded. */
const ARTICLES = ['al', 'el'] as const;

/** Hyphens that join the article to a name: `-`, U+2010, U+2011. */
const HYPHEN = /[-\u2010\u2011]/;

/** A word the article can be put before: one in Latin letters (not 北京 or 2018). */
const LATIN = /^[a-z]/;

/** Most other forms of one phrase searched along with it, fewest changes first. */
const MAX_FORMS = 16;

/** Whether a folded word is the Arabic article (`al`, `el`). */
export function isArabicArticle(word: string): boolean {
  return (ARTICLES as readonly string[]).includes(word);
}

/**
 * A folded hyphenated word without its leading article: `al-jabawi` → `jabawi`,
 * `el-sisi` → `sisi`, `al-qaeda` → `qaeda`; null when it opens with no article or is nothing else.
 *
 * @example withoutArticle('al-harir') // 'harir'
 */
export function withoutArticle(word: string): string | null {
  const parts = word.split(HYPHEN).filter((p) => p !== '');
  if (parts.length < 2 || !isArabicArticle(parts[0] as string)) return null;
  return parts.slice(1).join('-');
}

/**
 * The other forms of a phrase's words (folded, hyphenated words split) with the article left out,
 * changed or put in before a word: `bashar assad` → `bashar al assad`, `bashar el assad`;
 * `bashar al assad` → `bashar assad`, `bashar el assad`. A phrase's first word keeps its article
 * (`"al Lohan"` asks for the article), and none is put in before the first word, nor before a word
 * in other letters or a number: a phrase matches
 * wherever it starts, so `assad said` finds `al-Assad said` as it is. At most {@link MAX_FORMS},
 * fewest changes first; none for a phrase of one word.
 *
 * @example articleForms(['ibrahim', 'jabawi']) // [['ibrahim', 'al', 'jabawi'], ['ibrahim', 'el', 'jabawi']]
 */
export function articleForms(words: readonly string[]): string[][] {
  const units = words.flatMap((w) => w.split(HYPHEN)).filter((u) => u !== '');
  if (units.length < 2) return [];
  // Each slot is one choice: a word, or the article (or none) between two words.
  const slots: Array<{ options: string[]; typed: string }> = [];
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const article = i > 0 && i < units.length - 1 && isArabicArticle(unit);
    if (article) {
      slots.push({ options: [unit, ...ARTICLES.filter((a) => a !== unit), ''], typed: unit });
      return;
    }
    if (previous !== undefined && !isArabicArticle(previous) && LATIN.test(unit))
      slots.push({ options: ['', ...ARTICLES], typed: '' });
    slots.push({ options: [unit], typed: unit });
  });
  let forms: Array<{ words: string[]; changed: number }> = [{ words: [], changed: 0 }];
  for (const slot of slots) {
    forms = forms
      .flatMap((f) =>
        slot.options.map((o) => ({
          words: o === '' ? f.words : [...f.words, o],
          changed: f.changed + (o === slot.typed ? 0 : 1)
        }))
      )
      .sort((x, y) => x.changed - y.changed)
      .slice(0, MAX_FORMS + 1);
  }
  return forms.filter((f) => f.changed > 0).map((f) => f.words);
}
