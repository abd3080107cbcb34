import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** A React root that a hook test renders into, inside act(). */
export interface ActRoot {
  /** Renders `node` (the first call of a test mounts a fresh root; later calls re-render it). */
  render(node: ReactNode): void;
}

/**
 * Sets up a test file (under `// @vitest-environment jsdom`) for rendering hooks: React's act()
 * environment on, and the test's root unmounted after each test so no effect outlives it. Call it
 * once at the top level of the file.
 */
export function actRoot(): ActRoot {
  let root: Root | null = null;
  beforeAll(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
  });
  return {
    render(node) {
      root ??= createRoot(document.createElement('div'));
      act(() => root!.render(node));
    }
  };
}
