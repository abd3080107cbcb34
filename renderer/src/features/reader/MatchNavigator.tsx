import { Button } from '../../components/Button';
import { formatCount } from '../../lib/format';

/** Props of {@link MatchNavigator}. */
export interface MatchNavigatorProps {
  /** How many matches the text has (at least one). */
  count: number;
  /** The match in view, 0-based. */
  current: number;
  onGo: (index: number) => void;
}

/** "2 of 7" with previous/next buttons, to walk the search terms' occurrences in the article. */
export function MatchNavigator({ count, current, onGo }: MatchNavigatorProps) {
  return (
    <div className="match-nav" role="group" aria-label="Matches in the article">
      <span className="match-nav__count" aria-live="polite">
        {formatCount(current + 1)} of {formatCount(count)} {count === 1 ? 'match' : 'matches'}
      </span>
      <Button
        variant="ghost"
        size="sm"
        icon="arrow-up"
        aria-label="Previous match"
        onClick={() => onGo((current - 1 + count) % count)}
      />
      <Button variant="ghost" size="sm" icon="arrow-down" aria-label="Next match" onClick={() => onGo((current + 1) % count)} />
    </div>
  );
}
