// A hand-run task queue for tests: code under test schedules callbacks into it (as it would with
// setTimeout or requestAnimationFrame) and the test runs them one by one or until the queue is
// empty, so asynchronous adapters are driven step by step without waiting on the clock.

export class TaskQueue {
  private tasks: (() => void)[] = [];
  /** How many tasks have run so far. */
  ran = 0;

  /** Schedules `fn` (pass as `schedule` / `frame`: it is bound). */
  readonly push = (fn: () => void): void => {
    this.tasks.push(fn);
  };

  get size(): number {
    return this.tasks.length;
  }

  /** Runs the oldest task; false when there was none. */
  runNext(): boolean {
    const task = this.tasks.shift();
    if (!task) return false;
    this.ran++;
    task();
    return true;
  }

  /** Runs tasks until `done()` holds; throws when it does not within `limit` tasks. */
  runUntil(done: () => boolean, limit = 10_000): void {
    for (let i = 0; !done(); i++) {
      if (i >= limit || !this.runNext())
        throw new Error(
          `TaskQueue: expected the condition within ${limit} tasks, ${this.size === 0 ? 'the queue ran dry' : 'still not met'} after ${i}`,
        );
    }
  }

  /** Runs tasks (and those they schedule) until none is left; throws past `limit` tasks. */
  drain(limit = 10_000): number {
    let n = 0;
    while (this.runNext())
      if (++n >= limit)
        throw new Error(`TaskQueue: expected the queue to empty within ${limit} tasks`);
    return n;
  }
}
