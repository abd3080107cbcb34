import type { z } from 'zod';
import { hashText, type TextAnchor } from '@shared/annotations/selectors';
import type { Annotation, PassageSpan } from '@shared/contract/annotationSchemas';
import { passageKey, Tag } from '@shared/contract/annotationSchemas';
import type { AnnotationImportInput, AnnotationImportReport } from '@shared/contract/exportSchemas';
import { AppFailure } from '@shared/contract/result';
import { COLOUR_URN, TEXT_URN } from '@shared/export/renderW3c';
import { createAnnotation, nextAnnotationId, restoreAnnotation } from '../annotations/annotationStore';
import { getColourMeanings } from '../annotations/colours';
import { durableWrite } from '../annotations/durableWrite';
import type { WritableDb } from '../db/connection';

type Item = AnnotationImportReport['items'][number];
type Quote = { exact: string; prefix: string; suffix: string };
type Json = Record<string, unknown>;

/** What is read from one W3C annotation before it is placed. */
interface Incoming {
  readonly source: string;
  /** The target articles' IRIs (one for a highlight or an article note). */
  readonly targets: readonly string[];
  readonly quote: { exact: string; prefix: string; suffix: string } | null;
  readonly position: { start: number; end: number } | null;
  /** A passage note's words in each of its articles (a target per article, each with a TextQuoteSelector). */
  readonly spans: ReadonlyArray<{ iri: string; quote: Quote; position: { start: number; end: number } | null }> | null;
  readonly note: string;
  readonly tags: string[];
  readonly colour: number | null;
  readonly colourLabel: string | null;
  readonly created: string | null;
  readonly modified: string | null;
}

/** Thrown inside the transaction of a dry run so that nothing it wrote stays. */
class DryRun {
  constructor(readonly report: AnnotationImportReport) {}
}

/**
 * `annotations:import` (`crosscheck import-annotations FILE`): reads a W3C Web Annotation export
 * (ours, or any tool's with TextQuoteSelectors) into this library. Each annotation is matched to
 * an article — by its web address, by the hash of its text (`urn:crosscheck:text:…`), or else by
 * the only article holding its quote — and re-anchored with the highlights' own anchoring
 * (shared/annotations), so a changed article still gets its highlights where their words now are.
 * A highlight whose article is found but whose words are not is stored as an orphan to re-attach;
 * one with no article is listed, not stored. A highlight (or note) the library already has is a
 * duplicate and is not added again, so a second import changes nothing. All in one transaction:
 * a failure leaves the library as it was.
 */
export function importAnnotations(
  db: WritableDb,
  input: z.output<typeof AnnotationImportInput>,
  now: Date = new Date()
): AnnotationImportReport {
  const incoming = readW3c(input.content);
  const articles = new ArticleFinder(db);
  const colours = getColourMeanings(db);
  const work = (): AnnotationImportReport => {
    const items: Item[] = incoming.map((entry, index) => {
      if ('invalid' in entry) return { source: `#${index + 1}`, outcome: 'invalid', articleId: null, annotationId: null, quote: '', message: entry.invalid };
      try {
        return place(db, entry, articles, colours, now);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        return { source: entry.source, outcome: 'invalid', articleId: null, annotationId: null, quote: entry.quote?.exact ?? entry.note.slice(0, 80), message: error.message };
      }
    });
    const count = (outcome: Item['outcome']) => items.filter((i) => i.outcome === outcome).length;
    return {
      total: items.length,
      anchored: count('anchored'),
      orphaned: count('orphan'),
      duplicates: count('duplicate'),
      noArticle: count('no-article'),
      invalid: count('invalid'),
      items
    };
  };
  try {
    return durableWrite(db, () => {
      const report = work();
      if (input.dryRun) throw new DryRun(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

function place(
  db: WritableDb,
  entry: Incoming,
  articles: ArticleFinder,
  colours: ReadonlyArray<{ colour: number; label: string }>,
  now: Date
): Item {
  const shown = entry.quote?.exact ?? entry.note.slice(0, 80);
  const base = { source: entry.source, quote: shown };
  const ids = entry.targets.map((t, i) => articles.find(t, entry.spans?.[i]?.quote ?? entry.quote));
  const missing = entry.targets.filter((_, i) => ids[i] === undefined);
  if (ids.length === 0 || missing.length > 0)
    return {
      ...base,
      outcome: 'no-article',
      articleId: null,
      annotationId: null,
      message: `No article of this library is ${missing[0] ?? 'its source'}${entry.quote ? ' or holds its words' : ''}. Import that article first, then import the annotations again.`
    };
  const colour =
    entry.colour ??
    colours.find((c) => entry.colourLabel !== null && c.label.toLowerCase() === entry.colourLabel.toLowerCase())?.colour ??
    null;

  if (entry.spans) return placePassage(db, entry, entry.spans, ids as number[], articles, colour, now, base);

  if (entry.quote) {
    const articleId = ids[0]!;
    const body = articles.body(articleId);
    const existing = db
      .prepare(
        "SELECT id FROM annotations WHERE kind = 'highlight' AND article_id = ? AND quote_exact = ? AND note = ? ORDER BY id LIMIT 1"
      )
      .get(articleId, entry.quote.exact, entry.note) as { id: number } | undefined;
    if (existing) return { ...base, outcome: 'duplicate', articleId, annotationId: existing.id, message: null };
    // The text's hash only when the source says which text it was made on (our URN) AND its position
    // holds its words there; otherwise the anchoring must look for the words rather than trust the
    // positions. NB: a file naming the text's URN without a position (or with a wrong one) would
    // otherwise be "anchored" on the article's first characters instead of kept as an orphan.
    const positionHoldsQuote = entry.position !== null && body.slice(entry.position.start, entry.position.end) === entry.quote.exact;
    const anchor: TextAnchor = {
      quote: { type: 'TextQuoteSelector', ...entry.quote },
      position: { type: 'TextPositionSelector', start: entry.position?.start ?? 0, end: entry.position?.end ?? entry.quote.exact.length },
      textHash: entry.targets[0]!.startsWith(TEXT_URN) && positionHoldsQuote ? entry.targets[0]!.slice(TEXT_URN.length) : ''
    };
    const stamp = now.toISOString();
    const annotation: Annotation = {
      id: nextId(db),
      kind: 'highlight',
      articleId,
      storyId: null,
      targetTitle: articles.title(articleId),
      article: null,
      colour: colour ?? 1,
      note: entry.note,
      tags: entry.tags,
      anchor,
      state: 'placed',
      orphanReason: null,
      current: anchor.position.end <= body.length ? { start: anchor.position.start, end: anchor.position.end } : null,
      originalExact: null,
      score: null,
      passage: null,
      passageKey: null,
      createdAt: entry.created ?? stamp,
      updatedAt: entry.modified ?? entry.created ?? stamp
    };
    // Restored as it was exported, then re-anchored on this library's text by the highlights' own code.
    const made = restoreAnnotation(db, annotation);
    return { ...base, outcome: made.state === 'orphan' ? 'orphan' : 'anchored', articleId, annotationId: made.id, message: null };
  }

  // A note: on one article, or on a story when every article it names is in the same story.
  const unique = [...new Set(ids)] as number[];
  const storyId = unique.length > 1 ? articles.sharedStory(unique) : undefined;
  if (unique.length > 1 && storyId === undefined)
    return {
      ...base,
      outcome: 'invalid',
      articleId: null,
      annotationId: null,
      message: `This note is on ${unique.length} articles that are not one story in this library, so there is nothing to put it on. Group them into a story, then import again.`
    };
  const existing = db
    .prepare(
      storyId !== undefined
        ? "SELECT id FROM annotations WHERE kind = 'story-note' AND story_id = ? AND note = ? LIMIT 1"
        : "SELECT id FROM annotations WHERE kind = 'article-note' AND article_id = ? AND note = ? LIMIT 1"
    )
    .get(storyId ?? unique[0], entry.note) as { id: number } | undefined;
  if (existing) return { ...base, outcome: 'duplicate', articleId: unique[0]!, annotationId: existing.id, message: null };
  // Made when the file says it was made, and last changed when it says, as a highlight is.
  const made =
    storyId !== undefined
      ? createAnnotation(db, { kind: 'story-note', storyId, note: entry.note, tags: entry.tags, ...(colour ? { colour } : {}) }, entry.created ? new Date(entry.created) : now)
      : createAnnotation(db, { kind: 'article-note', articleId: unique[0]!, note: entry.note, tags: entry.tags, ...(colour ? { colour } : {}) }, entry.created ? new Date(entry.created) : now);
  if (entry.modified) db.prepare('UPDATE annotations SET updated_at = ? WHERE id = ?').run(entry.modified, made.id);
  return { ...base, outcome: 'anchored', articleId: unique[0]!, annotationId: made.id, message: null };
}

/**
 * A passage note: its words in each article, re-anchored there as a highlight is (restoreAnnotation),
 * so it is listed with that passage in a comparison here; a duplicate when this library already has
 * a note with the same text on the same passage.
 */
function placePassage(
  db: WritableDb,
  entry: Incoming,
  spans: NonNullable<Incoming['spans']>,
  ids: readonly number[],
  articles: ArticleFinder,
  colour: number | null,
  now: Date,
  base: { source: string; quote: string }
): Item {
  const passage: PassageSpan[] = spans.map((span, i) => {
    const articleId = ids[i]!;
    const body = articles.body(articleId);
    const positionHoldsQuote = span.position !== null && body.slice(span.position.start, span.position.end) === span.quote.exact;
    const anchor: TextAnchor = {
      quote: { type: 'TextQuoteSelector', ...span.quote },
      position: { type: 'TextPositionSelector', start: span.position?.start ?? 0, end: span.position?.end ?? span.quote.exact.length },
      textHash: span.iri.startsWith(TEXT_URN) && positionHoldsQuote ? span.iri.slice(TEXT_URN.length) : ''
    };
    return { articleId, anchor, state: 'placed', current: positionHoldsQuote ? { start: anchor.position.start, end: anchor.position.end } : null };
  });
  const key = passageKey(passage.map((p) => ({ articleId: p.articleId, exact: p.anchor.quote.exact, start: p.anchor.position.start })));
  const existing = db
    .prepare("SELECT id FROM annotations WHERE kind = 'passage-note' AND passage_key = ? AND note = ? ORDER BY id LIMIT 1")
    .get(key, entry.note) as { id: number } | undefined;
  if (existing) return { ...base, quote: spans[0]!.quote.exact, outcome: 'duplicate', articleId: ids[0]!, annotationId: existing.id, message: null };
  const stamp = now.toISOString();
  const made = restoreAnnotation(db, {
    id: nextId(db),
    kind: 'passage-note',
    articleId: null,
    storyId: null,
    targetTitle: null,
    article: null,
    colour,
    note: entry.note,
    tags: entry.tags,
    anchor: null,
    state: 'placed',
    orphanReason: null,
    current: null,
    originalExact: null,
    score: null,
    passage,
    passageKey: key,
    createdAt: entry.created ?? stamp,
    updatedAt: entry.modified ?? entry.created ?? stamp
  });
  return { ...base, quote: spans[0]!.quote.exact, outcome: made.state === 'orphan' ? 'orphan' : 'anchored', articleId: ids[0]!, annotationId: made.id, message: null };
}

function nextId(db: WritableDb): number {
  return nextAnnotationId(db) ?? (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM annotations').get() as { id: number }).id;
}

/** Finds the article an annotation's source names, reading the library's texts only when it must. */
class ArticleFinder {
  private byHash: Map<string, number> | undefined;
  private texts: Array<{ id: number; body: string }> | undefined;

  constructor(private readonly db: WritableDb) {}

  /** The article whose web address or text hash is `iri`, else the only one holding the quote with its context. */
  find(iri: string, quote: Incoming['quote']): number | undefined {
    if (iri.startsWith(TEXT_URN)) {
      this.byHash ??= new Map(this.all().map((a) => [hashText(a.body), a.id]));
      const id = this.byHash.get(iri.slice(TEXT_URN.length));
      if (id !== undefined) return id;
    } else if (/^https?:\/\//i.test(iri)) {
      const row = this.db.prepare('SELECT id FROM articles WHERE url = ? OR url = ? ORDER BY id LIMIT 1').get(iri, iri.replace(/\/$/, '')) as
        | { id: number }
        | undefined;
      if (row) return row.id;
    }
    if (!quote || quote.exact.trim() === '') return undefined;
    const holding = this.all().filter((a) => a.body.includes(quote.exact));
    if (holding.length <= 1) return holding[0]?.id;
    const withContext = holding.filter((a) => a.body.includes(quote.prefix + quote.exact + quote.suffix));
    return withContext.length === 1 ? withContext[0]!.id : undefined;
  }

  body(id: number): string {
    return (this.db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body;
  }

  title(id: number): string {
    return (this.db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string }).title;
  }

  /** The story holding all these articles, if there is one. */
  sharedStory(ids: readonly number[]): number | undefined {
    const rows = this.db
      .prepare(`SELECT DISTINCT story_id FROM story_articles WHERE article_id IN (${ids.map(() => '?').join(',')})`)
      .all(...ids) as Array<{ story_id: number }>;
    const counted = this.db
      .prepare(`SELECT count(*) AS n FROM story_articles WHERE article_id IN (${ids.map(() => '?').join(',')})`)
      .get(...ids) as { n: number };
    return rows.length === 1 && counted.n === ids.length ? rows[0]!.story_id : undefined;
  }

  private all(): Array<{ id: number; body: string }> {
    this.texts ??= this.db.prepare('SELECT id, body FROM articles ORDER BY id').all() as Array<{ id: number; body: string }>;
    return this.texts;
  }
}

/**
 * The annotations of a W3C JSON file: an AnnotationCollection (its embedded pages), an
 * AnnotationPage, an array of annotations, or one annotation. Fails with a sentence when the file
 * is not JSON or holds no annotations; an annotation it cannot read is kept as `{ invalid }`.
 */
export function readW3c(content: string): Array<Incoming | { invalid: string }> {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppFailure(
      'invalid-input',
      'The file is not JSON, so it holds no W3C annotations. Give the .jsonld file `crosscheck export --format json` wrote.'
    );
  }
  const items: unknown[] = [];
  // Entries of a page are kept whatever they are (listed as unreadable if need be); elsewhere only
  // what says it is an annotation counts, so a JSON file of something else is refused as a whole.
  const collect = (value: unknown, inPage: boolean): void => {
    if (Array.isArray(value)) value.forEach((v) => collect(v, inPage));
    else if (isObject(value)) {
      const type = value.type;
      if (type === 'AnnotationCollection') {
        for (let page: unknown = value.first; isObject(page); page = page.next) collect(page, false);
      } else if (type === 'AnnotationPage') collect(Array.isArray(value.items) ? value.items : [], true);
      else if (inPage || type === 'Annotation') items.push(value);
    } else if (inPage) items.push(value);
  };
  collect(json, false);
  if (items.length === 0)
    throw new AppFailure(
      'invalid-input',
      'The file holds no W3C annotations (no AnnotationCollection, AnnotationPage or Annotation). Give the .jsonld file `crosscheck export --format json` wrote.'
    );
  return items.map(readOne);
}

function readOne(value: unknown): Incoming | { invalid: string } {
  if (!isObject(value) || value.type !== 'Annotation')
    return { invalid: 'This entry is not a W3C Annotation (its "type" is not "Annotation"), so it was skipped.' };
  const source = typeof value.id === 'string' ? value.id : '(no id)';
  const targets = (Array.isArray(value.target) ? value.target : [value.target]).filter((t) => t !== undefined);
  const iris: string[] = [];
  const selected: Array<{ iri: string; quote: Quote | null; position: Incoming['position'] }> = [];
  for (const t of targets) {
    if (typeof t === 'string') iris.push(t);
    else if (isObject(t) && typeof t.source === 'string') {
      iris.push(t.source);
      let quote: Quote | null = null;
      let position: Incoming['position'] = null;
      for (const s of Array.isArray(t.selector) ? t.selector : [t.selector]) {
        if (!isObject(s)) continue;
        if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '')
          quote = { exact: s.exact, prefix: str(s.prefix), suffix: str(s.suffix) };
        if (s.type === 'TextPositionSelector' && isCount(s.start) && isCount(s.end) && s.end > s.start)
          position = { start: s.start, end: s.end };
      }
      selected.push({ iri: t.source, quote, position });
    }
  }
  if (iris.length === 0) return { invalid: `Annotation ${source} names no article (its "target" has no source), so it was skipped.` };
  const quoted = selected.filter((t) => t.quote !== null);
  // Several articles, each with the words it quotes there: a passage note (as our export writes one).
  const spans =
    iris.length > 1 && quoted.length === iris.length
      ? quoted.map((t) => ({ iri: t.iri, quote: t.quote!, position: t.position }))
      : null;
  const quote = spans ? null : (quoted.at(-1)?.quote ?? null);
  const position = spans ? null : (quoted.at(-1)?.position ?? selected.at(-1)?.position ?? null);
  if (quote && iris.length > 1)
    return { invalid: `Annotation ${source} quotes words in some of the ${iris.length} articles it names but not in all, so it is neither a highlight nor a passage note.` };
  const bodies = (Array.isArray(value.body) ? value.body : value.body === undefined ? [] : [value.body]).filter(isObject);
  const texts = (purpose: string) => bodies.filter((b) => (b.purpose ?? 'commenting') === purpose && typeof b.value === 'string').map((b) => b.value as string);
  const classifying = bodies.find((b) => b.purpose === 'classifying');
  const colourId = typeof classifying?.id === 'string' && classifying.id.startsWith(COLOUR_URN) ? Number(classifying.id.slice(COLOUR_URN.length)) : NaN;
  const tags = [...new Set(texts('tagging').map((t) => Tag.safeParse(t)).flatMap((r) => (r.success ? [r.data] : [])))].slice(0, 50);
  const note = texts('commenting').join('\n\n');
  if (!quote && !spans && note === '') return { invalid: `Annotation ${source} has neither quoted words nor a note, so there is nothing to import.` };
  return {
    source,
    targets: iris,
    quote,
    position,
    spans,
    note: note.slice(0, 100_000),
    tags,
    colour: Number.isInteger(colourId) && colourId >= 1 && colourId <= 6 ? colourId : null,
    colourLabel: typeof classifying?.value === 'string' ? classifying.value : null,
    created: isDate(value.created) ? value.created : null,
    modified: isDate(value.modified) ? value.modified : null
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}
