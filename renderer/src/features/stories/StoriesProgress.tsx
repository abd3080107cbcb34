import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { describeStoriesProgress, type RunningStoriesJob } from '@shared/stories/storiesProgressText';

/** Props of {@link StoriesProgress}. */
export interface StoriesProgressProps {
  running: RunningStoriesJob;
  cancelling: boolean;
  onCancel: () => void;
  /** Where the keyboard goes when the line goes while it held the focus (the job ended); keep it stable. */
  onFocusLeft: () => void;
}

/**
 * The stories sidebar's line while stories are grouped: the job and its phase (announced politely
 * as it changes, not at every step), a bar with the phase's percentage where it is counted, and
 * Cancel, which stops the job with the stories as they were.
 */
export function StoriesProgress({ running, cancelling, onCancel, onFocusLeft }: StoriesProgressProps) {
  const line = describeStoriesProgress(running);
  const holdsFocus = useRef(false);
  // NB: a focused element removed from the page leaves the focus on <body>: hand it on instead.
  useEffect(
    () => () => {
      if (holdsFocus.current) requestAnimationFrame(onFocusLeft);
    },
    [onFocusLeft]
  );
  return (
    <div
      className="stories__progress"
      data-testid="stories-progress"
      data-phase={running.phase}
      onFocus={() => (holdsFocus.current = true)}
      onBlur={(e) => (holdsFocus.current = e.currentTarget.contains(e.relatedTarget))}
    >
      <div className="stories__progress-head">
        <p className="stories__progress-text" role="status" aria-live="polite">
          {cancelling ? 'Stopping; the stories stay as they were…' : `${line.text}…`}
        </p>
        {line.percent !== null ? (
          <span className="stories__progress-percent" aria-hidden="true">
            {line.percent}%
          </span>
        ) : null}
      </div>
      <div className="stories__progress-bar">
        <ProgressBar
          size="sm"
          value={line.percent}
          max={100}
          label={line.text}
          {...(line.percent !== null ? { valueText: `${line.percent}%` } : {})}
        />
        {line.cancellable ? (
          <Button
            size="sm"
            variant="ghost"
            aria-disabled={cancelling || undefined}
            title="Stop grouping; the stories stay as they were"
            onClick={() => {
              if (!cancelling) onCancel();
            }}
            data-testid="stories-cancel"
          >
            Cancel
          </Button>
        ) : null}
      </div>
    </div>
  );
}
