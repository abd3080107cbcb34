import './Spinner.css';

/** A small indeterminate spinner for work under way; decorative (the caller says what is busy). */
export function Spinner({ size = 16 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}
