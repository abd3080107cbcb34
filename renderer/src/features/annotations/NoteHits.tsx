import { useId } from 'react';
import type { NoteHit } from '@shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import { formatCount } from '../../lib/format';
import { useHighlightApi } from './highlight/highlightContext';
import './annotations.css';

/** Characters of a long note shown around its first match. */
const EXCERPT = 180;
/** How far before an excerpt a note's line may start and still be shown from its start. */
const LINE_SLACK = 60;

/** What the words were found in, as the row's badge says it. */
function badge(hit: NoteHit): string {
  if (hit.field === 'quote') return 'In your highlight';
  return hit.kind === 'highlight' ? 'In your note on a highlight' : 'In your note';
}

/** Where the annotation is, after its words. */
function where(hit: NoteHit): string {
  const on = hit.kind === 'story-note' ? 'story' : hit.kind === 'passage-note' ? 'shared passage' : 'article';
  return hit.title ? `${on}: ${hit.title}` : `a ${on}`;
}

/** The slice of a long text around its first mark, so the match is in view. */
function excerptOf(hit: NoteHit): { from: number; to: number } {
  if (hit.text.length <= EXCERPT) return { from: 0, to: hit.text.length };
  const first = hit.highlights[0]?.start ?? 0;
  const from = Math.max(0, Math.min(first - 40, hit.text.length - EXCERPT));
  return { from, to: Math.min(hit.text.length, from + EXCERPT) };
}

/**
 * A note's slice, widened to whole lines (a Markdown mark such as `**` or `- ` is never cut in
 * two where a line starts) and to a word's end, so it reads as the notes panel shows it.
 */
function noteExcerptOf(hit: NoteHit): { from: number; to: number; midLine: boolean } {
  const { from, to } = excerptOf(hit);
  const lineStart = from === 0 ? 0 : hit.text.lastIndexOf('\n', from - 1) + 1;
  const space = to >= hit.text.length ? -1 : hit.text.slice(to).search(/\s/);
  const end = space < 0 ? hit.text.length : to + space;
  // NB: a note written as one long paragraph has its only line start far before the match: widened
  // to it, the row showed the whole note up to the match (review of a7c8e29). Past a short way back,
  // start at the word instead, with an ellipsis; a mark cut there shows as its characters.
  if (from - lineStart <= LINE_SLACK) return { from: lineStart, to: end, midLine: false };
  return { from: Math.max(lineStart, hit.text.lastIndexOf(' ', from) + 1), to: end, midLine: true };
}

/** The words a hit's marks cover, to mark again once its Markdown is read. */
function markedWords(hit: NoteHit): string[] {
  return hit.highlights.map((range) => hit.text.slice(range.start, range.end));
}

/**
 * The notes and highlights a search with `in:notes` found, shown apart from the articles as the
 * user's own words ("In your note: …", the query's words marked). A note is drawn from its
 * Markdown as the notes panel draws it (NoteMarkdown: sanitised, links as text); a highlight's
 * words are article text, shown as typed. Clicking one opens its article scrolled to the
 * highlight, which flashes; a note on a story or a passage of no one article, or on a deleted
 * article, has nothing to open and says so.
 *
 * Each row is one click and one tab stop: its button is the line saying where the note is
 * (`article: …`), described by the badge and the note, and stretched over the whole row (CSS).
 * NB: the note's paragraphs and lists sit beside the button, not in it: a button may hold only
 * phrasing content, and screen readers read block content inside one as one run of text
 * (review 12).
 */
export function NoteHits({ hits }: { hits: readonly NoteHit[] }) {
  const api = useHighlightApi();
  const idPrefix = useId();
  if (hits.length === 0) return null;
  return (
    <section className="note-hits" aria-label="In your notes" data-testid="note-hits">
      <h3 className="note-hits__heading">
        In your notes <span className="note-hits__count">{formatCount(hits.length)}</span>
      </h3>
      <ul className="note-hits__list">
        {hits.map((hit) => {
          const note = hit.field !== 'quote';
          const excerpt: { from: number; to: number; midLine?: boolean } = note ? noteExcerptOf(hit) : excerptOf(hit);
          const { from, to, midLine = false } = excerpt;
          const articleId = hit.articleId;
          const canOpen = api !== null && articleId !== null;
          return (
            <li
              key={hit.annotationId}
              className={`note-hit${canOpen ? ' can-open' : ''}`}
              data-testid="note-hit"
              data-annotation-id={hit.annotationId}
              data-field={hit.field}
            >
              <span className="note-hit__badge" id={`${idPrefix}-${hit.annotationId}-badge`}>
                {badge(hit)}
              </span>
              <div className="note-hit__text" id={`${idPrefix}-${hit.annotationId}-text`} data-testid="note-hit-text">
                {note ? (
                  <NoteMarkdown
                    className="note-hit__markdown"
                    text={`${midLine ? '…' : ''}${hit.text.slice(from, to)}${to < hit.text.length ? '…' : ''}`}
                    marks={markedWords(hit)}
                    inertLinks
                  />
                ) : (
                  <>
                    {from > 0 ? '…' : ''}
                    <MarkedText text={hit.text} marks={hit.highlights} from={from} to={to} />
                    {to < hit.text.length ? '…' : ''}
                  </>
                )}
              </div>
              <button
                type="button"
                className="note-hit__open"
                data-testid="note-hit-open"
                aria-describedby={`${idPrefix}-${hit.annotationId}-badge ${idPrefix}-${hit.annotationId}-text`}
                disabled={!canOpen}
                title={canOpen ? 'Open the article at this highlight' : 'Not on one article: find it in the notes panel'}
                onClick={() => {
                  if (api && articleId !== null) api.openArticleAt(articleId, hit.annotationId);
                }}
              >
                {where(hit)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
