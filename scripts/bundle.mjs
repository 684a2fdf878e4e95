// Bundles the built CLI and its worker-thread script (tsc's dist/) into dist/bundle/, so start-up does not
// resolve and load ~100 modules one by one. Run by `npm run build` after tsc; dist/index.js (the library)
// and the rest of dist/ stay as tsc wrote them.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const EXTERNAL = ['pdf-parse', '@kenjiuno/msgreader', '@kenjiuno/decompressrtf', 'piscina'];

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  define: { 'import.meta.gdprScanBundle': 'true' },
  // pdf-parse and the Outlook reader: heavy and needed only for PDFs and .msg files (lazy imports). piscina: starts
  // its own worker script by path.
  external: EXTERNAL,
  // CommonJS dependencies inside an ESM bundle still call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __gdprScanCreateRequire } from 'node:module';\nconst require = __gdprScanCreateRequire(import.meta.url);" },
  // Maps back to src/ through tsc's maps; used for stack traces with GDPR_SCAN_DEBUG (see bin/gdpr-scan).
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
};

await Promise.all([
  // The CLI in chunks: what main.js and the commands import on demand (a command's run, a report format, the
  // config parser, the scanner for --jobs 1, the worker pool) is loaded only when used. Every output file
  // sits in dist/bundle/: src/package-paths.ts finds the package root and the worker from there.
  build({ ...common, entryPoints: { cli: 'dist/cli/main.js' }, splitting: true, chunkNames: 'chunk-[hash]' }),
  // The worker thread needs all of its code at once: one file, and CommonJS, which piscina's worker script
  // (itself CommonJS) require()s without starting the ES module loader in the new thread (~12 ms per thread).
  build({
    ...common,
    entryPoints: { worker: 'dist/engine/worker.js' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { ...common.define, 'import.meta.url': '__gdprScanModuleUrl' },
    banner: { js: "const __gdprScanModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
]);

// What `--cache` checks besides the version and the rules (src/cache/code-hash.ts): the worker bundle holds every
// line of code that reads files and finds personal data, and the external packages it loads are named by version.
// A change that alters findings without a version bump then still makes an old cache unusable.
const codeHash = createHash('sha256').update(readFileSync(`${outdir}/worker.cjs`));
for (const name of EXTERNAL) codeHash.update(`\0${name}@${JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version}`);
writeFileSync(`${root}dist/code-hash.txt`, `${codeHash.digest('hex')}\n`);
