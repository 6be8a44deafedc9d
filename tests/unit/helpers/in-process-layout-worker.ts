// The layout worker's core (src/layout/layout-worker-core.ts) run in-process behind a Worker-like
// object: messages are delivered as macrotasks and cloned with structuredClone, transferring the
// listed buffers exactly as postMessage does (the sender's copy is detached). A test may pass its
// own scheduler (a TaskQueue's push): message deliveries and the worker's time slices then run
// only when the test runs them. After terminate() nothing of the worker runs any more.
import { createLayoutWorkerCore } from '../../../src/layout/layout-worker-core';
import type { LayoutWorkerLike } from '../../../src/layout/fa2-runner';
import type { FromWorker, ToWorker } from '../../../src/layout/layout-protocol';

export interface InProcessWorker extends LayoutWorkerLike {
  /** Everything the worker posted, in order (as the page received it). */
  received: FromWorker[];
  /** Everything the page sent, in order (as the worker received it). */
  sent: ToWorker[];
  terminations: number;
  /** Every message in delivery order, with the length of its positions array when delivered. */
  trace: { to: 'worker' | 'page'; type: string; floats?: number }[];
}

const floatsOf = (m: ToWorker | FromWorker): number | undefined =>
  m.type === 'ack'
    ? m.buffer.length
    : 'positions' in m && m.positions
      ? m.positions.length
      : undefined;

export interface InProcessOptions {
  /** Runs a task later: message deliveries and the worker's next slice (default: macrotasks). */
  schedule?: (fn: () => void) => void;
}

export function inProcessLayoutWorker(options: InProcessOptions = {}): InProcessWorker {
  let terminated = false;
  const deliver = options.schedule ?? ((fn: () => void) => setTimeout(fn, 0));
  const slice = options.schedule ?? ((fn: () => void) => setImmediate(fn));
  const worker: InProcessWorker = {
    received: [],
    sent: [],
    terminations: 0,
    trace: [],
    onmessage: null,
    postMessage(message, transfer) {
      if (terminated) return;
      const copy = structuredClone(message, { transfer });
      deliver(() => {
        if (terminated) return;
        worker.sent.push(copy);
        worker.trace.push({ to: 'worker', type: copy.type, floats: floatsOf(copy) });
        handle(copy);
      });
    },
    terminate() {
      terminated = true;
      worker.terminations++;
    },
  };
  const handle = createLayoutWorkerCore({
    post(message, transfer) {
      if (terminated) return;
      const copy = structuredClone(message, { transfer });
      deliver(() => {
        if (terminated) return;
        worker.received.push(copy);
        worker.trace.push({ to: 'page', type: copy.type, floats: floatsOf(copy) });
        worker.onmessage?.({ data: copy } as MessageEvent<FromWorker>);
      });
    },
    // a terminated worker's thread is gone: its next slice never runs
    schedule: (fn) => slice(() => terminated || fn()),
    now: () => performance.now(),
  });
  return worker;
}
