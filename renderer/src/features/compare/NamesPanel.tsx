import { useState } from 'react';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import type { NameEntity } from '@shared/compare/names/namesGroup';
import { foldText } from '@shared/text/fold';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../lib/format';
import type { SourceRange } from './CompareView';
import type { Source } from './sources';

/** Props of {@link NamesPanel}. */
export interface NamesPanelProps {
  comparison: Comparison;
  sources: ReadonlyMap<string, Source>;
  onReveal: (ranges: readonly SourceRange[]) => void;
}

const KINDS: ReadonlyArray<{ kind: NameEntity['kind']; title: string }> = [
  { kind: 'person', title: 'People' },
  { kind: 'place', title: 'Places' },
  { kind: 'organisation', title: 'Organisations' },
  { kind: 'unknown', title: 'Other names' }
];

/**
 * People, places and organisations, each once however the sources spell it (`Daraa`/`Deraa`,
 * `Jabbawi`/`Jabawi`), with how often each source names it. A count shows the source's mentions
 * in its column, one after the other.
 */
export function NamesPanel({ comparison, sources, onReveal }: NamesPanelProps) {
  const [filter, setFilter] = useState('');
  // Which mention a source's count shows next, per entity and source.
  const [cursor, setCursor] = useState<ReadonlyMap<string, number>>(new Map());
  const order = comparison.articles.map((a) => a.id);
  const folded = foldText(filter.trim());
  const shown = folded
    ? comparison.names.filter((e) => e.variants.some((v) => foldText(v.text).includes(folded)))
    : comparison.names;

  const showMention = (entity: NameEntity, sourceId: string) => {
    const mentions = entity.mentions.filter((m) => m.sourceId === sourceId);
    if (mentions.length === 0) return;
    const key = `${entity.id}|${sourceId}`;
    const index = (cursor.get(key) ?? 0) % mentions.length;
    const mention = mentions[index]!;
    setCursor(new Map(cursor).set(key, index + 1));
    onReveal([{ articleId: sourceId, start: mention.start, end: mention.end }]);
  };

  return (
    // NB: past six sources the counts leave the name no room in the panel: it goes on its own line.
    <div className={`panel${order.length > 6 ? ' names--stacked' : ''}`} style={{ ['--sources' as string]: order.length }}>
      <div className="names-filter">
        <Icon name="search" size={13} className="names-filter__icon" />
        <input
          className="names-filter__input"
          type="search"
          value={filter}
          placeholder={`Filter ${formatCount(comparison.names.length)} names`}
          aria-label="Filter names"
          spellCheck={false}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter) {
              event.preventDefault();
              setFilter('');
            }
          }}
        />
      </div>
      <div className="names-grid-head" aria-hidden="true">
        <span />
        {order.map((id) => (
          <span key={id} className="names-grid-head__letter" title={sources.get(id)?.title}>
            {sources.get(id)?.letter}
          </span>
        ))}
      </div>
      {KINDS.map(({ kind, title }) => {
        const entities = shown.filter((e) => e.kind === kind);
        if (entities.length === 0) return null;
        return (
          <section key={kind} className="panel__section names-section" aria-label={title}>
            <h3 className="panel__heading">
              {title} <span className="panel__heading-count">{entities.length}</span>
            </h3>
            <ul className="name-list">
              {entities.map((entity) => (
                <li
                  key={entity.id}
                  className="name-entity"
                  data-testid="name-entity"
                  data-kind={entity.kind}
                  data-variants={entity.variants.length}
                >
                  <span className="name-entity__name">
                    <span className="name-entity__main">{entity.name}</span>
                    {entity.variants.length > 1 ? (
                      <span className="name-entity__variants" title="Spellings found, most used first">
                        {entity.variants.map((v) => `${v.text} ${v.count}`).join(' · ')}
                      </span>
                    ) : null}
                  </span>
                  {order.map((sourceId) => {
                    const count = entity.counts[sourceId];
                    const source = sources.get(sourceId);
                    return count ? (
                      <button
                        key={sourceId}
                        type="button"
                        className="name-entity__count"
                        title={`${source?.letter} names ${entity.name} ${count === 1 ? 'once' : `${count} times`}: show ${count === 1 ? 'it' : 'the next'}`}
                        onClick={() => showMention(entity, sourceId)}
                      >
                        {count}
                      </button>
                    ) : (
                      <span key={sourceId} className="name-entity__count is-absent" title={`Not in ${source?.letter}`}>
                        ·
                      </span>
                    );
                  })}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {shown.length === 0 ? <p className="panel__lead">No name matches “{filter.trim()}”.</p> : null}
    </div>
  );
}
