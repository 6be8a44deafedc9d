// What the layout worker does, independent of how messages travel (layout.worker.ts wires it to the
// worker's scope; the unit tests run it in-process): free-running ForceAtlas2 in time slices, the
// stop rule and time limit, at most one positions message in flight (the page returns the buffer
// once it has drawn it, so the worker never posts more than once per frame), and the overlap pass
// after every stop.
import { LayoutCore, PPN, removeOverlaps } from './layout-core';
import type { FromWorker, OverlapRequest, StopReason, ToWorker } from './layout-protocol';

/** Time the worker iterates before it looks at its messages again (at least one iteration). */
export const SLICE_MS = 12;

export interface WorkerScope {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Runs `fn` soon, after pending messages (a macrotask). */
  schedule(fn: () => void): void;
  now(): number;
}

export function createLayoutWorkerCore(scope: WorkerScope): (message: ToWorker) => void {
  let core: LayoutCore | null = null;
  let maxMs = Infinity;
  let running = false;
  let startedAt = 0;
  let scheduled = false;
  let inFlight = false;
  let dirty = false;
  let spare: Float32Array | null = null;
  let overlap: OverlapRequest | null = null;

  function loop(): void {
    scheduled = false;
    if (!running || !core) return;
    const sliceEnd = scope.now() + SLICE_MS;
    let reason: StopReason | null;
    do reason = core.step();
    while (!reason && scope.now() < sliceEnd);
    if (!reason && scope.now() - startedAt >= maxMs) reason = 'time-limit';
    dirty = true;
    if (reason) return finish(reason as Exclude<StopReason, 'killed'>);
    flush();
    next();
  }

  function next(): void {
    if (scheduled) return;
    scheduled = true;
    scope.schedule(loop);
  }

  /** Posts the current positions unless the page is still drawing the previous ones. */
  function flush(): void {
    if (!core || inFlight || !dirty) return;
    const buffer =
      spare && spare.length === core.order * 2 ? spare : new Float32Array(core.order * 2);
    spare = null;
    core.positions(buffer);
    inFlight = true;
    dirty = false;
    scope.post({ type: 'positions', positions: buffer, iterations: core.iterations }, [
      buffer.buffer,
    ]);
  }

  function finish(reason: Exclude<StopReason, 'killed'>): void {
    if (!core) return;
    running = false;
    dirty = false;
    const result = overlap
      ? removeOverlaps(core, overlap)
      : { iterations: 0, skipped: 'no radii' as string | null };
    const positions = core.positions();
    scope.post(
      {
        type: 'stopped',
        reason,
        positions,
        iterations: core.iterations,
        ms: scope.now() - startedAt,
        overlap: result,
      },
      [positions.buffer],
    );
  }

  return (message) => {
    try {
      switch (message.type) {
        case 'init':
          core = new LayoutCore(message.nodes, message.edges, message.settings, message.rule);
          maxMs = message.maxMs;
          running = false;
          break;
        case 'run': {
          if (!core) throw new Error('layout worker: expected an init message before run');
          core.restart(message.positions);
          const fixed = message.fixed;
          if (fixed)
            for (let i = 0; i < core.order; i++) core.nodes[i * PPN + 9] = fixed[i] ? 1 : 0;
          running = true;
          startedAt = scope.now();
          next();
          break;
        }
        case 'stop':
          if (running) finish('user');
          break;
        case 'ack':
          inFlight = false;
          spare = message.buffer;
          if (running) flush();
          break;
        case 'pin':
          core?.pin(message.index, message.x, message.y);
          break;
        case 'unpin-all':
          core?.unpinAll();
          break;
        case 'overlap':
          overlap = message.request;
          break;
      }
    } catch (e) {
      running = false;
      scope.post({ type: 'error', message: (e as Error).message }, []);
    }
  };
}
