// Keeps the URL and the app state in step: the state is read from the URL on start and on
// back/forward (popstate); user changes push a history entry, camera moves and time-slider moves
// (dragged or played: dozens of steps) replace the current one.
import { parseUrlState, serializeUrlState, type ViewState } from '../view/view-state';
import type { AppState } from './app-state.svelte';

/** The state without what changes continuously (camera, time slider). */
function withoutCamera(state: ViewState): string {
  return serializeUrlState({ ...state, camera: null, at: null, from: null, to: null });
}

/** Call once after the graph has loaded; returns a cleanup function. */
export function syncWithUrl(app: AppState): () => void {
  const initial = parseUrlState(location.search);
  for (const w of initial.notices) app.warn(w);
  app.applyUrlState(initial.state);
  // Canonical form of the URL (invalid parameters dropped) without adding a history entry.
  let last = serializeUrlState(app.toUrlState());
  history.replaceState(null, '', `${location.pathname}${last}${location.hash}`);

  const onPopState = () => {
    const parsed = parseUrlState(location.search);
    for (const w of parsed.notices) app.warn(w);
    app.applyUrlState(parsed.state);
    last = serializeUrlState(app.toUrlState());
  };
  window.addEventListener('popstate', onPopState);

  const stop = $effect.root(() => {
    $effect(() => {
      const state = app.toUrlState();
      const next = serializeUrlState(state);
      if (next === last) return;
      const previous = parseUrlState(last).state;
      const url = `${location.pathname}${next}${location.hash}`;
      if (withoutCamera(previous) === withoutCamera(state)) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      last = next;
    });
  });

  return () => {
    window.removeEventListener('popstate', onPopState);
    stop();
  };
}
