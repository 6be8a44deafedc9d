// The renderer kept across graph switches (src/render/renderer-pool.ts), with a fake renderer and
// fake timers: one construction per container, the next host gets it set up as new (settings,
// camera, framing box, graph), a renderer nobody takes is killed, another container gets its own.
import { describe, expect, it } from 'vitest';
import { createRendererPool, type PooledRenderer } from '../../src/render/renderer-pool';

type Cam = { x: number; y: number; ratio: number; angle: number };

class FakeRenderer implements PooledRenderer<string, object> {
  readonly log: string[] = [];
  cam: Cam = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  animated = false;
  constructor(
    public graph: string,
    public settings: object,
  ) {}
  setGraph(graph: string) {
    this.graph = graph;
    this.log.push(`graph ${graph}`);
  }
  setSettings(settings: object) {
    this.settings = settings;
    this.log.push('settings');
  }
  setCustomBBox(box: null) {
    this.log.push(`bbox ${box}`);
  }
  removeAllListeners() {
    this.log.push('listeners removed');
  }
  getCamera() {
    return {
      setState: (state: Cam) => void (this.cam = state),
      isAnimated: () => this.animated,
      animate: (state: Cam, o: { duration: number }) => {
        this.animated = false;
        this.log.push(`animate ${state.ratio} ${o.duration}`);
      },
    };
  }
  kill() {
    this.log.push('killed');
  }
}

function pool() {
  const made: FakeRenderer[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const p = createRendererPool<string, object, FakeRenderer>(
    (graph, _container, settings) => {
      const r = new FakeRenderer(graph, settings);
      made.push(r);
      return r;
    },
    {
      spareMs: 2000,
      timers: {
        set: (run, ms) => timers.push({ run, ms, cleared: false }) - 1,
        clear: (i) => void (timers[i as number]!.cleared = true),
      },
    },
  );
  return { p, made, timers };
}

describe('renderer pool', () => {
  it('gives the next host in the container the kept renderer, set up as a new one', () => {
    const { p, made, timers } = pool();
    const container = {} as HTMLElement;
    const first = p.take(container, 'g1', { a: 1 });
    expect(made).toHaveLength(1);
    first.cam = { x: 3, y: 4, ratio: 0.2, angle: 0 };
    first.animated = true; // a camera move of the last host still running
    p.keep(container, first, 'empty');
    expect(first.log).toEqual(['listeners removed', 'graph empty']);
    const second = p.take(container, 'g2', { b: 2 });
    expect(second).toBe(first);
    expect(made).toHaveLength(1);
    expect(first.log.slice(2)).toEqual(['settings', 'bbox null', 'animate 1 1', 'graph g2']);
    expect([first.settings, first.cam, first.graph]).toEqual([
      { b: 2 },
      { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      'g2',
    ]);
    // its kill timer was let go
    expect(timers.map((t) => t.cleared)).toEqual([true]);
    timers[0]!.run();
    expect(first.log).not.toContain('killed');
  });

  it('kills a kept renderer nobody takes in time; each container has its own', () => {
    const { p, made, timers } = pool();
    const a = {} as HTMLElement;
    const b = {} as HTMLElement;
    const r = p.take(a, 'g1', {});
    p.keep(a, r, 'empty');
    expect(timers[0]!.ms).toBe(2000);
    // another container: a renderer of its own
    const other = p.take(b, 'g2', {});
    expect(other).not.toBe(r);
    timers[0]!.run();
    expect(r.log.at(-1)).toBe('killed');
    // after that, the container gets a new one
    expect(p.take(a, 'g3', {})).not.toBe(r);
    expect(made).toHaveLength(3);
    // a second keep in one container kills the first kept one
    p.keep(b, other, 'empty');
    const third = made[2]!;
    p.keep(b, third, 'empty');
    expect(other.log.at(-1)).toBe('killed');
    expect(p.take(b, 'g4', {})).toBe(third);
  });
});
