/** Where Chromium is, or a sentence saying why none was found and how to get one. */
export type ChromiumLookup =
  { readonly path: string; readonly problem?: undefined } | { readonly path?: undefined; readonly problem: string };

/** How to get a browser, said once wherever one is missing. */
export declare const CHROMIUM_HINT: string;

/** The Chromium the end-to-end tests drive: `CHROMIUM_PATH` when set, else the first on the PATH. */
export declare function findChromium(env?: NodeJS.ProcessEnv): ChromiumLookup;
