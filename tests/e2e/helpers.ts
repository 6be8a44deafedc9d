// Shared helpers for the browser tests: open the app and wait for the layout to stop, read the
// graph the page received, save screenshots, and analyse screenshot pixels inside the page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { SerializedAlignmapGraph } from '../../src/model/graph-types';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/graph.json', import.meta.url));
export const useFixture = process.env.E2E_FIXTURE === '1';

/** In fixture mode, every page gets tests/fixtures/graph.json as data/graph.json. */
export async function routeData(page: Page): Promise<void> {
  if (!useFixture) return;
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(FIXTURE, 'utf8') }),
  );
}

interface Hook {
  /** Layout stopped, camera at rest and reported to the URL, the current view drawn. */
  idle: boolean;
  layout: {
    running: boolean;
    lastStop: string | null;
    lastRunMs: number | null;
    iterations: number;
  };
  counts: {
    nodes: number;
    edges: number;
    visibleNodes: number;
    visibleEdges: number;
    isolatedHidden: number;
  };
  displayedLabel(id: string): string | null;
  processingCheck(): { sliced: boolean; differences: string[] } | null;
  /** Ids whose label sigma drew in the last frame. */
  drawnLabels(): string[];
  /** Relations a large graph's edge layer draws (null: sigma draws them). */
  drawnRelations(): number | null;
  drawingRelations: boolean;
  actorsShown: boolean;
  /** The labels drawn in the last frame: node id, box in the graph container (CSS px), forced. */
  labelBoxes(): {
    id: string;
    box: { x: number; y: number; width: number; height: number };
    forced: boolean;
  }[];
  /** Ids whose label is always drawn (the largest visible actors). */
  forcedLabels(): string[];
  /** Ids of the actors the filters, focus and time leave visible. */
  visibleNodeIds(): string[];
  viewportPosition(id: string): { x: number; y: number } | null;
  /** A node's position in graph units and whether it is pinned (dragged). */
  graphPosition(id: string): { x: number | null; y: number | null; fixed: boolean } | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  /** The colour the style gives a node now (kind, bloc colour, or dimmed). */
  nodeColor(id: string): string;
  edgeSize(id: string): number;
  analysis: {
    busy: boolean;
    dimmedNodes: number;
    dimmedEdges: number;
    messages: string[];
    blocs: { color: string; members: string[] }[];
    blocsMs: number | null;
    balanceMs: number | null;
    rankMs: number | null;
    pathsMs: number | null;
    pathNodes: string[] | null;
    emphasis: { nodes: string[]; edges: string[] } | null;
  };
}
declare global {
  interface Window {
    __alignmap?: Hook;
  }
}

/** Opens the app at `query` and waits until the first layout run has stopped. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await routeData(page);
  await page.goto(query);
  await waitForLayout(page);
}

export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('status-layout')).toHaveAttribute('data-running', 'false');
  await waitForIdle(page);
}

/**
 * Waits for the graph view to settle: layout stopped, no camera move waiting or animating and the
 * camera reported (to the URL), the current view drawn (the hook's `idle`, e2e build only).
 */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 30_000 });
}

export async function hook<T>(page: Page, fn: (h: Hook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__alignmap)`) as Promise<T>;
}

/** The graph.json the page received (fixture or real data), for computing expectations. */
export async function servedGraph(page: Page): Promise<SerializedAlignmapGraph> {
  if (useFixture) return JSON.parse(readFileSync(FIXTURE, 'utf8')) as SerializedAlignmapGraph;
  const response = await page.request.get('data/graph.json');
  return (await response.json()) as SerializedAlignmapGraph;
}

export async function graphShot(page: Page, name: string): Promise<Buffer> {
  return page.getByTestId('graph').screenshot({ path: `${ARTIFACTS}${name}.png` });
}

export interface PixelStats {
  total: number;
  /** Pixels that differ clearly from the background colour. */
  ink: number;
  /** Distinct colours among ink pixels, quantised to 4 bits per channel. */
  colours: number;
}

const decodeInPage = `async (b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}`;

export async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(
    `(async () => {
      const decode = ${decodeInPage};
      const d = await decode(${JSON.stringify(png.toString('base64'))});
      let ink = 0; const colours = new Set();
      for (let i = 0; i < d.length; i += 4) {
        const diff = Math.abs(d[i] - 252) + Math.abs(d[i + 1] - 252) + Math.abs(d[i + 2] - 250);
        if (diff > 30) { ink++; colours.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4)); }
      }
      return { total: d.length / 4, ink, colours: colours.size };
    })()`,
  ) as Promise<PixelStats>;
}

/** Number of pixels within `tolerance` (sum of channel differences) of the colour `hex`. */
export async function colourPixels(
  page: Page,
  png: Buffer,
  hex: string,
  tolerance = 24,
): Promise<number> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    `(async () => {
      const decode = ${decodeInPage};
      const d = await decode(${JSON.stringify(png.toString('base64'))});
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i] - ${r}) + Math.abs(d[i + 1] - ${g}) + Math.abs(d[i + 2] - ${b}) <= ${tolerance}) n++;
      return n;
    })()`,
  ) as Promise<number>;
}

/** Number of pixels that differ clearly between two same-sized screenshots. */
export async function pixelDiff(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    `(async () => {
      const decode = ${decodeInPage};
      const x = await decode(${JSON.stringify(a.toString('base64'))});
      const y = await decode(${JSON.stringify(b.toString('base64'))});
      if (x.length !== y.length) return -1;
      let n = 0;
      for (let i = 0; i < x.length; i += 4)
        if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 30) n++;
      return n;
    })()`,
  ) as Promise<number>;
}

/**
 * The colours [r, g, b] of the pixels around each of `points` (CSS pixels of the screenshot,
 * rounded): the (2 radius + 1)² pixels of its neighbourhood, the point's own first.
 */
export async function pixelsAt(
  page: Page,
  png: Buffer,
  points: { x: number; y: number }[],
  radius = 0,
): Promise<[number, number, number][][]> {
  const width = png.readUInt32BE(16);
  return page.evaluate(
    `(async () => {
      const decode = ${decodeInPage};
      const d = await decode(${JSON.stringify(png.toString('base64'))});
      const w = ${width}, r = ${radius};
      return ${JSON.stringify(points)}.map((p) => {
        const out = [];
        const x0 = Math.round(p.x), y0 = Math.round(p.y);
        const offsets = [[0, 0]];
        for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx || dy) offsets.push([dx, dy]);
        for (const [dx, dy] of offsets) {
          const i = ((y0 + dy) * w + (x0 + dx)) * 4;
          out.push([d[i], d[i + 1], d[i + 2]]);
        }
        return out;
      });
    })()`,
  ) as Promise<[number, number, number][][]>;
}

/** Viewport positions (CSS pixels in the graph element) of the actors `ids`, null when not drawn. */
export async function positionsOf(
  page: Page,
  ids: string[],
): Promise<({ x: number; y: number } | null)[]> {
  return page.evaluate((list) => list.map((id) => window.__alignmap!.viewportPosition(id)), ids);
}

/**
 * Fraction of `points` (null points and those near the picture's border skipped) at which `test`
 * holds for the pixel, or for any pixel within `radius` (a 1 px line may fall beside a rounded point).
 */
export async function fractionAt(
  page: Page,
  png: Buffer,
  points: ({ x: number; y: number } | null)[],
  test: (rgb: [number, number, number]) => boolean,
  radius = 0,
): Promise<{ fraction: number; n: number }> {
  // inside the picture (PNG header: width and height at bytes 16 and 20), away from its border
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const kept = points.filter(
    (p): p is { x: number; y: number } =>
      p !== null && p.x >= 3 && p.y >= 3 && p.x < w - 3 && p.y < h - 3,
  );
  if (kept.length === 0) return { fraction: NaN, n: 0 };
  const around = await pixelsAt(page, png, kept, radius);
  return { fraction: around.filter((px) => px.some(test)).length / kept.length, n: kept.length };
}

/** Whether a colour differs clearly from the graph's background (#fcfcfa), as pixelStats counts ink. */
export const isInk = ([r, g, b]: [number, number, number]): boolean =>
  Math.abs(r - 252) + Math.abs(g - 252) + Math.abs(b - 250) > 30;

/** The graph.json the page received as a graphology graph, to compute expectations with src/graph. */
export function graphFrom(data: SerializedAlignmapGraph): AlignmapGraph {
  const graph = createEmptyGraph();
  graph.import(data);
  return graph;
}

/** Waits until no alignment analysis is running in the worker. */
export async function waitForAnalysis(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__alignmap?.analysis.busy === false, null, {
    timeout: 30_000,
  });
}

/** Chooses an actor in one of the analysis actor pickers (ActorPicker) by typing its name. */
export async function pickActor(page: Page, pickerId: string, name: string): Promise<void> {
  const input = page.getByTestId(pickerId);
  await input.fill(name);
  await expect(page.locator(`#${pickerId}-results [role="option"]`).first()).toHaveText(name);
  await input.press('Enter');
}

/** Ids of the actors that have at least one relation whose type is not in `excluded`. */
export function connectedActors(
  data: SerializedAlignmapGraph,
  excluded: readonly string[] = [],
): Set<string> {
  const ids = new Set<string>();
  for (const e of data.edges)
    if (!excluded.includes(e.attributes!.relation)) ids.add(e.source).add(e.target);
  return ids;
}

/** The actor search box and its result options (the toolbar's selects are comboboxes too). */
export const searchBox = (page: Page) => page.locator('input[type="search"]');
export const searchOptions = (page: Page) => page.locator('#search-results [role="option"]');
