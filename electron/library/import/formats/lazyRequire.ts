import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded the first time it is needed. NB: the encoding detector and the YAML
 * parser take ~70 ms to compile and most imports (valid UTF-8 without front matter) never call
 * them; every extraction worker and CLI run used to pay that at start.
 *
 * @example const jschardet = lazyRequire<typeof import('jschardet')>('jschardet'); jschardet().detect(...)
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
