// Work over a list in slices of about `sliceMs` of script, each slice in a task of its own (the
// first in the next task, not the caller's): for large graphs, where one pass over every actor
// would be one long task. The clock is read every `clockEvery` items.
export interface SliceOptions {
  /** Runs a function in a later task (setTimeout 0 in the app; tests pass a queue). */
  defer: (fn: () => void) => void;
  /** Called once every item has been seen (not when stopped). */
  done: () => void;
  /** Checked before each slice: true ends the work (e.g. the owner was killed). */
  stopped?: () => boolean;
  sliceMs?: number;
  clockEvery?: number;
  /** Called after each slice that leaves items for a later task. */
  sliceDone?: () => void;
  now?: () => number;
}

export function forEachInSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  {
    defer,
    done,
    stopped = () => false,
    sliceMs = 12,
    clockEvery = 256,
    now = () => performance.now(),
    sliceDone,
  }: SliceOptions,
): void {
  let at = 0;
  const step = () => {
    if (stopped()) return;
    const start = now();
    while (at < items.length) {
      each(items[at++]!);
      if (at < items.length && at % clockEvery === 0 && now() - start >= sliceMs) {
        sliceDone?.();
        return defer(step);
      }
    }
    done();
  };
  defer(step);
}
