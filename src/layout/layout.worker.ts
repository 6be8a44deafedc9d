// The layout worker: createLayoutWorkerCore (layout-worker-core.ts) on the worker's own scope.
// Yields between time slices through a MessageChannel (no timer clamping), so that the page's
// messages (stop, pins, returned buffers) get in between.
import { createLayoutWorkerCore } from './layout-worker-core';
import type { ToWorker } from './layout-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
let pending: (() => void) | null = null;
channel.port1.onmessage = () => {
  const fn = pending;
  pending = null;
  fn?.();
};

const handle = createLayoutWorkerCore({
  post: (message, transfer) => scope.postMessage(message, transfer),
  schedule: (fn) => {
    pending = fn;
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
