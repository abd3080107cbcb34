import { useMemo } from 'react';
import type { ClusterSpan, Comparison } from '@shared/compare/compareArticlesTypes';
import { wordDiff } from '@shared/compare/alignment/wordDiff';
import type { Article } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { Icon } from '../../components/Icon';
import { ObjectNotes } from '../annotations/ObjectNotes';
import type { SelectedPassage, SourceRange } from './CompareView';
import { diffCounts, diffRuns, type DiffRun } from './diffRuns';
import { DiffText } from './DiffText';
import { passageSlots } from './markup';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';

/** Props of {@link PassagePanel}. */
export interface PassagePanelProps {
  comparison: Comparison;
  articles: readonly Article[];
  sources: ReadonlyMap<string, Source>;
  selected: SelectedPassage | null;
  onSelectedChange: (selected: SelectedPassage | null) => void;
  onStep: (direction: 1 | -1) => void;
  onReveal: (ranges: readonly SourceRange[]) => void;
}

const KIND_LABEL = { exact: 'Exact copy', light: 'Lightly edited', reworded: 'Reworded' } as const;

/**
 * Most word edits diffed on the UI thread. Diffing costs about (words × edits): a long passage
 * reworded throughout would hold the window for seconds, and its diff would not read anyway.
 */
const MAX_EDITS = 400;

interface Counterpart {
  readonly span: ClusterSpan;
  readonly source: Source;
  readonly runs: DiffRun[];
  /** Too different to diff word by word: `runs` is the other source's text as it is. */
  readonly undiffed: boolean;
}

/**
 * The passage picked in a column, source by source: each other source's wording against the one
 * picked, word by word — what it dropped (struck), added (underlined) and spelled differently
 * (`Daraa`/`Deraa`, dotted).
 */
export function PassagePanel({ comparison, articles, sources, selected, onSelectedChange, onStep, onReveal }: PassagePanelProps) {
  const texts = useMemo(() => new Map(articles.map((a) => [String(a.id), a.body])), [articles]);
  const cluster = selected ? comparison.clusters.find((c) => c.id === selected.clusterId) : undefined;
  const anchor =
    cluster && selected
      ? (cluster.spans.find((s) => s.articleId === selected.articleId && s.start === selected.spanStart) ?? null)
      : null;

  const counterparts = useMemo((): Counterpart[] => {
    if (!cluster || !anchor) return [];
    const a = texts.get(anchor.articleId) ?? '';
    const seen = new Set<string>([anchor.articleId]);
    const out: Counterpart[] = [];
    for (const span of cluster.spans) {
      const source = sources.get(span.articleId);
      if (seen.has(span.articleId) || !source) continue;
      seen.add(span.articleId);
      const b = texts.get(span.articleId) ?? '';
      const passage = { aStart: anchor.start, aEnd: anchor.end, bStart: span.start, bEnd: span.end };
      const segments = wordDiff(a, b, passage, { maxEdits: MAX_EDITS });
      // Above the limit the engine answers with the whole passage as one changed stretch.
      const undiffed = segments.length === 1 && segments[0]!.kind === 'changed' && span.end - span.start > 200;
      const runs = undiffed
        ? [{ kind: 'text' as const, text: b.slice(span.start, span.end) }]
        : diffRuns(a, b, segments, span.start, span.end);
      out.push({ span, source, runs, undiffed });
    }
    return out;
  }, [cluster, anchor, texts, sources]);

  if (!cluster || !anchor || !selected) {
    return (
      <div className="panel">
        <div className="panel-empty">
          <span className="panel-empty__icon">
            <Icon name="columns" size={20} />
          </span>
          <p className="panel-empty__title">Pick a coloured passage</p>
          <p>
            Click a passage in any column: its counterparts line up beside it, and here each source’s wording is compared with it
            word by word.
          </p>
          <p className="panel-empty__keys">
            <Kbd>N</Kbd> next passage · <Kbd>Shift N</Kbd> previous
          </p>
        </div>
      </div>
    );
  }

  const anchorSource = sources.get(anchor.articleId)!;
  const slot = passageSlots(comparison).get(cluster.id) ?? 1;
  const missing = comparison.articles.filter((a) => !cluster.articleIds.includes(a.id)).map((a) => sources.get(a.id)!);
  const anchorText = (texts.get(anchor.articleId) ?? '').slice(anchor.start, anchor.end);
  const noteSpans = cluster.spans.map((s) => ({
    articleId: Number(s.articleId),
    start: s.start,
    end: s.end,
    exact: (texts.get(s.articleId) ?? '').slice(s.start, s.end)
  }));

  return (
    <div className="panel" data-testid="passage-panel" data-cluster={cluster.id}>
      <header className="passage-head">
        <span className="passage-head__swatch" data-slot={slot} aria-hidden="true" />
        <div className="passage-head__text">
          <h3 className="passage-head__title">Shared passage {cluster.id.replace(/^p/, '')}</h3>
          <p className="passage-head__meta">
            In {cluster.articleIds.length} of {comparison.articles.length} sources
            {missing.length ? ` · not in ${missing.map((s) => s.letter).join(', ')}` : ''}
          </p>
        </div>
        <span className="passage-head__nav">
          <Button
            variant="ghost"
            size="sm"
            icon="arrow-up"
            aria-label="Previous passage (Shift N)"
            title="Previous passage (Shift N)"
            onClick={() => onStep(-1)}
          />
          <Button
            variant="ghost"
            size="sm"
            icon="arrow-down"
            aria-label="Next passage (N)"
            title="Next passage (N)"
            onClick={() => onStep(1)}
          />
          <Button
            variant="ghost"
            size="sm"
            icon="close"
            aria-label="Let go of the passage"
            title="Let go of the passage"
            onClick={() => onSelectedChange(null)}
          />
        </span>
      </header>
      <div className="passage-notes">
        <ObjectNotes key={cluster.id} target={{ kind: 'passage-note', spans: noteSpans }} label="this passage" testId="passage-notes" />
      </div>

      <section className="passage-card passage-card--anchor">
        <header className="passage-card__head">
          <SourceBadge
            source={anchorSource}
            onClick={() => onReveal([{ articleId: anchor.articleId, start: anchor.start, end: anchor.end }])}
          />
          <span className="passage-card__name" title={anchorSource.title}>
            {anchorSource.name}
          </span>
          <span className="passage-card__role">picked</span>
        </header>
        <p className="passage-card__text">{anchorText}</p>
      </section>

      <p className="panel__note diff-key">
        <span>Against {anchorSource.letter}:</span>
        <del className="diff-removed">only in {anchorSource.letter}</del>
        <ins className="diff-added">only in the other</ins>
        <mark data-variant="true">spelled differently</mark>
      </p>

      {counterparts.map(({ span, source, runs, undiffed }) => {
        const counts = diffCounts(runs);
        const same = counts.removed + counts.added + counts.variants === 0;
        return (
          <section key={span.articleId} className="passage-card" data-testid="passage-diff" data-article-id={source.articleId}>
            <header className="passage-card__head">
              <SourceBadge
                source={source}
                onClick={() => onReveal([{ articleId: span.articleId, start: span.start, end: span.end }])}
                title={`Show it in ${source.letter}`}
              />
              <span className="passage-card__name" title={source.title}>
                {source.name}
              </span>
              <span className={`kind-chip kind-chip--${span.kind}`}>{KIND_LABEL[span.kind]}</span>
            </header>
            <p className="passage-card__text">
              <DiffText runs={runs} firstLetter={anchorSource.letter} />
            </p>
            <p className="passage-card__counts">
              {undiffed ? (
                'Reworded too much to compare word by word'
              ) : same ? (
                'Same words'
              ) : (
                <>
                  {counts.removed ? <span>{counts.removed} dropped</span> : null}
                  {counts.added ? <span>{counts.added} added</span> : null}
                  {counts.variants ? <span>{counts.variants} spelled differently</span> : null}
                </>
              )}
            </p>
          </section>
        );
      })}
    </div>
  );
}
