// A drawer (the edge layer's, the layout points') made when it first draws, not when the sigma host
// is constructed: each of our WebGL layers costs a context and a compiled program (~20 ms each of
// synchronous calls into a software GPU), which would otherwise add to sigma's own construction in
// one task. Nothing to clear before the first draw; kill() is idempotent and final.

export interface Drawer<A extends unknown[]> {
  draw(...args: A): void;
  clear(): void;
  kill(): void;
}

export function lazyDrawer<A extends unknown[]>(make: () => Drawer<A>): Drawer<A> {
  let drawer: Drawer<A> | null = null;
  let killed = false;
  return {
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
