// The lazy drawer: the real drawer (a WebGL layer) is made at the first draw or ready(), never
// before, never after kill; clear and kill before it exists do nothing.
import { describe, expect, it } from 'vitest';
import { lazyDrawer, type Drawer } from '../../src/render/lazy-drawer';

function recording() {
  const log: string[] = [];
  let made = 0;
  const make = (): Drawer<[string]> => {
    made++;
    return {
      draw: (what) => log.push(`draw ${what}`),
      clear: () => log.push('clear'),
      kill: () => log.push('kill'),
    };
  };
  return { log, make, made: () => made };
}

describe('lazyDrawer', () => {
  it('makes the drawer at the first draw, once, and passes every call on', () => {
    const r = recording();
    const d = lazyDrawer(r.make);
    d.clear();
    expect(r.made()).toBe(0);
    d.draw('a');
    d.draw('b');
    d.clear();
    expect(r.made()).toBe(1);
    expect(r.log).toEqual(['draw a', 'draw b', 'clear']);
    d.kill();
    d.kill();
    d.draw('c');
    expect(r.log).toEqual(['draw a', 'draw b', 'clear', 'kill']);
    expect(r.made()).toBe(1);
  });

  it('never makes a drawer when killed before drawing', () => {
    const r = recording();
    const d = lazyDrawer(r.make);
    d.kill();
    d.draw('a');
    d.clear();
    expect(r.made()).toBe(0);
    expect(r.log).toEqual([]);
  });

  it('ready() makes it ahead of the first draw, once; not after kill', () => {
    const r = recording();
    const d = lazyDrawer(r.make);
    d.ready();
    expect(r.made()).toBe(1);
    d.ready();
    d.draw('a');
    expect(r.made()).toBe(1);
    expect(r.log).toEqual(['draw a']);
    const gone = lazyDrawer(r.make);
    gone.kill();
    gone.ready();
    expect(r.made()).toBe(1);
  });
});
