import type { Source } from './sources';

/** Props of {@link SourceBadge}. */
export interface SourceBadgeProps {
  source: Source;
  /** Makes the badge a button (to show that source's text). */
  onClick?: () => void;
  /** Shown after the letter, e.g. a count. */
  detail?: string;
  /** Tooltip; by default the source's name and title. */
  title?: string;
  pressed?: boolean;
}

/** The letter that stands for one compared article everywhere in the comparison (`A`, `B`…). */
export function SourceBadge({ source, onClick, detail, title, pressed }: SourceBadgeProps) {
  const tip = title ?? `${source.letter} · ${source.outlet ? `${source.outlet}: ` : ''}${source.title}`;
  const content = (
    <>
      <span className="source-badge__letter">{source.letter}</span>
      {detail ? <span className="source-badge__detail">{detail}</span> : null}
    </>
  );
  if (!onClick) {
    return (
      <span className="source-badge" title={tip}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" className="source-badge source-badge--button" title={tip} aria-pressed={pressed} onClick={onClick}>
      {content}
    </button>
  );
}
