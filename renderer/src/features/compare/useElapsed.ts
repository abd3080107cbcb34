import { useEffect, useState } from 'react';

/** Seconds since `startedAt` (a `performance.now()` time), ticking ten times a second; null when not started. */
export function useElapsed(startedAt: number | null): number | null {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(performance.now()), 100);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? null : Math.max(0, (now - startedAt) / 1000);
}
