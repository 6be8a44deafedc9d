// `npx tsx bench/profile-interaction.ts [--port 4313] [--dir dist-prof-4313] [--what filter|hover|select|step] [--reps 5]`:
// a CPU profile (Chromium CDP Profiler) of one kind of interaction on the bundled dataset
// (202 actors), repeated: the functions with the most self and inclusive time. For finding where
// an interaction's main-thread time goes (bench/browser.ts --bundled measures; this explains).
// Expects a built app in --dir (e.g. `npx vite build --mode e2e --minify false --outDir dist-prof-4313`).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { option } from './page-harness';

const port = Number(option('port', '4313'));
const dir = option('dir', `dist-prof-${port}`);
const what = option('what', 'filter');
const reps = Number(option('reps', '6'));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
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
      page.on('console', (m) => console.error('console:', m.text()));
      await page.goto(`http://127.0.0.1:${port}/`);
      const idle = () =>
        page.waitForFunction(() => window.__alignmap?.idle === true, null, {
          timeout: 60_000,
          polling: 50,
        });
      await idle();
      const box = (await page.getByTestId('graph').boundingBox())!;
      const where = async () =>
        (await page.evaluate((id) => window.__alignmap!.viewportPosition(id), 'japan'))!;
      const cb = page.locator('[data-testid="filter-relations"] input[type="checkbox"]').first();
      if (what === 'step') {
        await page.getByRole('radio', { name: 'At a date' }).check();
        await idle();
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < reps; i++) {
        if (what === 'filter') await cb.click();
        else if (what === 'hover') {
          await page.mouse.move(box.x + 5, box.y + 5);
          await idle();
          const at = await where();
          await page.mouse.move(box.x + at.x, box.y + at.y);
        } else if (what === 'select') {
          // (a selection moves the camera: where the actor is now)
          const at = await where();
          await page.mouse.click(box.x + at.x, box.y + at.y);
          await idle();
          await page.keyboard.press('Escape');
        } else await page.getByTestId('time-at').press('ArrowLeft');
        await idle();
      }
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const key = (n: Node) =>
        `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<number, number>();
      profile.samples.forEach((id, i) =>
        self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000),
      );
      const agg = new Map<string, number>();
      for (const [id, ms] of self)
        agg.set(key(byId.get(id)!), (agg.get(key(byId.get(id)!)) ?? 0) + ms);
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      // --under NAME: only samples whose stack holds a function of that name (e.g. the event handler)
      const under = option('under', '');
      const holds = (id: number) => {
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
          if (byId.get(cur)!.callFrame.functionName === under) return true;
        return false;
      };
      if (under) for (const id of [...self.keys()]) if (!holds(id)) self.delete(id);
      const incl = new Map<string, number>();
      for (const [id, ms] of self) {
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const k = key(byId.get(cur)!);
          if (seen.has(k)) continue;
          seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + ms);
        }
      }
      const top = (m: Map<string, number>, k: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(([f, ms]) => `  ${(ms / reps).toFixed(1).padStart(7)} ms/rep  ${f}`)
          .join('\n');
      console.log(`${what}, ${reps} reps`);
      console.log('self time:\n' + top(agg, 40));
      console.log('inclusive time:\n' + top(incl, 90));
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
