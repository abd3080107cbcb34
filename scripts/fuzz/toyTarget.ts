/**
 * A toy target for fuzz.test.ts: each branch needs one more right byte, so only an input kept for
 * reaching the branch before can be mutated into one that reaches the next.
 *
 * @returns how deep the input got (3: it starts with `<p>`).
 */
export function toyDepth(bytes: Uint8Array): number {
  if (bytes[0] === 0x3c) {
    if (bytes[1] === 0x70) {
      if (bytes[2] === 0x3e) return 3;
      return 2;
    }
    return 1;
  }
  return 0;
}
