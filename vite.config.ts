// Vite build, dev server and Vitest configuration.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { curateSavePlugin } from './scripts/vite-curate-plugin.js';

export default defineConfig({
  plugins: [svelte(), curateSavePlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Budgets, not waits: the CLI and build tests start processes, and the machine's two
          // cores are shared; a test that needs more than this is too big for a unit test.
          testTimeout: 15_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
