// Browser tests in Debian's headless Chromium (no browser downloads) against the built app.
// E2E_FIXTURE=1 builds without `build:data` and serves tests/fixtures/graph.json to the page instead
// (for when the real dataset does not validate yet); the tests compute their expectations from
// whatever graph.json the page receives.
import { defineConfig } from '@playwright/test';

const fixture = process.env.E2E_FIXTURE === '1';
// E2E_PORT lets several test runs share a machine: each builds into its own folder and serves it
// on its own port (default: dist/ on 4173, as `npm run preview`).
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_PORT ? `dist-e2e-${port}` : 'dist';
// --mode e2e: the build with the read-only test hook (window.__alignmap); production builds have none
const build = fixture
  ? `npx vite build --outDir ${outDir} --mode e2e`
  : `npm run build -- --outDir ${outDir} --mode e2e`;
const preview = `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // the fixture graph is a small stand-in: tests about the bundled data itself (curation edits
  // graph-data/, bilingual notes, the Eurasian framework's long name) are tagged @bundled-data and
  // left out of fixture runs here rather than skipped inside the tests
  testIgnore: fixture ? ['**/curate.spec.ts'] : [],
  grepInvert: fixture ? /@bundled-data/ : undefined,
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  // a budget per test, not a wait: an import test reloads and lays out three graphs on two cores
  timeout: 120_000,
  expect: {
    timeout: 15_000,
    // screenshot baselines (tests/e2e/screenshots.spec.ts): up to 0.1% of the pixels may differ (about 1,300)
    toHaveScreenshot: { maxDiffPixelRatio: 0.001, animations: 'disabled', caret: 'hide' },
  },
  // one baseline per view for every platform (CI runs the same Debian Chromium)
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  // no retries, in CI either: a test that passes only on a second try is a failing test
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `${build} && ${preview}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
