import { defineConfig, type Options } from 'tsup';

/**
 * esbuild rewrites a regex literal with `\p{…}` outside a class into `new RegExp(…)` for a
 * node20 target, so one written inside a function was compiled anew on every call. Node 20
 * reads these escapes natively: the literals stay literals.
 */
const keepUnicodePropertyRegexes: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

/** The CLI and the batch worker: separate entry points, as the worker file is loaded by path. */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/corpus/batch-worker.ts' },
  format: ['esm'],
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  target: 'node20',
  shims: true,
  esbuildOptions: keepUnicodePropertyRegexes,
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
    esbuildOptions: keepUnicodePropertyRegexes,
  },
  cliBuild,
]);
