// The layout itself, over typed arrays only: ForceAtlas2 iterations (graphology-layout-forceatlas2's
// own iteration step, called on its node/edge matrices), our stop rule, pins, and the overlap
// removal pass (graphology-layout-noverlap's iteration step) with a budget scaled to the graph.
// No graphology, no DOM, no timers: the layout worker, the in-process worker of the unit tests and
// the headless layout of build:data and the CLI all run this same code, so they give the same
// positions for the same start.
import iterateFa2 from 'graphology-layout-forceatlas2/iterate.js';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterateNoverlap from 'graphology-layout-noverlap/iterate.js';
import NOVERLAP_DEFAULTS from 'graphology-layout-noverlap/defaults.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Floats per node and per edge in ForceAtlas2's matrices (x, y, dx, dy, …, fixed / source, target, weight). */
export const PPN = 10;
export const PPE = 3;
const NODE_FIXED = 9;

export interface StopRule {
  /** Settled when the mean displacement per iteration, relative to the layout's extent, is below this. */
  threshold: number;
  /** Iterations between two checks of the rule. */
  checkEvery: number;
  /** Calm checks in a row needed (small graphs under strong gravity can pause, then move again). */
  calmChecks: number;
  /** Hard cap on iterations (Infinity: none). */
  maxIterations: number;
}

export const DEFAULT_STOP_RULE: StopRule = {
  threshold: 5e-5,
  checkEvery: 10,
  calmChecks: 2,
  maxIterations: Infinity,
};

export type CoreStop = 'settled' | 'max-iterations';

export class LayoutCore {
  iterations = 0;
  private readonly settings: Required<ForceAtlas2Settings>;
  private readonly previous: Float32Array;
  private sinceCheck = 0;
  private calm = 0;

  constructor(
    readonly nodes: Float32Array,
    readonly edges: Float32Array,
    settings: ForceAtlas2Settings,
    readonly rule: StopRule = DEFAULT_STOP_RULE,
  ) {
    if (nodes.length % PPN !== 0 || edges.length % PPE !== 0)
      throw new Error(
        `layout-core: expected matrices of ${PPN} floats per node and ${PPE} per edge, got ${nodes.length} and ${edges.length}`,
      );
    this.settings = { ...FA2_DEFAULTS, ...settings };
    this.previous = new Float32Array((nodes.length / PPN) * 2);
    this.remember();
  }

  get order(): number {
    return this.nodes.length / PPN;
  }

  /** Runs one iteration; returns why the layout should stop now, or null to go on. */
  step(): CoreStop | null {
    if (this.order === 0) return 'settled';
    iterateFa2(this.settings, this.nodes, this.edges);
    this.iterations++;
    this.sinceCheck++;
    if (this.iterations >= this.rule.maxIterations) return 'max-iterations';
    if (this.sinceCheck < this.rule.checkEvery) return null;
    const relative = this.displacement() / this.sinceCheck;
    this.remember();
    this.calm = relative < this.rule.threshold ? this.calm + 1 : 0;
    return this.calm >= this.rule.calmChecks ? 'settled' : null;
  }

  /** Mean displacement per node since the last check, relative to the extent. */
  private displacement(): number {
    const n = this.order;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dx = this.nodes[i * PPN]! - this.previous[i * 2]!;
      const dy = this.nodes[i * PPN + 1]! - this.previous[i * 2 + 1]!;
      total += Math.sqrt(dx * dx + dy * dy);
    }
    return total / Math.max(1, n) / extent(this.nodes, PPN);
  }

  private remember(): void {
    copyPositions(this.nodes, this.previous);
    this.sinceCheck = 0;
  }

  /** Starts a new run (iteration count and stop rule reset), optionally from new positions. */
  restart(positions?: Float32Array): void {
    if (positions) {
      const n = this.order;
      for (let i = 0; i < n; i++) {
        this.nodes[i * PPN] = positions[i * 2]!;
        this.nodes[i * PPN + 1] = positions[i * 2 + 1]!;
      }
    }
    this.iterations = 0;
    this.calm = 0;
    this.remember();
  }

  pin(index: number, x: number, y: number): void {
    if (index < 0 || index >= this.order) return;
    this.nodes[index * PPN] = x;
    this.nodes[index * PPN + 1] = y;
    this.nodes[index * PPN + NODE_FIXED] = 1;
  }

  unpinAll(): void {
    for (let i = NODE_FIXED; i < this.nodes.length; i += PPN) this.nodes[i] = 0;
  }

  isFixed(index: number): boolean {
    return this.nodes[index * PPN + NODE_FIXED] === 1;
  }

  /** x, y of every node into `out` (2 floats per node). */
  positions(out: Float32Array = new Float32Array(this.order * 2)): Float32Array {
    copyPositions(this.nodes, out);
    return out;
  }
}

function copyPositions(nodes: Float32Array, out: Float32Array): void {
  const n = nodes.length / PPN;
  for (let i = 0; i < n; i++) {
    out[i * 2] = nodes[i * PPN]!;
    out[i * 2 + 1] = nodes[i * PPN + 1]!;
  }
}

/** The larger side of the bounding box of the positions in a matrix of `stride` floats per node. */
export function extent(matrix: Float32Array, stride: number): number {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < matrix.length; i += stride) {
    const x = matrix[i]!;
    const y = matrix[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const e = Math.max(maxX - minX, maxY - minY);
  return e > 0 ? e : 1;
}

// ---------------------------------------------------------------------------------------------
// Overlap removal

/** The noverlap settings of the pass after every stop (margin and sizes in graph units). */
export const NOVERLAP_SETTINGS = { margin: 2, ratio: 1.15, speed: 3 } as const;
export const NOVERLAP_MAX_ITERATIONS = 60;
/** Node count × iterations the pass may spend (60 iterations up to 5,000 actors, fewer above). */
const NOVERLAP_WORK = 300_000;
/** Below this many iterations the pass cannot separate anything: skipped. */
const NOVERLAP_MIN_ITERATIONS = 8;
/** When the nodes' discs would cover more than this share of the layout's box, skipped. */
const NOVERLAP_MAX_COVER = 0.5;

export interface OverlapOptions {
  /** Node radius in screen pixels (node size + margin), one per node. */
  radiiPx: Float32Array;
  /** Pixels the layout's extent spans on screen (smaller viewport side minus the stage padding). */
  viewportPx: number;
  /** Override of the iteration budget (default: scaled to the graph, see overlapBudget). */
  maxIterations?: number;
}

export interface OverlapResult {
  iterations: number;
  /** Why the pass did not run: 'crowded' (nodes cover the picture at full view), 'budget', or null. */
  skipped: 'crowded' | 'budget' | null;
}

/** Iterations the overlap pass may run for a graph of `order` nodes. */
export function overlapBudget(order: number): number {
  return Math.min(NOVERLAP_MAX_ITERATIONS, Math.floor(NOVERLAP_WORK / Math.max(1, order)));
}

/**
 * Spreads overlapping nodes apart (noverlap) with radii converted from pixels to graph units at
 * the full view; fixed (pinned) nodes keep their position. Up to 5,000 actors this is exactly
 * graphology-layout-noverlap's default grid and 60 iterations; above, a finer grid (so that an
 * iteration stays linear) and a smaller budget, and no pass at all when the nodes would cover more
 * than half of the picture: there it could only blow the whole layout up.
 */
export function removeOverlaps(core: LayoutCore, options: OverlapOptions): OverlapResult {
  const n = core.order;
  if (n === 0) return { iterations: 0, skipped: null };
  const unitsPerPixel = extent(core.nodes, PPN) / Math.max(1, options.viewportPx);
  const budget = options.maxIterations ?? overlapBudget(n);
  if (budget < NOVERLAP_MIN_ITERATIONS && options.maxIterations === undefined)
    return { iterations: 0, skipped: 'budget' };
  const matrix = new Float32Array(n * 3);
  let cover = 0;
  for (let i = 0; i < n; i++) {
    const r = options.radiiPx[i]! * unitsPerPixel;
    matrix[i * 3] = core.nodes[i * PPN]!;
    matrix[i * 3 + 1] = core.nodes[i * PPN + 1]!;
    matrix[i * 3 + 2] = r;
    cover += Math.PI * r * r;
  }
  const e = extent(matrix, 3);
  if (n > 5000 && cover > NOVERLAP_MAX_COVER * e * e) return { iterations: 0, skipped: 'crowded' };
  const settings = {
    ...NOVERLAP_DEFAULTS,
    ...NOVERLAP_SETTINGS,
    gridSize: n > 5000 ? Math.ceil(Math.sqrt(n / 4)) : NOVERLAP_DEFAULTS.gridSize,
  };
  let iterations = 0;
  while (iterations < budget) {
    iterations++;
    if (iterateNoverlap(settings, matrix).converged) break;
  }
  for (let i = 0; i < n; i++) {
    if (core.isFixed(i)) continue;
    core.nodes[i * PPN] = matrix[i * 3]!;
    core.nodes[i * PPN + 1] = matrix[i * 3 + 1]!;
  }
  return { iterations, skipped: null };
}
