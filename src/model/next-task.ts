// A task boundary for work split over several tasks (a large graph's mounting, its panels' first
// computations): resolves in a new task — scheduler.yield where there is one (its continuations
// keep their order), else a MessageChannel message (no timer clamping), else a timer (Node).
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
