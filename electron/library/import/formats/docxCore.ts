/**
 * DOCX core properties (`docProps/core.xml`: title, creator, created, language, keywords) as article
 * metadata. The part is tiny and flat, so it is read with patterns rather than an XML parser: there is
 * no DTD processing at all, hence no external or recursive entities.
 */
import type { ArticleMetadata } from '@shared/import/types';
import { plausibleAuthor, plausibleTitle } from './fileProps';
import { decodeEntities } from './entities';
import { compactMeta, normalizeDate, normalizeLanguage, textValue } from './metaValues';

const MAX_CORE_CHARS = 64 * 1024;

function element(xml: string, localName: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}\\s*>`).exec(xml);
  if (!m?.[1]) return undefined;
  const raw = m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]*>/g, '');
  return textValue(decodeEntities(raw));
}

/** Reads core properties XML into metadata; bad or oversized input gives `{}`. */
export function readCoreProperties(xml: string): ArticleMetadata {
  if (xml.length > MAX_CORE_CHARS) return {};
  const keywords = element(xml, 'keywords')
    ?.split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);
  return compactMeta({
    title: plausibleTitle(element(xml, 'title')),
    byline: plausibleAuthor(element(xml, 'creator')),
    publishedAt: normalizeDate(element(xml, 'created')),
    language: normalizeLanguage(element(xml, 'language')),
    tags: keywords?.length ? keywords.slice(0, 100) : undefined
  });
}
