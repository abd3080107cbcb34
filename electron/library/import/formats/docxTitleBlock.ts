/**
 * The author and date paragraphs of a Word document's title block: the paragraphs styled `Author`
 * and `Date` that pandoc writes under the `Title` (and that templates modelled on it use). They are
 * metadata set as paragraphs, so they become the article's byline and date and leave its text, as
 * an HTML page's byline does (Readability takes it out of the content). NB: only paragraphs so
 * styled: a name or date written in a body paragraph, or one from the document's properties
 * (`docProps/core.xml`), never takes a line out of the text.
 */
import type { ArticleMetadata } from '@shared/import/types';
import { matchByline } from '@shared/import/byline';
import { readDateLine, readNumericDateLine } from '@shared/import/dates';
import { decodeEntities } from './entities';
import { plausibleAuthor } from './fileProps';
import { compactMeta, normalizeDate } from './metaValues';

/** The block is at the top: styled paragraphs further down are not read. */
const MAX_BLOCK_PARAGRAPHS = 6;
/** The style ids pandoc gives a title block's paragraphs (`w:pStyle w:val`). */
const BLOCK_STYLES = /^(?:title|subtitle|author|date|abstract)$/i;

/** What the title block gave: the fields, and the paragraphs they were read from (to take out of the text). */
export interface TitleBlock {
  readonly meta: ArticleMetadata;
  /** The paragraphs read as byline or date, as written. */
  readonly taken: readonly string[];
}

/** A paragraph's style id and its text (runs joined, entities decoded). */
function paragraphs(documentXml: string): Array<{ style: string; text: string }> {
  const out: Array<{ style: string; text: string }> = [];
  const body = documentXml.slice(Math.max(0, documentXml.indexOf('<w:body')));
  for (const m of body.matchAll(/<w:p(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/w:p>/g)) {
    const xml = m[1]!;
    const style = /<w:pStyle\s+w:val="([^"]*)"/.exec(xml)?.[1] ?? '';
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeEntities(t[1]!)).join('').trim();
    if (text === '') continue;
    out.push({ style, text });
    if (out.length >= MAX_BLOCK_PARAGRAPHS) break;
  }
  return out;
}

/** The date a `Date` paragraph gives (`2018-07-04`, `4 July 2018`), or `undefined` when it is not one. */
function dateOf(text: string): string | undefined {
  return normalizeDate(text) ?? readDateLine(text)[0]?.iso ?? readNumericDateLine(text)?.iso;
}

/**
 * Reads the `Author` and `Date` paragraphs of the title block opening `word/document.xml`. The
 * block ends at the first paragraph of another style; an `Author` paragraph that is no plausible
 * name, or a `Date` one that is no date, is left in the text.
 *
 * @example readTitleBlock(pandocDocx) // { meta: { byline: 'Karim Saleh', publishedAt: '2018-07-04' }, taken: ['Karim Saleh', '2018-07-04'] }
 */
export function readTitleBlock(documentXml: string): TitleBlock {
  const authors: string[] = [];
  let publishedAt: string | undefined;
  const taken: string[] = [];
  for (const p of paragraphs(documentXml)) {
    if (!BLOCK_STYLES.test(p.style)) break;
    const style = p.style.toLowerCase();
    if (style === 'author') {
      const name = plausibleAuthor(matchByline(p.text)?.names ?? p.text);
      if (name === undefined) continue;
      authors.push(name);
      taken.push(p.text);
    } else if (style === 'date' && publishedAt === undefined) {
      publishedAt = dateOf(p.text);
      if (publishedAt !== undefined) taken.push(p.text);
    }
  }
  return { meta: compactMeta({ byline: authors.length ? authors.join(', ') : undefined, publishedAt }), taken };
}

/**
 * `text` without the paragraphs a title block was read from: each taken paragraph is removed once,
 * where it stands as a whole line among the first paragraphs, with the blank line after it.
 */
export function withoutTaken(text: string, taken: readonly string[]): string {
  if (taken.length === 0) return text;
  const lines = text.split('\n');
  const left = [...taken];
  const out: string[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = seen < MAX_BLOCK_PARAGRAPHS * 2 ? left.indexOf(line.trim()) : -1;
    if (line.trim() !== '') seen++;
    if (at >= 0) {
      left.splice(at, 1);
      while (lines[i + 1] === '') i++;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
