// Types of scripts/bundle.js for the tests (the script itself is plain ESM so that the build needs no compiler).
/** Bundle file in dist/ (without `.js`) → compiled module it starts from. */
export declare const ENTRIES: Readonly<Record<string, string>>;
/** Bundles dist/src/**\/*.js into dist/*.js; rejects when the build fails or makes a file other than the entries. */
export declare function bundle(): Promise<void>;
