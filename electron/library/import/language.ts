/**
 * The language of an article's text, for files that do not say (plain text, PDF, DOCX, most
 * tables): eld, an n-gram detector of 60 languages returning ISO 639-1 codes, with its smallest
 * data ('extrasmall', ~1 MB). Measured (docs/import.md): all 2,225 BBC articles `en` with every
 * data size; on 371 labelled web pages in 26 languages it answers 279 right against `small`'s 307,
 * with nearly the same wrong answers (pages full of English boilerplate) — the difference is pages it
 * declines to call — and it loads in less than half the time, in every worker that reads files.
 */
/** Detects a text's language: an ISO 639-1 code, or `undefined` when the text is too short to tell. */
export type DetectLanguage = (text: string) => string | undefined;

/**
 * Fewer words than this and the language is left empty: eld calls two words "reliable", but a
 * headline or a name is not enough to tell languages apart (`Die Rebellen` is German or Dutch).
 */
export const MIN_WORDS_TO_DETECT = 20;

/**
 * NB: eld looks at no more than this much of a text (its first 1,000 characters, and of those the
 * words up to about 350 UTF-8 bytes): the opening of the clean text decides, and the minimum is
 * counted on what it sees.
 */
const SAMPLE_CHARS = 1000;

let loading: Promise<DetectLanguage> | undefined;

/**
 * Loads the detector once per thread (an import worker, an extraction worker, the host) the first
 * time an article needs it; an import of files that all name their language never pays for it.
 */
export function loadLanguageDetector(): Promise<DetectLanguage> {
  // NB: eld is an ES module only (no `require`): imported, not lazyRequire'd.
  loading ??= import('eld/extrasmall').then(({ eld }) => (text: string) => {
    const sample = text.slice(0, SAMPLE_CHARS);
    if (wordCount(sample) < MIN_WORDS_TO_DETECT) return undefined;
    const result = eld.detect(sample);
    return result.language !== '' && result.isReliable() ? result.language : undefined;
  });
  return loading;
}

/**
 * Words of a text; NB: Chinese, Japanese and Thai are written without spaces between words, so
 * each of their characters counts as one (a run of them would otherwise be one "word" a sentence).
 */
function wordCount(text: string): number {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu)?.length ?? 0;
}
