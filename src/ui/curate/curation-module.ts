// The curation mode as one lazy chunk: its state class, its drawer and what they bring (YAML, zod,
// the bundled graph-data/ files' validator and writer). App.svelte loads it with import() after the
// first frame, so that none of it is in the entry bundle (tests/unit/entry-bundle.test.ts).
import type { AppState } from '../../state/app-state.svelte';
import { CurationState } from '../../state/curation.svelte';
import CurationDrawer from './CurationDrawer.svelte';

export { CurationDrawer };

export function createCuration(app: AppState): CurationState {
  return new CurationState(app);
}
