import type { Report, ReportSource } from './reportModel';
import { sourcesById } from './sourceText';

/**
 * The report's annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD,
 * https://www.w3.org/TR/annotation-model/): one embedded `AnnotationPage` holding every highlight
 * (TextQuoteSelector and TextPositionSelector on its article) and note. The note is a
 * `TextualBody` (`commenting`), each tag a `tagging` body, the colour's meaning a `classifying`
 * body; the target's source is the article's URL, or its stable URN when it has none. A passage
 * note has a target per article, each with the passage's selectors there.
 */
export function renderW3c(report: Report): string {
  const sources = sourcesById(report);
  const sourceOf = (id: number): string => {
    const s = sources.get(id);
    return s ? sourceIri(s) : `urn:crosscheck:article:${id}`;
  };
  // The classifying body's id names the colour (1–6), so a library whose colours mean other words
  // still gives an imported highlight its colour (annotations:import).
  const bodies = (note: string, tags: readonly string[], colourLabel: string | null, colour: number | null): object[] => [
    ...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' }] : []),
    ...tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ...(colourLabel
      ? [{ type: 'TextualBody', purpose: 'classifying', value: colourLabel, ...(colour ? { id: `${COLOUR_URN}${colour}` } : {}) }]
      : [])
  ];
  const items: object[] = report.highlights.map((h) => ({
    id: `urn:crosscheck:annotation:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    body: bodies(h.note, h.tags, h.colourLabel, h.colour),
    target: {
      source: sourceOf(h.articleId),
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote, prefix: h.prefix, suffix: h.suffix },
        { type: 'TextPositionSelector', start: h.start, end: h.end }
      ]
    }
  }));
  for (const n of report.notes) {
    items.push({
      id: `urn:crosscheck:annotation:${n.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: n.createdAt,
      modified: n.updatedAt,
      body: bodies(n.note, n.tags, n.colourLabel, n.colour),
      // A passage note names its words in each article, as a highlight does, so another library
      // finds the passage again (annotations:import); other notes name their articles.
      target: n.spans?.length
        ? n.spans.map((span) => ({
            source: sourceOf(span.articleId),
            selector: [
              { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix },
              { type: 'TextPositionSelector', start: span.start, end: span.end }
            ]
          }))
        : n.articleIds.length === 1
          ? sourceOf(n.articleIds[0]!)
          : n.articleIds.map(sourceOf)
    });
  }
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:crosscheck:report:${encodeURIComponent(report.createdAt)}`,
    type: 'AnnotationCollection',
    label: report.title,
    ...(report.author ? { creator: { type: 'Person', name: report.author } } : {}),
    created: report.createdAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items }
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

/** The prefix of a classifying body's id: `urn:crosscheck:colour:3` is highlight colour 3. */
export const COLOUR_URN = 'urn:crosscheck:colour:';

/** The prefix of an article's URN when it has no web address: the hash of its clean text follows. */
export const TEXT_URN = 'urn:crosscheck:text:';

/** The article's IRI: its web address when it has one, else its stable URN. */
export function sourceIri(source: ReportSource): string {
  return source.url && /^https?:\/\/\S+$/i.test(source.url) ? source.url : source.urn;
}
