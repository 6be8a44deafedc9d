// A 10,000-actor import (the seeded synthetic graph of bench/synthetic.ts, 50,000 relations)
// through the Import dialog. What only holds with the scale work (issue 9): the import worker
// hands the graph to the page in parts (1 start + 10 node parts + 50 edge parts of 1,000), which
// the page adds in slices of 500 per task (src/model/build-sliced.ts), and readies the graph in
// tasks of their own: no script of the import's own over 200 ms before the graph is handed to the
// view (the alignmap:graph-handoff mark), instead of one structured clone and graph build of the
// whole graph;
// the layout's frames stay short scripts; the graph is drawn, laid out, searchable; and a reload
// reopens it from IndexedDB through the worker, in parts again. The test watches the worker's
// messages and the page's long animation frames from outside the app (an init script), and waits
// for states, never for fixed times.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../../bench/synthetic';
import { SEND_PART_SIZE } from '../../src/io/import-protocol';
import { graphShot, pixelStats, routeData, searchOptions } from './helpers';

const ACTORS = 10_000;
const RELATIONS = 5 * ACTORS;
/** Parts of 1,000 (src/io/import-protocol.ts): a start, 10 of nodes, 50 of edges. */
const PARTS = 1 + ACTORS / SEND_PART_SIZE + RELATIONS / SEND_PART_SIZE;
/** Issue 9: no task of our own JavaScript over 200 ms (here: before the graph goes to the view). */
const OWN_SCRIPT_MS = 200;

interface Probe {
  /** [time, message type, part kind, ms the page's handler took] of the import worker's messages. */
  messages: [number, string, string | null, number][];
  /** Scripts of long animation frames: [start, invoker, ms]. */
  scripts: [number, string, number][];
  /** Long tasks (the `longtask` PerformanceObserver): [start, ms]. */
  long: [number, number][];
}

/** Records the workers' messages and long animation frames' scripts (before the app loads). */
function probe(): void {
  const w = window as unknown as { __probe: Probe };
  w.__probe = { messages: [], scripts: [], long: [] };
  const add = Worker.prototype.addEventListener;
  const wrapped = new WeakMap<object, EventListener>();
  Worker.prototype.addEventListener = function (
    this: Worker,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type !== 'message' || typeof listener !== 'function')
      return add.call(this, type, listener as EventListener, options);
    const wrapper: EventListener = (event) => {
      const t = performance.now();
      listener.call(this, event);
      const data = (event as MessageEvent).data as { type?: string; part?: { kind?: string } };
      if (data?.type !== 'positions')
        w.__probe.messages.push([
          t,
          String(data?.type),
          data?.part?.kind ?? null,
          performance.now() - t,
        ]);
    };
    wrapped.set(listener, wrapper);
    return add.call(this, type, wrapper, options);
  } as typeof Worker.prototype.addEventListener;
  const remove = Worker.prototype.removeEventListener;
  Worker.prototype.removeEventListener = function (
    this: Worker,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const wrapper = listener && wrapped.get(listener);
    return remove.call(this, type, (wrapper ?? listener) as EventListener, options);
  } as typeof Worker.prototype.removeEventListener;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      scripts: { startTime: number; invoker: string; duration: number }[];
    })[])
      for (const s of entry.scripts) w.__probe.scripts.push([s.startTime, s.invoker, s.duration]);
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__probe.long.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    ([n, e]) => window.__alignmap?.counts.nodes === n && window.__alignmap?.counts.edges === e,
    [ACTORS, RELATIONS],
    { timeout: 120_000 },
  );
}

async function waitForLayoutStop(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__alignmap!.layout.lastStop !== null && !window.__alignmap!.layout.running,
    null,
    { timeout: 120_000 },
  );
}

/** The worker's graph parts since `from`, and the longest time the page took over one. */
function parts(p: Probe, from: number) {
  const graph = p.messages.filter(([t, type]) => t >= from && type === 'graph');
  const ms = graph.map(([, , , t]) => t).sort((a, b) => a - b);
  return {
    kinds: graph.map(([, , kind]) => kind),
    median: ms[ms.length >> 1] ?? 0,
    longest: ms.at(-1) ?? 0,
  };
}

test('a 10,000-actor import arrives in parts, stays responsive, is laid out, searchable and reopens after a reload', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const file = join(mkdtempSync(join(tmpdir(), 'alignmap-scale-')), 'synthetic-10k.json');
  writeFileSync(file, JSON.stringify(syntheticGraph({ actors: ACTORS })));
  await page.addInitScript(probe);
  await routeData(page);
  await page.goto('');
  await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
    timeout: 30_000,
  });

  await page.getByTestId('open-import').click();
  const chosenAt = await page.evaluate(() => performance.now());
  // a path, not a buffer: the browser reads the file itself
  await page.getByTestId('import-input').setInputFiles(file);
  await waitForGraph(page);
  const shownAt = await page.evaluate(() => performance.now());

  const imported = parts(await readProbe(page), chosenAt);
  expect(imported.kinds).toEqual([
    'start',
    ...Array<string>(ACTORS / SEND_PART_SIZE).fill('nodes'),
    ...Array<string>(RELATIONS / SEND_PART_SIZE).fill('edges'),
  ]);
  expect(imported.kinds).toHaveLength(PARTS);
  // a part of 2,000 took the page about 10 ms (3–90 ms, one up to 450 ms at a load average of
  // 20 on 2 cores); the whole graph in one message took over a second there
  expect(imported.median).toBeLessThan(150);
  expect(imported.longest).toBeLessThan(1500);
  await expectShortOwnScripts(page, chosenAt, 'import');

  // The layout runs in its worker and stops by its rule or time limit; the page only copies
  // positions and draws: no frame callback script of over 2 s (they take 0.1–0.5 s here, with
  // the software GPU; before issue 9, noverlap ran 40 s on the main thread).
  await waitForLayoutStop(page);
  const layout = await page.evaluate(() => window.__alignmap!.layout);
  expect(layout.iterations).toBeGreaterThan(5);
  expect(['settled', 'time-limit']).toContain(layout.lastStop);
  const frames = (await readProbe(page)).scripts.filter(
    ([t, invoker]) => t >= shownAt && invoker === 'FrameRequestCallback',
  );
  expect(Math.max(0, ...frames.map(([, , ms]) => ms))).toBeLessThan(2000);
  // Issue 9's acceptance: from the file choice until the layout stopped and the relations are
  // drawn, no task over 1 s — as the `longtask` observer sees tasks, including those in which the
  // page waits for the software GPU to draw and read back its WebGL canvases. The graph mounts in
  // steps (src/ui/graph-attachment.svelte.ts), sigma draws a nodes-only mirror (src/render/node-mirror.ts)
  // as GL points and the edge layer the relations as lines written in slices after the stop:
  // 0.6–0.7 s at most here at a load of 11 on 2 cores (with sigma's GL lines, before the layer). Before, sigma's
  // triangles and rectangles made frames of 1.2–1.4 s on an idle machine and 3–4 s under load
  // (plain sigma's: 1.5–2.5 s idle). Long animation frames bound our scripts on their own.
  const stoppedAt = await page.evaluate(
    () => performance.getEntriesByName('alignmap:layout-stopped').at(-1)?.startTime ?? null,
  );
  expect(stoppedAt).not.toBeNull();
  // the stop's task (the final positions drawn) and the next frames
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const probed = await readProbe(page);
  const scripts = probed.scripts.filter(([t]) => t >= chosenAt && t <= stoppedAt! + 5000);
  expect(scripts.length).toBeGreaterThan(0); // the observer saw the import's work
  expect(Math.max(...scripts.map(([, , ms]) => ms))).toBeLessThan(1000);
  const long = probed.long.filter(([t]) => t >= chosenAt && t <= stoppedAt! + 1000);
  expect(long.length).toBeGreaterThan(0); // the observer saw tasks of the import
  const longest = Math.max(...long.map(([, ms]) => ms));
  test.info().annotations.push({
    type: 'longest task',
    description: `${longest.toFixed(0)} ms (import and layout, GPU waits included)`,
  });
  expect(longest).toBeLessThan(1000);
  await expect(page.getByTestId('dataset-source')).toContainText('synthetic-10k.json');

  // The relations are drawn by the edge layer (src/render/edge-layer.ts, in a canvas of its own
  // under the actors), written in slices after the stop: all 50,000, and they are what covers
  // the picture between the actors (the graph with the layer's canvas hidden has far less ink).
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 60_000 });
  expect(await page.evaluate(() => window.__alignmap!.drawnRelations())).toBe(RELATIONS);
  // Sigma's processing of the final positions was done in slices of tasks
  // (src/render/sliced-processing.ts) and left what its own one call leaves: positions, label
  // grid, node buffer, picking indices (the check runs sigma's and compares).
  expect(await page.evaluate(() => window.__alignmap!.processingCheck())).toEqual({
    sliced: true,
    differences: [],
  });
  const withRelations = await pixelStats(page, await graphShot(page, 'scale-10k-relations'));
  const layer = page.locator('canvas.sigma-alignmapEdges');
  await layer.evaluate((c: HTMLCanvasElement) => (c.style.visibility = 'hidden'));
  const without = await pixelStats(page, await graphShot(page, 'scale-10k-actors-only'));
  await layer.evaluate((c: HTMLCanvasElement) => (c.style.visibility = ''));
  test.info().annotations.push({
    type: 'ink',
    description: `${withRelations.ink} px with the relations, ${without.ink} without`,
  });
  expect(withRelations.ink - without.ink).toBeGreaterThan(0.05 * withRelations.total);
  // hidden while the camera pans, drawn again once it rests
  const box = (await page.getByTestId('graph').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 30_000 });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const panned = await pixelStats(page, await graphShot(page, 'scale-10k-panned'));
  expect(panned.ink - without.ink).toBeGreaterThan(0.05 * panned.total);

  // interactive: the search finds one actor among 10,000 and selects it
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Actor 4242');
  await expect(searchOptions(page).first()).toContainText('Actor 4242');
  await search.press('Enter');
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText(
    'Actor 4242',
  );
  await page.keyboard.press('Escape');
  await graphShot(page, 'scale-10k-selected');

  // the import was stored by the worker; a reload reopens it through the worker, in parts
  await page.waitForFunction(
    () =>
      (window as unknown as { __probe: Probe }).__probe.messages.some(([, t]) => t === 'stored'),
    null,
    { timeout: 120_000 },
  );
  await page.reload();
  await waitForGraph(page);
  const restored = parts(await readProbe(page), 0);
  expect(restored.kinds).toHaveLength(PARTS);
  expect(restored.median).toBeLessThan(150);
  expect(restored.longest).toBeLessThan(1500);
  await expectShortOwnScripts(page, 0, 'reload');
  await expect(page.getByTestId('dataset-source')).toContainText('synthetic-10k.json');
  // Reopened where it was left, and drawn at the container's size with all its relations: a
  // Sigma constructed here (no view to take one over from) starts at 1×1 and is sized in a later
  // step (src/render/sigma-host.ts); every canvas, the layers that take its size included, ends
  // at the container's. (`idle` counts the graph's mount and fill as drawing.)
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 60_000 });
  expect(await page.evaluate(() => window.__alignmap!.layout.lastStop)).toBe('saved');
  expect(await page.evaluate(() => window.__alignmap!.drawnRelations())).toBe(RELATIONS);
  expect(await page.evaluate(() => window.__alignmap!.processingCheck())).toEqual({
    sliced: true,
    differences: [],
  });
  const canvases = await page.getByTestId('graph').evaluate((graph: HTMLElement) => ({
    want: [graph.offsetWidth, graph.offsetHeight].map((px) => Math.round(px * devicePixelRatio)),
    sizes: [...graph.querySelectorAll('canvas')].map((c) => [c.className, c.width, c.height]),
  }));
  expect(canvases.sizes.length).toBeGreaterThan(3);
  for (const [name, width, height] of canvases.sizes)
    expect([name, width, height]).toEqual([name, ...canvases.want]);
  const reopened = await pixelStats(page, await graphShot(page, 'scale-10k-reopened'));
  expect(reopened.ink).toBeGreaterThan(0.5 * withRelations.ink);

  // back to the bundled dataset: the view takes over the large graph's Sigma (points → discs);
  // the large graph's view, on its way out, must not style the new graph's actors
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Back to default dataset' }).click();
  await page.waitForFunction(
    () => (window.__alignmap?.counts.nodes ?? Infinity) < 1000 && window.__alignmap?.idle === true,
    null,
    { timeout: 60_000 },
  );
  const back = await pixelStats(page, await graphShot(page, 'scale-back-to-default'));
  expect(back.ink).toBeGreaterThan(0.01 * back.total);
  expect(errors).toEqual([]);
});

/**
 * From `from` (the file choice, or the navigation) until the graph is handed to the view, no
 * script of a long animation frame over OWN_SCRIPT_MS: the worker's messages, the slices that build
 * the graph, its start positions and label font. (The task that hands it over and sigma's mount
 * come after the mark: the view's work, held to 1 s above.) Recorded as an annotation too.
 */
async function expectShortOwnScripts(page: Page, from: number, path: string): Promise<void> {
  const handoff = await page.evaluate(
    () => performance.getEntriesByName('alignmap:graph-handoff').at(-1)?.startTime ?? null,
  );
  expect(handoff, 'the graph-handoff mark (src/state/dataset-state.svelte.ts)').not.toBeNull();
  const own = (await readProbe(page)).scripts.filter(
    ([t, , ms]) => t >= from && t + ms <= handoff!,
  );
  const longest = Math.max(0, ...own.map(([, , ms]) => ms));
  test.info().annotations.push({
    type: `longest own script before the handoff (${path})`,
    description: `${longest.toFixed(0)} ms over ${own.length} scripts`,
  });
  expect(longest).toBeLessThan(OWN_SCRIPT_MS);
}
