import './ProgressBar.css';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Work done so far; null while the total is not known yet (an indeterminate bar). */
  value: number | null;
  max: number;
  /** What the bar measures, for screen readers ("Import progress"). */
  label: string;
  /** How screen readers read the value ("340 of 1,500 files"); the percentage otherwise. */
  valueText?: string;
  size?: 'sm' | 'md';
}

/**
 * A horizontal progress bar, announced as an ARIA `progressbar`. Without a value it shows a
 * sweeping stripe: work has started, but how much there is is not known yet.
 */
export function ProgressBar({ value, max, label, valueText, size = 'md' }: ProgressBarProps) {
  const known = value !== null && max > 0;
  const fraction = known ? Math.min(Math.max(value / max, 0), 1) : 0;
  return (
    <div
      className={`progress progress--${size}${known ? '' : ' is-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={known ? valueText : undefined}
    >
      <span className="progress__fill" style={known ? { transform: `scaleX(${fraction})` } : undefined} />
    </div>
  );
}
