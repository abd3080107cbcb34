import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './Splitter.css';

/** Props of {@link Splitter}. */
export interface SplitterProps {
  /** Width in pixels of the pane before the splitter. */
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
}

const KEY_STEP = 24;

/**
 * A vertical drag handle between two panes, also movable with the arrow keys (it is an ARIA
 * `separator`, so screen readers announce it as resizable).
 */
export function Splitter({ value, min, max, onChange, label }: SplitterProps) {
  const drag = useRef<{ startX: number; startValue: number } | null>(null);
  const clamp = (n: number) => Math.round(Math.min(Math.max(n, min), max));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(clamp(drag.current.startValue + event.clientX - drag.current.startX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') onChange(clamp(value - KEY_STEP));
    else if (event.key === 'ArrowRight') onChange(clamp(value + KEY_STEP));
    else if (event.key === 'Home') onChange(min);
    else if (event.key === 'End') onChange(max);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
