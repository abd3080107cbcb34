/**
 * The language of an article's text, for files that do not say (plain text, PDF, DOCX, most
 * tables): eld, an n-gram detector of 60 languages returning ISO 639-1 codes, with its smallest
 * data ('extrasmall', ~1 MB): on news text it names the same language as the larger sets (the
 * seeds, French, Arabic, German, Spanish samples), detects in well under a millisecond per
 * article, and loads in a fraction of the time (docs/import.md).
 */

/** Detects a text's language: an ISO 639-1 code, or `undefined` when the text is too short to tell. */
export type DetectLanguage = (text: string) => string | undefined;

/**
 * Fewer words than this and the language is left empty: eld calls two words "reliable", but a
 * headline or a name is not enough to tell languages apart (`Die Rebellen` is German or Dutch).
 */
export const MIN_WORDS_TO_DETECT = 20;

/** The detector reads at most this much of the text: the opening is enough, and the cost grows with length. */
const SAMPLE_CHARS = 4000;

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

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
