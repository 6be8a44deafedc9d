// A Vitest environment for the reactive state tests (*.svelte.test.ts): plain Node globals, but
// modules transformed as for the browser, so that Svelte compiles runes for its client runtime
// ($effect runs; the server output has no effects).
import type { Environment } from 'vitest/environments';

export default {
  name: 'node-client',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;
