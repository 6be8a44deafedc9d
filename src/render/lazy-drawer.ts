// A drawer (the edge layer's, the layout points') made when it first draws, not when the sigma host
// is constructed: each of our WebGL layers costs a context and a compiled program (~20–70 ms of
// synchronous calls into a software GPU; its canvas is sized on its first frame), which would
// otherwise add to sigma's own construction in one task. `ready()` makes it ahead, in a task of the
// caller's choosing (so that its first draw is not also the task that makes it). Nothing to clear
// before it is made; kill() is idempotent and final.

export interface Drawer<A extends unknown[]> {
  draw(...args: A): void;
  clear(): void;
  kill(): void;
}

export interface LazyDrawer<A extends unknown[]> extends Drawer<A> {
  /** Makes the drawer now if it is not made yet (nothing after kill). */
  ready(): void;
}

export function lazyDrawer<A extends unknown[]>(make: () => Drawer<A>): LazyDrawer<A> {
  let drawer: Drawer<A> | null = null;
  let killed = false;
  return {
    ready() {
      if (!killed) drawer ??= make();
    },
    draw(...args) {
      if (killed) return;
      drawer ??= make();
      drawer.draw(...args);
    },
    clear() {
      drawer?.clear();
    },
    kill() {
      killed = true;
      drawer?.kill();
      drawer = null;
    },
  };
}
