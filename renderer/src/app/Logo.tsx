/** The Crosscheck mark: two overlapping pages, one story seen twice. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="logo">
      <rect x="2.5" y="3.5" width="12" height="15" rx="2.5" className="logo__back" />
      <rect x="9.5" y="5.5" width="12" height="15" rx="2.5" className="logo__front" />
      <path d="M12.5 10h6M12.5 13h6M12.5 16h3.5" className="logo__lines" />
    </svg>
  );
}
