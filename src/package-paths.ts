declare global {
  interface ImportMeta {
    /** `true` in the esbuild bundles in dist/bundle/ (scripts/bundle.mjs defines it); absent in tsc's output. */
    readonly gdprScanBundle?: boolean;
  }
}

// This module is dist/package-paths.js (tsc), or part of a file in dist/bundle/ (every bundle file sits there).
const bundled = import.meta.gdprScanBundle === true;

/** The package folder: package.json and rules/. */
export const PACKAGE_ROOT: URL = new URL(bundled ? '../../' : '../', import.meta.url);

/** The script worker threads run: the bundled worker next to the bundled CLI, else tsc's dist/engine/worker.js. */
export const WORKER_SCRIPT: URL = new URL(bundled ? './worker.cjs' : './engine/worker.js', import.meta.url);

/** The parsed rules stored by `npm run build` (dist/rules.snapshot), beside the compiled code that reads it. */
export const RULES_SNAPSHOT: URL = new URL(bundled ? '../rules.snapshot' : './rules.snapshot', import.meta.url);

/** The hash of the worker bundle that `npm run build` writes (dist/code-hash.txt; see src/cache/code-hash.ts). */
export const CODE_HASH: URL = new URL(bundled ? '../code-hash.txt' : './code-hash.txt', import.meta.url);
