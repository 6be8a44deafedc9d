// The camera controller (src/render/camera-controller.ts) with a fake target and fake timers:
// requests run at once, a framing waits for the layout to stop, the later request wins, the
// camera is reported once after it rests, idle/whenIdle say when nothing is left to do, kill stops
// everything.
import { describe, expect, it } from 'vitest';
import {
  createCameraController,
  sameMembers,
  type CameraRequest,
  type CameraTarget,
  type CameraTimers,
  type CameraView,
} from '../../src/render/camera-controller';

/** A target whose animations finish when the test says so. */
function fakeTarget() {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  let camera: Required<CameraView> = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const target: CameraTarget = {
    focus(ids, { zoom }) {
      calls.push(`focus ${ids.join(',')}${zoom ? ' zoom' : ''}`);
      return new Promise((resolve) =>
        pending.push(() => {
          camera = { ...camera, x: ids.length, ratio: zoom ? 0.5 : 1 };
          resolve();
        }),
      );
    },
    setCamera(next) {
      calls.push(`set ${next.x},${next.y},${next.ratio}`);
      camera = { angle: 0, ...next };
      return Promise.resolve();
    },
    getCamera: () => camera,
  };
  /** Ends every running animation and lets the controller see it. */
  const finish = async () => {
    for (const end of pending.splice(0)) end();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { target, calls, finish };
}

/** Timers run only when the test advances them. */
function fakeTimers() {
  let now = 0;
  const queue = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: CameraTimers = {
    set(run, ms) {
      const id = next++;
      queue.set(id, { at: now + ms, run });
      return id;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...queue].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        queue.delete(id);
        t.run();
      }
  };
  return { timers, advance, pending: () => queue.size };
}

let token = 0;
const focus = (ids: string[], zoom = true): CameraRequest => ({
  kind: 'focus',
  ids,
  zoom,
  token: ++token,
});
const set = (x: number): CameraRequest => ({
  kind: 'set',
  camera: { x, y: 0, ratio: 2 },
  token: ++token,
});

function setup() {
  const t = fakeTarget();
  const clock = fakeTimers();
  const settled: Required<CameraView>[] = [];
  const camera = createCameraController(t.target, {
    timers: clock.timers,
    settleMs: 250,
    onSettled: (c) => settled.push(c),
  });
  return { ...t, ...clock, settled, camera };
}

describe('camera controller', () => {
  it('frames at once when no layout runs, then reports the camera once it has rested', async () => {
    const { camera, calls, finish, advance, settled } = setup();
    camera.request(focus(['jp', 'us']));
    expect(calls).toEqual(['focus jp,us zoom']);
    expect(camera.idle).toBe(false);
    await finish();
    expect(camera.idle).toBe(false); // the move is not reported yet
    advance(249);
    expect(settled).toEqual([]);
    advance(1);
    expect(settled).toEqual([{ x: 2, y: 0.5, ratio: 0.5, angle: 0 }]);
    expect(camera.idle).toBe(true);
  });

  it('follows the view after one timer turn: frames what is visible, zooming to fit', async () => {
    const { camera, calls, advance, finish } = setup();
    camera.follow(['a', 'b']);
    expect(calls).toEqual([]);
    expect(camera.idle).toBe(false);
    camera.follow(['c']); // a later change replaces the earlier one
    advance(0);
    expect(calls).toEqual(['focus c zoom']);
    await finish();
    advance(250);
    expect(camera.idle).toBe(true);
  });

  it('a request that comes with the view change (a selection, a path) wins over following it', () => {
    const { camera, calls, advance } = setup();
    camera.follow(['a', 'b', 'c']);
    camera.request(focus(['b'], false));
    advance(0);
    expect(calls).toEqual(['focus b']);
  });

  it('a follow in the same turn as a request is dropped (a shared URL: its camera stands)', () => {
    const { camera, calls, advance } = setup();
    camera.request(set(3));
    camera.follow(['a', 'b']);
    advance(0);
    expect(calls).toEqual(['set 3,0,2']);
    // a later change is followed again
    camera.follow(['a']);
    advance(0);
    expect(calls).toEqual(['set 3,0,2', 'focus a zoom']);
  });

  it('a follow while the layout runs waits for it to stop; an empty view is not framed', () => {
    const { camera, calls, advance } = setup();
    camera.setLayoutRunning(true);
    camera.follow(['a']);
    advance(0);
    expect(calls).toEqual([]);
    camera.setLayoutRunning(false);
    advance(0);
    expect(calls).toEqual(['focus a zoom']);
    camera.follow([]);
    advance(0);
    expect(calls).toEqual(['focus a zoom']);
  });

  it('sameMembers: same actors in any order, or not', () => {
    expect(sameMembers(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameMembers(new Set(['a', 'b']), new Set(['a', 'c']))).toBe(false);
    expect(sameMembers(new Set(['a']), new Set(['a', 'b']))).toBe(false);
  });

  it('defers a framing while the layout runs; the later request wins', async () => {
    const { camera, calls, advance } = setup();
    camera.setLayoutRunning(true);
    camera.request(focus(['a']));
    camera.request(focus(['b', 'c'], false));
    expect(calls).toEqual([]);
    expect(camera.idle).toBe(false);
    camera.setLayoutRunning(false);
    expect(calls).toEqual([]);
    expect(camera.idle).toBe(false);
    advance(0);
    expect(calls).toEqual(['focus b,c']);
  });

  it('runs the framing that waited for the stop in a task of its own, not if the layout restarted', () => {
    const { camera, calls, advance } = setup();
    camera.setLayoutRunning(true);
    camera.request(focus(['a']));
    camera.setLayoutRunning(false);
    // the stop's task draws the final positions: the framing comes one timer turn later
    expect(calls).toEqual([]);
    advance(0);
    expect(calls).toEqual(['focus a zoom']);
    // stopped and restarted within the turn: it waits for the next stop
    camera.request(focus(['b']));
    camera.setLayoutRunning(true);
    camera.request(focus(['c']));
    camera.setLayoutRunning(false);
    camera.setLayoutRunning(true);
    advance(0);
    expect(calls).toEqual(['focus a zoom', 'focus b zoom']);
    camera.setLayoutRunning(false);
    advance(0);
    expect(calls).toEqual(['focus a zoom', 'focus b zoom', 'focus c zoom']);
  });

  it('a camera set runs even while the layout runs, and drops a framing asked for before it', () => {
    const { camera, calls, advance } = setup();
    camera.setLayoutRunning(true);
    camera.request(focus(['a']));
    camera.request(set(3));
    camera.setLayoutRunning(false);
    advance(0);
    expect(calls).toEqual(['set 3,0,2']);
  });

  it('many moves (a drag, an animation) are reported once, after the last', () => {
    const { camera, advance, settled } = setup();
    for (let i = 0; i < 10; i++) {
      camera.moved();
      advance(100);
    }
    expect(settled).toHaveLength(0);
    advance(150);
    expect(settled).toHaveLength(1);
  });

  it('whenIdle resolves when the deferred framing has run and rested', async () => {
    const { camera, finish, advance } = setup();
    camera.setLayoutRunning(true);
    camera.request(focus(['a']));
    let resolved = false;
    void camera.whenIdle().then(() => (resolved = true));
    camera.setLayoutRunning(false);
    advance(0);
    await finish();
    await Promise.resolve();
    expect(resolved).toBe(false);
    advance(250);
    await Promise.resolve();
    expect(resolved).toBe(true);
    await expect(camera.whenIdle()).resolves.toBeUndefined();
  });

  it('kill drops what waits, reports nothing more and can be called twice', async () => {
    const { camera, calls, finish, advance, settled, pending } = setup();
    camera.request(focus(['a']));
    camera.setLayoutRunning(true);
    camera.request(focus(['b']));
    camera.kill();
    camera.kill();
    await finish();
    advance(1000);
    camera.setLayoutRunning(false);
    camera.request(set(1));
    expect(calls).toEqual(['focus a zoom']);
    expect(settled).toEqual([]);
    expect(pending()).toBe(0);
  });
});
