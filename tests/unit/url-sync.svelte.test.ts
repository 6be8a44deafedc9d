// syncWithUrl (src/state/url-sync.svelte.ts) against a small in-memory location/history/window:
// the URL is read on start (notices become warnings, the URL is rewritten in canonical form without
// a history entry), user changes push an entry, camera and time-slider moves replace the current
// one, back/forward applies the URL, and the cleanup stops both directions. The URL is written
// after the frame (a scheduled write), once for the changes made until then.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { syncWithUrl } from '../../src/state/url-sync.svelte';
import { TestGraph } from './helpers/analysis-graph';

interface Entry {
  kind: 'push' | 'replace';
  search: string;
}

let entries: Entry[];
let listeners: Map<string, Set<() => void>>;

function browser(search: string) {
  const location = { pathname: '/', search, hash: '' };
  entries = [];
  listeners = new Map();
  const set = (kind: Entry['kind']) => (_s: unknown, _t: string, url: string) => {
    location.search = url.slice(1).replace(/^\/?/, '').startsWith('?')
      ? url.slice(url.indexOf('?'))
      : url.includes('?')
        ? url.slice(url.indexOf('?'))
        : '';
    entries.push({ kind, search: location.search });
  };
  Object.assign(globalThis, {
    location,
    history: { pushState: set('push'), replaceState: set('replace') },
    window: {
      addEventListener: (type: string, fn: () => void) => {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type)!.add(fn);
      },
      removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
    },
  });
  return location;
}

function popTo(search: string) {
  (globalThis as unknown as { location: { search: string } }).location.search = search;
  for (const fn of listeners.get('popstate') ?? []) fn();
}

function app() {
  const a = new AppState();
  a.graph = new TestGraph()
    .rel('e1', 'alliance', 'a', 'b')
    .rel('e2', 'sanction', 'b', 'c', { start: '2025-03' }).graph;
  return a;
}

const saved = { ...globalThis } as Record<string, unknown>;
beforeEach(() => browser(''));
afterEach(() => {
  for (const key of ['location', 'history', 'window'])
    if (key in saved) (globalThis as Record<string, unknown>)[key] = saved[key];
    else delete (globalThis as Record<string, unknown>)[key];
});

describe('syncWithUrl', () => {
  it('reads the URL on start, warns about bad parameters, and rewrites it without an entry', () => {
    browser('?lang=ja&size=nonsense&node=a');
    const a = app();
    const stop = syncWithUrl(a);
    expect(a.language).toBe('ja');
    expect(a.selection).toEqual({ kind: 'node', id: 'a' });
    expect(a.warnings.map((w) => w.code)).toEqual(['not-allowed']); // size=nonsense
    expect(entries).toEqual([{ kind: 'replace', search: '?lang=ja&node=a' }]);
    stop();
  });

  it('pushes an entry for a user change, replaces it for camera moves', () => {
    const a = app();
    const stop = syncWithUrl(a);
    flushSync();
    entries.length = 0;
    a.toggle('relations', 'sanction', false);
    flushSync();
    expect(entries).toEqual([{ kind: 'push', search: '?lang=en&hide-rel=sanction' }]);
    a.camera = { x: 0.5, y: 0.5, ratio: 0.5 };
    flushSync();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ kind: 'replace' });
    expect(entries[1]!.search).toMatch(/^\?lang=en&hide-rel=sanction&cam=/);
    flushSync(); // no change: no entry
    expect(entries).toHaveLength(2);
    stop();
  });

  it('applies the URL on back/forward, and stops listening after cleanup', () => {
    const a = app();
    const stop = syncWithUrl(a);
    flushSync();
    popTo('?hide-rel=alliance&lang=ja');
    expect(a.viewState.exclude.relations).toEqual(['alliance']);
    expect(a.language).toBe('ja');
    flushSync();
    expect(entries.filter((e) => e.kind === 'push')).toEqual([]); // applying a URL writes none
    stop();
    expect(listeners.get('popstate')!.size).toBe(0);
    a.toggle('relations', 'sanction', false);
    flushSync();
    expect(entries.filter((e) => e.kind === 'push')).toEqual([]);
  });

  it('writes once, after the frame, for all the changes made until then', () => {
    const writes: (() => void)[] = [];
    const a = app();
    const stop = syncWithUrl(a, { schedule: (write) => writes.push(write) });
    flushSync();
    writes.splice(0).forEach((w) => w()); // the state as loaded: nothing to write
    entries.length = 0;
    a.toggle('relations', 'sanction', false);
    flushSync();
    a.select({ kind: 'node', id: 'a' });
    a.camera = { x: 0.5, y: 0.5, ratio: 0.5 };
    flushSync();
    expect(entries).toEqual([]); // nothing written before the frame
    expect(writes).toHaveLength(1); // one write for the three changes
    writes.splice(0).forEach((w) => w());
    expect(entries).toHaveLength(1);
    expect(entries[0]!.kind).toBe('push');
    expect(entries[0]!.search).toMatch(/^\?lang=en&hide-rel=sanction&node=a&cam=/);
    stop();
  });

  it('drops a write still waiting when the browser goes back or forward', () => {
    const writes: (() => void)[] = [];
    const a = app();
    const stop = syncWithUrl(a, { schedule: (write) => writes.push(write) });
    flushSync();
    writes.splice(0).forEach((w) => w());
    entries.length = 0;
    a.toggle('relations', 'sanction', false);
    flushSync();
    popTo('?hide-rel=alliance');
    flushSync();
    writes.splice(0).forEach((w) => w());
    expect(entries).toEqual([]); // no entry on top of the one the browser went to
    expect(a.viewState.exclude.relations).toEqual(['alliance']);
    stop();
  });
});
