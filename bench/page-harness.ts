// Shared set-up of the browser benches (bench/browser.ts and the one-off probes: profile-import,
// heap-import, longest-tasks, ...): command-line options, waiting for a server, a `vite preview`
// of a built app, a seeded synthetic graph written to a file, and a headless Chromium page with
// software WebGL; everything is closed afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticGraph } from './synthetic';

/** Resolves once a server answers on the port (40 s at most, then an error naming the port). */
export async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`bench: no server on port ${port}`);
}

export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export interface ProbeRun {
  browser: Browser;
  page: Page;
  /** The synthetic graph's JSON file, for the Import dialog. */
  file: string;
}

/**
 * Serves `dir` on `port`, writes the synthetic graph of `actors` (none for 0: the file is ''),
 * opens a page, runs `probe`.
 */
export async function withProbePage(
  { port, dir, actors }: { port: number; dir: string; actors: number },
  probe: (run: ProbeRun) => Promise<void>,
): Promise<void> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer(port);
    const file =
      actors > 0
        ? join(mkdtempSync(join(tmpdir(), 'alignmap-probe-')), `synthetic-${actors}.json`)
        : '';
    if (file) writeFileSync(file, JSON.stringify(syntheticGraph({ actors })));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await probe({ browser, page, file });
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

/**
 * Waits until the app's layout has stopped since `since` (performance.now()) — or, on a reload
 * (`since` 0), came back with the positions its user left (no run) — and it is idle again.
 */
export async function settled(page: Page, since = 0): Promise<void> {
  await page.waitForFunction(
    (t) =>
      performance.getEntriesByName('alignmap:layout-stopped').some((e) => e.startTime >= t) ||
      (t === 0 && window.__alignmap?.layout.lastStop === 'saved'),
    since,
    { timeout: 1_800_000, polling: 500 },
  );
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, {
    timeout: 600_000,
    polling: 500,
  });
}

/** Imports `file` through the Import dialog and waits for the layout's stop and the app's idle. */
export async function importAndSettle(page: Page, file: string): Promise<number> {
  await page.getByTestId('open-import').click();
  const chosen = await page.evaluate(() => performance.now());
  await page.getByTestId('import-input').setInputFiles(file);
  await settled(page, chosen);
  return chosen;
}

/** Reloads the page (a stored import comes back from IndexedDB) and waits as `settled` does. */
export async function reloadAndSettle(page: Page): Promise<void> {
  await page.reload({ timeout: 600_000 });
  await settled(page);
}
