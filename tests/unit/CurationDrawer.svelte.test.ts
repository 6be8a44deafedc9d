// @vitest-environment happy-dom
// The curation drawer (src/ui/curate/*.svelte) over the bundled graph-data/ files, as an editor uses
// it: paste an article, find the candidate relations in it, accept one (it is on the graph and in
// the pending list), undo it there, review what was added since a date; imported data is not
// editable.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { CurationState } from '../../src/state/curation.svelte';
import CurationDrawer from '../../src/ui/curate/CurationDrawer.svelte';
import { ct } from '../../src/ui/curate/strings';
import { click, render, type, type Mounted } from './helpers/mount';

const TEXT = 'ロシアの外相は中国の外相と会談した。';

let mounted: Mounted[] = [];
afterEach(() => {
  for (const m of mounted) m.destroy();
  mounted = [];
});

async function opened(editable = true) {
  const app = new AppState();
  const curation = new CurationState(app, null);
  const m = render(CurationDrawer, { app, curation, editable });
  mounted.push(m);
  click(m.button(ct('en', 'curate')));
  expect(curation.open).toBe(true);
  if (editable)
    await vi.waitFor(
      () => {
        flushSync();
        expect(curation.workspace).not.toBeNull();
      },
      { timeout: 30_000 },
    ); // loads and validates the bundled graph-data/ files
  return { app, curation, m };
}

const input = (m: Mounted, name: string) =>
  m.root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('CurationDrawer', { timeout: 60_000 }, () => {
  it('finds candidates in a pasted article, accepts one onto the graph, and undoes it', async () => {
    const { app, curation, m } = await opened();
    type(input(m, 'title'), 'Test article');
    type(input(m, 'publisher'), 'Test');
    type(input(m, 'date'), '2025-12-03');
    type(input(m, 'text'), TEXT);
    m.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    flushSync();
    expect(curation.articleId).not.toBeNull();
    expect(curation.candidates.length).toBeGreaterThan(0);
    const row = m.byText(/ロシア|Russia/, 'li');
    expect(row.textContent).toMatch(/中国|China/);
    const accept = [...row.querySelectorAll('button')].find(
      (b) => b.textContent === ct('en', 'accept'),
    )!;
    if (accept.disabled) {
      // no cue word for the type: the editor picks one
      const select = row.querySelector('select')!;
      type(select, 'negotiation');
    }
    click(accept);
    expect(curation.session!.set.done).toHaveLength(2); // the article, then the relation
    const added = curation.session!.set.done[1]!;
    expect(added.op).toBe('add-relation');
    const id = (added as { relation: { id: string } }).relation.id;
    expect(app.graph!.hasEdge(id)).toBe(true);

    // the pending list shows both changes; undo takes the relation back off the graph
    click(m.button(new RegExp(`^${ct('en', 'pending')} \\(2\\)$`)));
    expect(m.text()).toContain(id);
    click(m.button(ct('en', 'undo')));
    expect(app.graph!.hasEdge(id)).toBe(false);

    // the review tab filters the graph to what was added since a date
    click(m.button(ct('en', 'redo')));
    click(m.button(ct('en', 'review')));
    expect(m.text()).toContain(ct('en', 'review'));
    click(m.button(ct('en', 'close')));
    expect(curation.open).toBe(false);
  });

  it('says imported data cannot be edited', async () => {
    const { m } = await opened(false);
    expect(m.text()).toContain(ct('en', 'importedData'));
  });
});
