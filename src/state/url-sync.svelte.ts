// Keeps the URL and the app state in step: the state is read from the URL on start and on
// back/forward (popstate); user changes push a history entry, camera moves and time-slider moves
// (dragged or played: dozens of steps) replace the current one. The URL is written after the frame
// that shows a change (a history write costs the main thread several ms in Chromium: not in the
// way of the picture), once for all the changes made until then.
import { parseUrlState, serializeUrlState, type ViewState } from '../view/view-state';
import type { AppState } from './app-state.svelte';
import { afterNextFrame } from './after-frame';

/** The state without what changes continuously (camera, time slider). */
function withoutCamera(state: ViewState): string {
  return serializeUrlState({ ...state, camera: null, at: null, from: null, to: null });
}

export interface UrlSyncOptions {
  /** When the URL is written after a change (default: after the next frame). */
  schedule?: (write: () => void) => void;
}

/** Call once after the graph has loaded; returns a cleanup function. */
export function syncWithUrl(
  app: AppState,
  { schedule = afterNextFrame }: UrlSyncOptions = {},
): () => void {
  const initial = parseUrlState(location.search);
  for (const w of initial.notices) app.warn(w);
  app.applyUrlState(initial.state);
  // Canonical form of the URL (invalid parameters dropped) without adding a history entry.
  let last = serializeUrlState(app.toUrlState());
  history.replaceState(null, '', `${location.pathname}${last}${location.hash}`);
  /** The state to write (null: nothing waiting); one write is scheduled while it is set. */
  let pending: ViewState | null = null;

  const write = () => {
    const state = pending;
    pending = null;
    if (!state) return;
    const next = serializeUrlState(state);
    if (next === last) return;
    const previous = parseUrlState(last).state;
    const url = `${location.pathname}${next}${location.hash}`;
    if (withoutCamera(previous) === withoutCamera(state)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    last = next;
  };

  const onPopState = () => {
    // the browser moved to another entry: a write still waiting would put an entry on top of it
    pending = null;
    const parsed = parseUrlState(location.search);
    for (const w of parsed.notices) app.warn(w);
    app.applyUrlState(parsed.state);
    last = serializeUrlState(app.toUrlState());
  };
  window.addEventListener('popstate', onPopState);

  const stop = $effect.root(() => {
    $effect(() => {
      const state = app.toUrlState();
      const waiting = pending !== null;
      pending = state;
      if (!waiting) schedule(write);
    });
  });

  return () => {
    window.removeEventListener('popstate', onPopState);
    pending = null;
    stop();
  };
}
