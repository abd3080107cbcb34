import type { JSX } from 'react';

/** The names of the icons the UI uses. */
export type IconName =
  | 'search'
  | 'import'
  | 'close'
  | 'arrow-up'
  | 'arrow-down'
  | 'history'
  | 'alert'
  | 'check'
  | 'file'
  | 'book'
  | 'info'
  | 'folder'
  | 'help'
  | 'approx';

// Stroke paths on a 16×16 grid, drawn in currentColor so icons follow the text colour and theme.
const PATHS: Record<IconName, JSX.Element> = {
  search: (
    <>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25 13.5 13.5" />
    </>
  ),
  import: (
    <>
      <path d="M8 2.5v7.5" />
      <path d="M5 7l3 3 3-3" />
      <path d="M2.75 10.5v1.75c0 .69.56 1.25 1.25 1.25h8c.69 0 1.25-.56 1.25-1.25V10.5" />
    </>
  ),
  close: <path d="M4 4l8 8M12 4l-8 8" />,
  'arrow-up': <path d="M8 12.5v-9M4.5 7 8 3.5 11.5 7" />,
  'arrow-down': <path d="M8 3.5v9M4.5 9 8 12.5 11.5 9" />,
  history: (
    <>
      <path d="M2.75 8a5.25 5.25 0 1 0 1.6-3.78" />
      <path d="M2.5 2.75v2.5H5" />
      <path d="M8 5.25V8l1.75 1.25" />
    </>
  ),
  alert: (
    <>
      <path d="M8 2.25 14 13H2L8 2.25Z" />
      <path d="M8 6.5v3" />
      <path d="M8 11.25v.01" />
    </>
  ),
  check: <path d="M3.5 8.25 6.5 11.25 12.5 4.75" />,
  file: (
    <>
      <path d="M4 1.75h5L12.25 5v8.25c0 .55-.45 1-1 1H4c-.55 0-1-.45-1-1V2.75c0-.55.45-1 1-1Z" />
      <path d="M9 1.75V5h3.25" />
    </>
  ),
  book: (
    <>
      <path d="M2.25 3.25c1.9-.7 3.85-.7 5.75.5v9.5c-1.9-1.2-3.85-1.2-5.75-.5v-9.5Z" />
      <path d="M13.75 3.25c-1.9-.7-3.85-.7-5.75.5v9.5c1.9-1.2 3.85-1.2 5.75-.5v-9.5Z" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 7.25v3.5" />
      <path d="M8 5.25v.01" />
    </>
  ),
  help: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M6.4 6.4a1.65 1.65 0 1 1 2.3 1.52c-.43.18-.7.6-.7 1.06v.27" />
      <path d="M8 11.1v.01" />
    </>
  ),
  approx: (
    <>
      <path d="M3 6.25c1.5-1.5 3-1.5 5 0s3.5 1.5 5 0" />
      <path d="M3 10.25c1.5-1.5 3-1.5 5 0s3.5 1.5 5 0" />
    </>
  ),
  folder: <path d="M2 4.25c0-.55.45-1 1-1h3.25l1.5 1.5H13c.55 0 1 .45 1 1v6c0 .55-.45 1-1 1H3c-.55 0-1-.45-1-1v-7.5Z" />
};

/** A 16-pixel line icon. Decorative: the control it sits in carries the accessible name. */
export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
