import { z } from 'zod';
import { hashText } from '@shared/annotations/selectors';
import { compareArticles } from '@shared/compare/compareArticles';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { compareInputOf } from '@shared/compare/compareInput';
import { storyCompareChoice, storyCompareText, storyMembers } from '@shared/compare/storyCompareChoice';
import { attributedCredits } from '@shared/compare/wire/attributedCredits';
import { findWireGroups } from '@shared/compare/wire/wire';
import type { Annotation, AnnotationFilter } from '@shared/contract/annotationSchemas';
import type { ExportOptions, ExportScope } from '@shared/contract/exportSchemas';
import { AppFailure } from '@shared/contract/result';
import { COMPARE_MAX, COMPARE_MIN, type Article } from '@shared/contract/schemas';
import { citationKeys } from '@shared/export/renderCitations';
import { paragraphNumber, shownParagraphs, shownStart, type Range } from '@shared/text/shownParagraphs';
import { titleEcho } from '@shared/text/titleEcho';
import { baseName } from '@shared/export/sourcesTable';
import type { Report, ReportComparison, ReportHighlight, ReportNote, ReportSource } from '@shared/export/reportModel';
import { getArticle } from '../articles';
import { getColourMeanings } from '../annotations/colours';
import { listAnnotations } from '../annotations/listAnnotations';
import type { ReadableDb } from '../db/connection';
import { rankArticles } from '../search/searchArticles';
import { listStories } from '../stories/storyQueries';
import { getExportSettings } from './exportSettings';
import { storyWireGroups } from './reportWireGroups';

/** Articles a search scope takes at most (the search's own page limit). */
const SEARCH_LIMIT = 500;

/**
 * Gathers what a report says for a scope: its articles (the sources), their annotations with the
 * colours' meanings, and — for a story or comparison — the comparison: of a story larger than one
 * comparison holds, of the articles the window's Compare takes (`storyCompareChoice`), the scope
 * line saying which. Reads only. A scope naming an article or story that is not in the library
 * fails with a sentence saying so.
 */
export function gatherReport(
  db: ReadableDb,
  scope: z.output<typeof ExportScope>,
  options: z.output<typeof ExportOptions>,
  now: Date = new Date()
): Report {
  const colours = getColourMeanings(db);
  const labelOf = (colour: number | null): string =>
    colours.find((c) => c.colour === colour)?.label ?? `Colour ${colour ?? ''}`.trim();
  const { title, scopeText, articleIds, filters, compared: comparedIds, choiceText } = resolveScope(db, scope);

  const annotations = new Map<number, Annotation>();
  for (const filter of filters) for (const a of allAnnotations(db, filter)) annotations.set(a.id, a);
  // The annotations' own articles are sources too (a filter scope has no other list).
  const ids = [...articleIds];
  for (const a of annotations.values()) {
    for (const id of a.articleId !== null ? [a.articleId] : (a.passage ?? []).map((s) => s.articleId))
      if (!ids.includes(id)) ids.push(id);
  }
  const articles = ids.map((id) => getArticle(db, id)).filter((a): a is Article => a !== undefined);
  const keys = citationKeys(
    articles.map((a) => ({ articleId: a.id, title: a.title, outlet: a.outlet, byline: a.byline, publishedAt: a.publishedAt }))
  );
  // What the report shows of each article is decided as the reader decides it
  // (shared/text/shownParagraphs.ts), from every placed highlight of the article, not only those
  // in the report: whether the title's echo is shown fixes both where the full text starts
  // (`shownFrom`) and the paragraph numbers the citations give, so the two always agree.
  const placed = new Map<number, Range[]>();
  const placedOf = (article: Article): Range[] => {
    let ranges = placed.get(article.id);
    if (!ranges) {
      ranges = titleEcho(article.title, article.body)
        ? allAnnotations(db, { articleId: article.id })
            .filter(hasPlace)
            .map((x) => x.current)
        : [];
      placed.set(article.id, ranges);
    }
    return ranges;
  };
  // The sources' wire credits are attributed from the wire groups the Compare view finds (review
  // 15, #14): the report's own comparison for a story or comparison, else each source's story.
  const comparedArticles = comparedIds
    .map((id) => articles.find((a) => a.id === id))
    .filter((a): a is Article => a !== undefined);
  const compareInputs =
    comparedArticles.length >= COMPARE_MIN && comparedArticles.length <= COMPARE_MAX
      ? comparedArticles.map(compareInputOf)
      : null;
  const comparison = compareInputs && options.includeComparison ? compareArticles(compareInputs) : null;
  const wireGroups =
    comparison?.wireGroups ?? (compareInputs ? findWireGroups(compareInputs).groups : storyWireGroups(db, articles));
  const sources: ReportSource[] = articles.map((a, i) => ({
    articleId: a.id,
    key: keys[i]!,
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    publishedAt: a.publishedAt,
    dateFromFile: a.dateFromFile === true,
    url: a.url,
    fileName: baseName(a.sourcePath),
    importedAt: a.importedAt,
    wireCredits: attributedCredits(String(a.id), a.wireCredits, wireGroups),
    urn: `urn:crosscheck:text:${hashText(a.body)}`,
    body: options.fullText ? a.body : null,
    shownFrom: options.fullText ? shownStart(a.title, a.body, placedOf(a)) : 0
  }));
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  const order = new Map(articles.map((a, i) => [a.id, i]));

  const shown = new Map<number, Range[]>();
  const shownOf = (articleId: number): Range[] => {
    let paragraphs = shown.get(articleId);
    if (!paragraphs) {
      const article = articles.find((x) => x.id === articleId);
      paragraphs = article ? shownParagraphs(article.title, article.body, placedOf(article)) : [];
      shown.set(articleId, paragraphs);
    }
    return paragraphs;
  };

  const highlights: ReportHighlight[] = [];
  const notes: ReportNote[] = [];
  for (const a of annotations.values()) {
    if (a.kind === 'highlight' && a.anchor) {
      const articleId = a.articleId;
      if (articleId === null) continue;
      const range = a.current ?? a.anchor.position;
      const body = bodies.get(articleId) ?? '';
      highlights.push({
        id: a.id,
        articleId,
        quote: a.current ? body.slice(a.current.start, a.current.end) : a.anchor.quote.exact,
        prefix: a.anchor.quote.prefix,
        suffix: a.anchor.quote.suffix,
        start: range.start,
        end: range.end,
        paragraph: a.current ? paragraphNumber(shownOf(articleId), a.current.start) : null,
        colour: a.colour ?? 1,
        colourLabel: labelOf(a.colour ?? 1),
        tags: a.tags,
        note: a.note,
        state: a.state,
        madeOn: a.state === 'changed' ? a.originalExact : null,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt
      });
    } else if (a.kind !== 'highlight') {
      const passageIds = [...new Set((a.passage ?? []).map((s) => s.articleId))];
      notes.push({
        id: a.id,
        kind: a.kind,
        articleIds:
          a.kind === 'story-note'
            ? articleIds
            : a.kind === 'passage-note'
              ? passageIds
              : a.articleId === null
                ? []
                : [a.articleId],
        // A passage note names its articles (review 10: "2 articles" left a CSV row saying nothing of which).
        on:
          a.kind === 'passage-note'
            ? passageIds.map((id) => articles.find((x) => x.id === id)?.title ?? `Article ${id}`).join('; ')
            : (a.article?.title ?? a.targetTitle ?? 'deleted'),
        quote: a.passage?.[0]?.anchor.quote.exact ?? null,
        spans:
          a.kind === 'passage-note'
            ? (a.passage ?? []).map((span) => ({
                articleId: span.articleId,
                exact:
                  (span.current && bodies.get(span.articleId)?.slice(span.current.start, span.current.end)) ||
                  span.anchor.quote.exact,
                prefix: span.anchor.quote.prefix,
                suffix: span.anchor.quote.suffix,
                start: span.current?.start ?? span.anchor.position.start,
                end: span.current?.end ?? span.anchor.position.end
              }))
            : null,
        colour: a.colour,
        colourLabel: a.colour === null ? null : labelOf(a.colour),
        tags: a.tags,
        note: a.note,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt
      });
    }
  }
  highlights.sort((x, y) => (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0) || x.start - y.start || x.id - y.id);
  const kindOrder = { 'story-note': 0, 'article-note': 1, 'passage-note': 2 } as const;
  notes.sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || x.id - y.id);

  const compared = comparison ? comparisonOf(comparison) : null;
  return {
    title,
    createdAt: now.toISOString(),
    // `--author` (options.author) overrides the setting for this report; '' says no author.
    author: options.author !== undefined ? options.author.trim() || null : getExportSettings(db).author,
    // A story larger than one comparison: which of its articles the comparison takes, and why.
    scope: comparison && choiceText ? `${scopeText} — the comparison takes ${choiceText}` : scopeText,
    options,
    colours: colours.map((c) => ({ colour: c.colour, label: c.label })),
    sources,
    highlights,
    notes,
    comparison: compared
  };
}

type ExportScopeParsed = z.output<typeof ExportScope>;

interface ResolvedScope {
  title: string;
  scopeText: string;
  /** The scope's own articles, in order. */
  articleIds: number[];
  /** Annotation filters whose union is the report's annotations. */
  filters: AnnotationFilter[];
  /** The articles a comparison is made of, in column order; empty when the scope has none. */
  compared: readonly number[];
  /** Which of a story's articles `compared` holds and why, when not all of them (`storyCompareText`); else null. */
  choiceText: string | null;
}

function resolveScope(db: ReadableDb, scope: ExportScopeParsed): ResolvedScope {
  const requireArticles = (ids: readonly number[]): void => {
    const missing = ids.filter((id) => getArticle(db, id) === undefined);
    if (missing.length)
      throw new AppFailure(
        'not-found',
        `${missing.length === 1 ? 'Article' : 'Articles'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the library. Check the ids with \`crosscheck list\`.`
      );
  };
  switch (scope.kind) {
    case 'articles': {
      const ids = [...new Set(scope.articleIds)];
      requireArticles(ids);
      const title = ids.length === 1 ? (getArticle(db, ids[0]!)?.title ?? 'Article') : `${ids.length} articles`;
      return {
        title,
        scopeText: ids.length === 1 ? 'One article' : `${ids.length} picked articles`,
        articleIds: ids,
        filters: ids.map((articleId) => ({ articleId })),
        compared: [],
        choiceText: null
      };
    }
    case 'compare': {
      const ids = [...new Set(scope.articleIds)];
      requireArticles(ids);
      return {
        title: `Comparison of ${ids.length} articles`,
        scopeText: `A comparison of ${ids.length} articles`,
        articleIds: ids,
        filters: ids.map((articleId) => ({ articleId })),
        compared: ids,
        choiceText: null
      };
    }
    case 'story': {
      const story = listStories(db).find((s) => s.id === scope.storyId);
      if (!story)
        throw new AppFailure(
          'not-found',
          `Story ${scope.storyId} is not in the library. Check the ids with \`crosscheck stories\`.`
        );
      // The window's Compare takes the same articles (renderer: WorkspaceProvider's compareStory).
      const choice = storyCompareChoice(storyMembers(story));
      return {
        title: story.label,
        scopeText: `Story ${story.id}: “${story.label}”, ${story.articleIds.length} articles`,
        articleIds: story.articleIds,
        filters: [{ storyId: story.id }],
        compared: choice.ids,
        choiceText: choice.ids.length < story.articleIds.length ? storyCompareText(choice) : null
      };
    }
    case 'search': {
      const ids = rankArticles(db, scope.query, { limit: SEARCH_LIMIT }).ranked.map((r) => r.id);
      return {
        title: `Search: ${scope.query}`,
        scopeText: `The ${ids.length} articles the search “${scope.query}” finds`,
        articleIds: ids,
        filters: ids.map((articleId) => ({ articleId })),
        compared: [],
        choiceText: null
      };
    }
    case 'annotations': {
      const empty = Object.keys(scope.filter).length === 0;
      return {
        title: empty ? 'All highlights and notes' : 'Highlights and notes',
        scopeText: empty
          ? 'Every highlight and note in the library'
          : 'The highlights and notes matching the notes panel’s filter',
        articleIds: [],
        filters: [scope.filter],
        compared: [],
        choiceText: null
      };
    }
  }
}

/** Every annotation matching a filter, page by page. */
function allAnnotations(db: ReadableDb, filter: AnnotationFilter): Annotation[] {
  const out: Annotation[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listAnnotations(db, { filter, sort: 'position', offset, limit: 1000 });
    out.push(...page.items);
    if (page.items.length < 1000) return out;
  }
}

/** A highlight drawn in the reader: one with a place in today's text (as `spansOf` in the renderer). */
function hasPlace(a: Annotation): a is Annotation & { current: Range } {
  return a.kind === 'highlight' && a.current !== null;
}

function comparisonOf(c: Comparison): ReportComparison {
  return {
    articleIds: c.overlap.articleIds.map(Number),
    shares: c.overlap.shares,
    wireGroups: c.wireGroups.map((g) => ({
      articleIds: g.articleIds.map(Number),
      originalId: Number(g.originalId),
      agency: g.agency ?? null
    })),
    alteredQuotes: c.quotes
      .filter((q) => q.altered)
      .map((q) => q.variants.map((v) => ({ text: v.text, articleIds: v.sourceIds.map(Number) }))),
    disagreeingFigures: c.numbers
      .filter((n) => n.disagree)
      .map((n) => ({ label: n.label, figures: n.figures.map((f) => ({ text: f.text, articleId: Number(f.sourceId) })) }))
  };
}
