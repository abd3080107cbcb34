import type { Ref } from 'react';

/**
 * Points a ref the caller passed in at an element, whichever kind of ref it is; for components
 * that need the element themselves and also hand it to their parent.
 */
export function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
