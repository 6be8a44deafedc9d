// forEachInSlices (src/model/slices.ts): every item once, in order, in slices ended by the clock
// (read every `clockEvery` items), each slice in a later task; `done` once; stopped → nothing more.
import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../src/model/slices';
import { TaskQueue } from './helpers/task-queue';

describe('forEachInSlices', () => {
  it('sees every item once, in order, in slices of about sliceMs, the first in a later task', () => {
    const tasks = new TaskQueue();
    const seen: number[] = [];
    let clock = 0;
    let done = 0;
    const ends: number[] = [];
    const items = Array.from({ length: 10 }, (_, i) => i);
    forEachInSlices(
      items,
      (i) => {
        seen.push(i);
        clock += 3; // 3 ms an item: a 5 ms slice ends at the first clock reading past it
      },
      {
        defer: tasks.push,
        done: () => done++,
        sliceMs: 5,
        clockEvery: 2,
        now: () => clock,
        sliceDone: () => ends.push(seen.length),
      },
    );
    expect(seen).toEqual([]);
    tasks.runNext();
    expect(seen).toEqual([0, 1]);
    tasks.drain();
    expect(seen).toEqual(items);
    expect(tasks.ran).toBe(5);
    expect(done).toBe(1);
    // after each slice but the last
    expect(ends).toEqual([2, 4, 6, 8]);
  });

  it('ends when stopped: no more items, no done', () => {
    const tasks = new TaskQueue();
    let stop = false;
    let seen = 0;
    let done = 0;
    let clock = 0;
    forEachInSlices(
      [1, 2, 3, 4],
      () => {
        seen++;
        clock += 10;
      },
      {
        defer: tasks.push,
        done: () => done++,
        stopped: () => stop,
        sliceMs: 5,
        clockEvery: 1,
        now: () => clock,
      },
    );
    tasks.runNext();
    stop = true;
    tasks.drain();
    expect([seen, done]).toEqual([1, 0]);
  });
});
