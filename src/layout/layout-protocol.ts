// Messages between the page (fa2-runner.ts) and the layout worker (layout-worker-core.ts). Positions
// travel as transferable Float32Arrays of x, y per node, in the graph's node order.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { StopRule } from './layout-core';

export type StopReason = 'settled' | 'time-limit' | 'max-iterations' | 'user' | 'killed';

export interface OverlapRequest {
  radiiPx: Float32Array;
  viewportPx: number;
}

export type ToWorker =
  /** The matrices (transferred: the page keeps no copy) and how to run. */
  | {
      type: 'init';
      nodes: Float32Array;
      edges: Float32Array;
      settings: ForceAtlas2Settings;
      rule: StopRule;
      /** Time limit of one run in ms (Infinity: none). */
      maxMs: number;
    }
  /** Starts a run, from new positions when given (x, y per node), with new pins when given. */
  | { type: 'run'; positions?: Float32Array; fixed?: Uint8Array }
  /** Ends the run now ('user'), then the overlap pass. */
  | { type: 'stop' }
  /** The page has drawn the last positions: the buffer comes back, the worker may post again. */
  | { type: 'ack'; buffer: Float32Array }
  | { type: 'pin'; index: number; x: number; y: number }
  | { type: 'unpin-all' }
  /** Radii for the overlap pass at the next stop (pixels; the worker converts them). */
  | { type: 'overlap'; request: OverlapRequest | null };

export type FromWorker =
  | { type: 'positions'; positions: Float32Array; iterations: number }
  | {
      type: 'stopped';
      reason: Exclude<StopReason, 'killed'>;
      positions: Float32Array;
      iterations: number;
      ms: number;
      overlap: { iterations: number; skipped: string | null };
    }
  | { type: 'error'; message: string };
