import type { JSX } from 'react';

/** The names of the icons the UI uses. */
export type IconName =
  | 'search'
  | 'import'
  | 'export'
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
  | 'approx'
  | 'columns'
  | 'pencil'
  | 'merge'
  | 'split'
  | 'sidebar'
  | 'stack'
  | 'quote'
  | 'hash'
  | 'person'
  | 'wire'
  | 'chevron-left'
  | 'chevron-right'
  | 'panel-right'
  | 'refresh'
  | 'move'
  | 'link'
  | 'grid'
  | 'settings'
  | 'more';

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
  export: (
    <>
      <path d="M8 10V2.5" />
      <path d="M5 5.5 8 2.5l3 3" />
      <path d="M2.75 9.5v2.75c0 .69.56 1.25 1.25 1.25h8c.69 0 1.25-.56 1.25-1.25V9.5" />
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
  folder: <path d="M2 4.25c0-.55.45-1 1-1h3.25l1.5 1.5H13c.55 0 1 .45 1 1v6c0 .55-.45 1-1 1H3c-.55 0-1-.45-1-1v-7.5Z" />,
  columns: (
    <>
      <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
      <path d="M6 2.75v10.5M10 2.75v10.5" />
    </>
  ),
  pencil: (
    <>
      <path d="M10.5 2.75 13.25 5.5 6 12.75l-3.25.5.5-3.25 7.25-7.25Z" />
      <path d="M9 4.25 11.75 7" />
    </>
  ),
  merge: (
    <>
      <path d="M4 2.5v2.25c0 1.5 1 2.5 2.5 3.25L8 8.75l1.5-.75C11 7.25 12 6.25 12 4.75V2.5" />
      <path d="M8 8.75v4.75" />
      <path d="M5.75 11.25 8 13.5l2.25-2.25" />
    </>
  ),
  split: (
    <>
      <path d="M8 2.5v4.75" />
      <path d="M8 7.25 4.5 10.5v3M8 7.25l3.5 3.25v3" />
      <path d="M5.75 4.75 8 2.5l2.25 2.25" />
    </>
  ),
  sidebar: (
    <>
      <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
      <path d="M6 2.75v10.5" />
    </>
  ),
  'panel-right': (
    <>
      <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
      <path d="M10 2.75v10.5" />
    </>
  ),
  stack: (
    <>
      <path d="M8 2.25 14 5.25 8 8.25 2 5.25 8 2.25Z" />
      <path d="M2 8 8 11l6-3" />
      <path d="M2 10.75 8 13.75l6-3" />
    </>
  ),
  quote: (
    <>
      <path d="M3 9.5c0-2.5 1-4.25 3-5" />
      <path d="M3 9.5h2.75v3H3v-3Z" />
      <path d="M9 9.5c0-2.5 1-4.25 3-5" />
      <path d="M9 9.5h2.75v3H9v-3Z" />
    </>
  ),
  hash: <path d="M6.25 2.5 5 13.5M11 2.5 9.75 13.5M2.75 6h11M2.25 10h11" />,
  person: (
    <>
      <circle cx="8" cy="5.25" r="2.5" />
      <path d="M3 13.5c.5-2.5 2.5-4 5-4s4.5 1.5 5 4" />
    </>
  ),
  wire: (
    <>
      <circle cx="8" cy="8" r="1.5" />
      <path d="M5.2 10.8a4 4 0 0 1 0-5.6M10.8 5.2a4 4 0 0 1 0 5.6" />
      <path d="M3.1 12.9a7 7 0 0 1 0-9.8M12.9 3.1a7 7 0 0 1 0 9.8" />
    </>
  ),
  // Three dots: a menu of the actions a narrow toolbar has no room for.
  more: <path d="M3.5 8h.01M8 8h.01M12.5 8h.01" strokeWidth="2.25" strokeLinecap="round" />,
  'chevron-left': <path d="M10 3.5 5.5 8l4.5 4.5" />,
  'chevron-right': <path d="M6 3.5 10.5 8 6 12.5" />,
  refresh: (
    <>
      <path d="M13.25 8A5.25 5.25 0 1 1 11.7 4.3" />
      <path d="M13.5 2.25V5h-2.75" />
    </>
  ),
  move: (
    <>
      <path d="M2 4.25c0-.55.45-1 1-1h3.25l1.5 1.5H13c.55 0 1 .45 1 1v6c0 .55-.45 1-1 1H3c-.55 0-1-.45-1-1v-7.5Z" />
      <path d="M6 9h4M8.5 7.25 10.25 9 8.5 10.75" />
    </>
  ),
  link: (
    <>
      <path d="M6.75 9.25a2.5 2.5 0 0 0 3.5 0l2-2a2.5 2.5 0 0 0-3.5-3.5l-.75.75" />
      <path d="M9.25 6.75a2.5 2.5 0 0 0-3.5 0l-2 2a2.5 2.5 0 0 0 3.5 3.5l.75-.75" />
    </>
  ),
  grid: (
    <>
      <rect x="2.5" y="2.5" width="4.5" height="4.5" rx="1" />
      <rect x="9" y="2.5" width="4.5" height="4.5" rx="1" />
      <rect x="2.5" y="9" width="4.5" height="4.5" rx="1" />
      <rect x="9" y="9" width="4.5" height="4.5" rx="1" />
    </>
  ),
  // Three sliders, each line broken around its knob: what a settings control looks like without a gear's fine teeth at 16 px.
  settings: (
    <>
      <path d="M2.5 4h6M11.5 4h2M2.5 8h1.5M7 8h6.5M2.5 12h5M10.5 12h3" />
      <circle cx="10" cy="4" r="1.5" />
      <circle cx="5.5" cy="8" r="1.5" />
      <circle cx="9" cy="12" r="1.5" />
    </>
  )
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
