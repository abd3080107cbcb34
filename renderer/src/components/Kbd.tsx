import './Kbd.css';

/** A keyboard key or shortcut as shown in hints (`⌘K`, `Ctrl K`, `Esc`). */
export function Kbd({ children }: { children: string }) {
  return <kbd className="kbd">{children}</kbd>;
}
