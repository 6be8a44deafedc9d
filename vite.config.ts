// Vite build, dev server and Vitest configuration. Two test projects: `unit` (pure modules, Node)
// and `state` (*.svelte.test.ts: the reactive state classes compiled for Svelte's client runtime,
// so that $effect runs under $effect.root; in Node's default SSR transform effects do nothing).
// `npm test` runs both.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { curateSavePlugin } from './scripts/vite-curate-plugin.js';

// Budgets, not waits: the CLI and build tests start processes, and the machine's two cores are
// shared; a test that needs more than this is too big for a unit test.
const budgets = { testTimeout: 15_000, hookTimeout: 120_000 };

// Line coverage each folder must keep (`npm test` runs with --coverage, so CI enforces them). A
// folder's figure is over all its files together. Excluded: only code that cannot run in Node —
// the Web Worker entry files (their handlers are tested in process: layout-worker-core,
// import-protocol, analysis-worker-protocol) and type declarations.
const lines = (n: number) => ({ lines: n });
export const COVERAGE_THRESHOLDS = {
  'src/graph/**': lines(90),
  'src/model/**': lines(90),
  'src/io/**': lines(90),
  'src/state/**': lines(80),
  'src/render/**': lines(80),
  'src/layout/**': lines(80),
  'src/ui/**': lines(50),
};

export default defineConfig({
  plugins: [svelte(), curateSavePlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,svelte}'],
      exclude: ['src/**/*.d.ts', 'src/**/*.worker.ts', 'src/io/import-worker.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
      thresholds: COVERAGE_THRESHOLDS,
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
          // global.gc for the tests that check a structure is let go (WeakRef + gc)
          execArgv: ['--expose-gc'],
          ...budgets,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          // one Svelte runtime, the client one, for the compiled runes and for the test's imports
          server: { deps: { inline: [/svelte/] } },
          include: ['tests/unit/**/*.svelte.test.ts'],
          environment: './tests/unit/helpers/client-environment.ts',
          ...budgets,
        },
      },
    ],
  },
});
