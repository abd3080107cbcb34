import './SkeletonBar.css';

/** A grey placeholder bar standing in for text that is still loading. */
export function SkeletonBar({ width, height = 8, align = 'start' }: { width: string; height?: number; align?: 'start' | 'end' }) {
  return <span className={`skeleton-bar${align === 'end' ? ' skeleton-bar--end' : ''}`} style={{ width, height }} aria-hidden="true" />;
}
