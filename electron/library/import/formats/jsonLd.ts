/**
 * The news article described in a page's JSON-LD (`<script type="application/ld+json">`). Parsed as
 * data with JSON.parse only, each block size-limited, the object graph walked with depth and count
 * limits, because the blocks come from the page and can be anything.
 */

/** `@type`s that describe the article itself, best first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'Report',
  'ScholarlyArticle'
];

const MAX_BLOCK_CHARS = 1024 * 1024;
const MAX_NODES = 2000;
const MAX_DEPTH = 6;

/** An object from a JSON-LD graph, fields untyped: read them with `textValue` and friends. */
export type JsonLdNode = Record<string, unknown>;

function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

function rank(node: JsonLdNode): number {
  const ranks = typesOf(node)
    .map((t) => ARTICLE_TYPES.indexOf(t))
    .filter((i) => i >= 0);
  return ranks.length ? Math.min(...ranks) : -1;
}

/**
 * The best article node among the given JSON-LD block texts, or undefined. Blocks that are not
 * valid JSON are skipped (pages often ship broken ones).
 */
export function findJsonLdArticle(blocks: readonly string[]): JsonLdNode | undefined {
  let best: JsonLdNode | undefined;
  let bestRank = Infinity;
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || visited > MAX_NODES || value === null || typeof value !== 'object') return;
    visited++;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 200)) visit(item, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    const r = rank(node);
    if (r >= 0 && r < bestRank) {
      best = node;
      bestRank = r;
    }
    if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1);
    if (node['mainEntity'] !== undefined) visit(node['mainEntity'], depth + 1);
  };
  for (const block of blocks) {
    if (block.length > MAX_BLOCK_CHARS) continue;
    try {
      // NB: some CMSs wrap the JSON in an HTML comment or CDATA; strip that before parsing.
      visit(JSON.parse(block.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')), 0);
    } catch {
      // Not JSON: ignore this block.
    }
  }
  return best;
}
