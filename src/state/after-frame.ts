// Work that should not hold up the frame showing a change: run after that frame (a
// requestAnimationFrame callback, then a task), at the latest after NO_FRAME_MS (a hidden tab
// draws no frames); at once where there are no frames (Node).

/** A hidden tab draws no frames: the work runs after this many ms all the same. */
const NO_FRAME_MS = 100;

/** Runs `work` after the next frame (at the latest after NO_FRAME_MS), else at once. */
export function afterNextFrame(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return work();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(once, NO_FRAME_MS);
  requestAnimationFrame(() => setTimeout(once, 0));
}
