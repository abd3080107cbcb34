import { splitForEllipsis } from './middleEllipsisSplit';
import './MiddleEllipsis.css';

/**
 * A path or URL on one line that, when too long for its box, loses characters from its middle,
 * not its end: `/Users/ana/…/000_bd7bce52c9837f88.txt`. The file name (what tells files apart)
 * always shows; the full text is in the tooltip and in the page (copying or a screen reader gets it
 * whole). NB: a path broken across lines mid-word ("…f88.tx / t") read as two names (review #17).
 */
export function MiddleEllipsis({ text, title = text, className }: { text: string; title?: string; className?: string }) {
  const { head, tail } = splitForEllipsis(text);
  return (
    // The head's ellipsis may leave only a few characters of it: on purpose, the tail is the point.
    <span className={`middle-ellipsis${className ? ` ${className}` : ''}`} title={title} data-audit-allow-clip="">
      {head ? <span className="middle-ellipsis__head">{head}</span> : null}
      <span className="middle-ellipsis__tail">{tail}</span>
    </span>
  );
}
