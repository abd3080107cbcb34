/**
 * Article metadata from an HTML document's head: JSON-LD `NewsArticle` first (the most structured),
 * then Open Graph / article:* / Twitter / Dublin Core meta tags, then `<title>` and `<html lang>`.
 * Must run before Readability, which removes the `<script>` elements that carry JSON-LD.
 */
import type { ArticleMetadata } from '@shared/import/types';
import { findJsonLdArticle, type JsonLdNode } from './jsonLd';
import { compactMeta, normalizeDate, normalizeLanguage, normalizeUrl, textValue, wireCreditsFrom } from './metaValues';

/** Meta tag values by lower-cased `name`, `property` or `itemprop`; every value kept, in document order. */
function collectMetaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta')).slice(0, 2000)) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key) ?? [];
      list.push(content);
      tags.set(key, list);
    }
  }
  return tags;
}

/** A byline without its "By " prefix; undefined for profile URLs (article:author often is one). */
function bylineValue(value: unknown): string | undefined {
  const text = textValue(value)?.replace(/^by\s+/i, '');
  return text && !/^https?:\/\//i.test(text) ? text : undefined;
}

function authorsOf(node: JsonLdNode | undefined): string | undefined {
  if (!node) return undefined;
  return bylineValue(node['author']) ?? bylineValue(node['creator']);
}

/** What Readability found, used only where the page's own metadata is silent. */
export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/**
 * Reads the metadata of a parsed HTML document now (before Readability changes the document) and
 * returns a function that completes it with what Readability found.
 */
export function readHtmlMeta(document: Document): (hints?: ReadabilityHints) => ArticleMetadata {
  const tags = collectMetaTags(document);
  const first = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      for (const value of tags.get(key) ?? []) {
        const text = textValue(value);
        if (text) return text;
      }
    }
    return undefined;
  };
  const blocks = Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))
    .slice(0, 50)
    .map((s) => s.textContent ?? '');
  const ld = findJsonLdArticle(blocks);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const timeElement = document.querySelector('article time[datetime], time[pubdate][datetime]')?.getAttribute('datetime');
  const documentTitle = textValue(document.title);
  const htmlLang = document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang');
  const tagValues = tags
    .get('article:tag')
    ?.map((t) => textValue(t))
    .filter((t): t is string => !!t);
  const keywords = first('keywords', 'news_keywords');

  const byline =
    authorsOf(ld) ??
    bylineValue(first('author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author')) ??
    bylineValue(first('article:author'));
  const outlet = textValue(ld?.['publisher']) ?? first('og:site_name', 'application-name', 'publisher', 'dc.publisher');
  const wireSources = [
    byline,
    first('author', 'byl', 'article:author'),
    first('syndication-source', 'original-source', 'dc.source'),
    textValue(ld?.['sourceOrganization'])
  ];

  // Readability's guesses come last; the returned function lets the caller run it after this read.
  return (hints = {}) =>
    compactMeta({
      title:
        textValue(ld?.['headline']) ??
        first('og:title', 'twitter:title', 'dc.title', 'title') ??
        textValue(hints.title) ??
        documentTitle,
      byline: byline ?? bylineValue(hints.byline),
      outlet: outlet ?? textValue(hints.siteName),
      publishedAt:
        normalizeDate(ld?.['datePublished']) ??
        normalizeDate(
          first(
            'article:published_time',
            'og:published_time',
            'datepublished',
            'date',
            'pubdate',
            'publishdate',
            'dc.date',
            'dcterms.created',
            'sailthru.date',
            'parsely-pub-date'
          )
        ) ??
        normalizeDate(timeElement) ??
        normalizeDate(hints.publishedTime),
      url:
        normalizeUrl(ld?.['url']) ??
        normalizeUrl(first('og:url')) ??
        normalizeUrl(canonical) ??
        normalizeUrl(first('twitter:url')),
      language:
        normalizeLanguage(htmlLang) ??
        normalizeLanguage(first('content-language', 'og:locale', 'dc.language')) ??
        normalizeLanguage(ld?.['inLanguage']) ??
        normalizeLanguage(hints.lang),
      tags: tagValues?.length
        ? tagValues
        : keywords
            ?.split(',')
            .map((k) => k.trim())
            .filter(Boolean)
            .slice(0, 100),
      wireCredits: wireCreditsFrom(wireSources)
    });
}
