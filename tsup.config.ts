import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
  },
  {
    // The CLI and the batch worker are separate entry points: the worker file is loaded by path.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/corpus/batch-worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
]);
