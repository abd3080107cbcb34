/**
 * Web pages (.html, .htm, .xhtml): decoded by BOM / `<meta charset>` / detector, parsed by jsdom
 * with scripts off and no resource loading, main article picked by Readability (whole body when it
 * finds none), turned into plain text. No markup reaches the library.
 */
import type { JSDOM } from 'jsdom';
import type { ExtractContext, Extracted } from './context';
import { throwIfAborted } from './context';
import { crosscheckReportFailure, isCrosscheckHtml } from './crosscheckReport';
import { domToText } from './domText';
import { CHECK_THE_FILE, ExtractFailure } from './failure';
import { sniffHtmlCharset } from './htmlCharset';
import { domTooCostly, flatHtmlText, slimHtml } from './htmlGuard';
import { readHtmlMeta, type ReadabilityHints } from './htmlMeta';
import { formatBytes } from './limits';
import { isBlank, tidyText } from './plainText';
import { decodeText, decodeWarnings } from './textDecode';

/** Readability gives up on pages with more elements than this (it is quadratic in places). */
const MAX_READABILITY_ELEMENTS = 50_000;

interface DomLibraries {
  readonly JSDOM: typeof import('jsdom').JSDOM;
  readonly VirtualConsole: typeof import('jsdom').VirtualConsole;
  readonly Readability: typeof import('@mozilla/readability').Readability;
}
let domLibraries: Promise<DomLibraries> | undefined;

/**
 * jsdom and Readability, loaded with the first web page. NB: loading jsdom takes most of a
 * second, which an import of text files (and every extraction worker it starts) never pays.
 */
export function loadDomLibraries(): Promise<DomLibraries> {
  domLibraries ??= Promise.all([import('jsdom'), import('@mozilla/readability')]).then(([jsdom, readability]) => ({
    JSDOM: jsdom.JSDOM,
    VirtualConsole: jsdom.VirtualConsole,
    Readability: readability.Readability
  }));
  // A failed load is not remembered: the next page tries again (and fails with its own message).
  domLibraries.catch(() => {
    domLibraries = undefined;
  });
  return domLibraries;
}

/**
 * Parses HTML into an inert document. NB: `runScripts` and `resources` left undefined mean no script
 * (inline, event handler or `javascript:` URL) runs and nothing (images, styles, frames) is fetched;
 * the virtual console swallows jsdom's CSS and parse errors instead of printing them.
 */
export async function parseInertHtml(html: string): Promise<JSDOM> {
  const { JSDOM, VirtualConsole } = await loadDomLibraries();
  return new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    contentType: 'text/html',
    url: 'about:blank',
    virtualConsole: new VirtualConsole()
  });
}

const NO_READABLE_TEXT =
  'This web page has no readable text (only menus, scripts or images); save the page again once its article has loaded, or copy the article into a text file, and import that.';

/** Reads an HTML page as one article. */
export async function extractHtml(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  if (bytes.length > ctx.limits.maxHtmlBytes) {
    throw new ExtractFailure(
      'too-large',
      `This web page is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(ctx.limits.maxHtmlBytes)}; save only the article (as HTML or text) and import that.`
    );
  }
  if (bytes.length === 0) throw new ExtractFailure('empty', `This web page is empty (0 bytes); ${CHECK_THE_FILE}.`);
  const decoded = decodeText(bytes, sniffHtmlCharset(bytes));
  if (isBlank(decoded.text)) throw new ExtractFailure('empty', `This web page holds only blank space; ${CHECK_THE_FILE}.`);
  ctx.warnings.push(...decodeWarnings(decoded));
  throwIfAborted(ctx.signal);

  if (isCrosscheckHtml(decoded.text)) throw crosscheckReportFailure();
  const html = slimHtml(decoded.text);
  const tooCostly = domTooCostly(html);
  if (tooCostly) {
    ctx.warnings.push({ code: 'html-flat', message: `This page ${tooCostly}; its text was read without layout or metadata` });
    const text = tidyText(flatHtmlText(html));
    if (isBlank(text)) throw new ExtractFailure('empty', NO_READABLE_TEXT);
    return { format: 'html', articles: [{ text, meta: {} }] };
  }
  const dom = await parseInertHtml(html);
  const { Readability } = await loadDomLibraries();
  try {
    const document = dom.window.document;
    const completeMeta = readHtmlMeta(document);
    const bodyText = document.body ? tidyText(domToText(document.body)) : '';
    throwIfAborted(ctx.signal);
    const article = readArticle(document, Readability);
    const text = article && !isBlank(article.text) ? article.text : bodyText;
    if (isBlank(text)) throw new ExtractFailure('empty', NO_READABLE_TEXT);
    return { format: 'html', articles: [{ text, meta: completeMeta(article?.hints) }] };
  } finally {
    dom.window.close();
  }
}

/** Runs Readability; undefined when it finds no article or fails on a hostile document. */
function readArticle(document: Document, Readability: DomLibraries['Readability']): { text: string; hints: ReadabilityHints } | undefined {
  try {
    const reader = new Readability<Node>(document, { maxElemsToParse: MAX_READABILITY_ELEMENTS, serializer: (node) => node });
    const result = reader.parse();
    if (!result?.content) return undefined;
    return {
      text: tidyText(domToText(result.content)),
      hints: {
        title: result.title,
        byline: result.byline,
        siteName: result.siteName,
        publishedTime: result.publishedTime,
        lang: result.lang
      }
    };
  } catch {
    // Readability throws on documents above maxElemsToParse; the body text is used instead.
    return undefined;
  }
}
