// Label placement (src/render/label-placement.ts) on small hand-built layouts with exact expected
// places: free places first; when none is free, a forced label takes the least penalised place —
// one that only touches another label's padding beats one covering an actor's disc or one whose
// leader line crosses a label (the old placer took the first place that overlapped no label).
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../src/render/label-placement';

const options = (
  circles: { id: string; x: number; y: number; r: number }[],
  bounds: { x0: number; y0: number; x1: number; y1: number },
) => ({ fontSize: 10, lineHeight: 11.5, gap: 3, pad: 1, bounds, circles });

// B is placed first, right of its node, its box ending 0.5 px (inside the 1 px padding) before
// where A's label would start on A's left; A's label is 60 px wide; the bounds are a strip 16 px
// high, so only places straight right or left of A fit.
const B: LabelRequest = {
  id: 'b',
  x: -20,
  y: 0,
  r: 4,
  lines: ['Bbbbbbbb'],
  width: 44.5,
  forced: true,
  nearOnly: true,
};
const A: LabelRequest = {
  id: 'a',
  x: 100,
  y: 0,
  r: 5,
  lines: ['Aaaaaaaaaa'],
  width: 60,
  forced: true,
};
const discs = [
  { id: 'a', x: 100, y: 0, r: 5 },
  { id: 'b', x: -20, y: 0, r: 4 },
];
const boxOf = (placed: ReturnType<typeof placeLabels>, id: string) => {
  const p = placed.find((l) => l.id === id)!;
  const r = (v: number) => Math.round(v * 100) / 100;
  return {
    anchor: p.anchor,
    box: [r(p.box.x0), r(p.box.y0), r(p.box.x1), r(p.box.y1)],
    leader: p.leader,
  };
};

describe('placeLabels', () => {
  it('takes the first free place: right of the actor when nothing is there', () => {
    const placed = placeLabels([A], options(discs, { x0: -30, y0: -8, x1: 400, y1: 8 }));
    expect(boxOf(placed, 'a')).toEqual({ anchor: 'start', box: [108, -6, 168, 6], leader: null });
  });

  it('an unlabelled actor’s disc under the right place: the label goes left, next to B', () => {
    // u sits where A's label would go on the right; further right is out of bounds
    const placed = placeLabels(
      [B, A],
      options([...discs, { id: 'u', x: 130, y: 4, r: 3 }], { x0: -30, y0: -8, x1: 170, y1: 8 }),
    );
    expect(boxOf(placed, 'b').box).toEqual([-13, -6, 31.5, 6]);
    // the old placer: right, [108, -6, 168, 6], covering u
    expect(boxOf(placed, 'a')).toEqual({ anchor: 'end', box: [32, -6, 92, 6], leader: null });
  });

  it('a leader line across a small label: the label goes left instead', () => {
    // L ("x") sits right next to A: A's label right of it needs a leader line across L
    const L: LabelRequest = {
      id: 'l',
      x: 113,
      y: 0,
      r: 0.5,
      lines: ['x'],
      width: 6,
      forced: true,
      nearOnly: true,
    };
    const placed = placeLabels(
      [B, L, A],
      options([...discs, { id: 'l', x: 113, y: 0, r: 0.5 }], { x0: -30, y0: -8, x1: 400, y1: 8 }),
    );
    expect(boxOf(placed, 'l').box).toEqual([116.5, -6, 122.5, 6]);
    // the old placer: right at [134.45, -6, 194.45, 6] with a leader from (105, 0) across L
    expect(boxOf(placed, 'a')).toEqual({ anchor: 'end', box: [32, -6, 92, 6], leader: null });
  });

  it('when only a covered disc or a crossed label remain, covering the disc loses', () => {
    // the left is taken by B's label itself; right of A, next to it, covers u; further right
    // overlaps L's label until the last step, whose leader line crosses L (50 < 100 for the disc)
    const B2: LabelRequest = { ...B, x: 40, width: 40 };
    const L: LabelRequest = {
      id: 'l',
      x: 166.5,
      y: 0,
      r: 0.5,
      lines: ['x'],
      width: 6,
      forced: true,
      nearOnly: true,
    };
    const placed = placeLabels(
      [B2, L, A],
      options(
        [
          { id: 'a', x: 100, y: 0, r: 5 },
          { id: 'b', x: 40, y: 0, r: 4 },
          { id: 'l', x: 166.5, y: 0, r: 0.5 },
          { id: 'u', x: 120, y: 5, r: 2 },
        ],
        { x0: -30, y0: -8, x1: 400, y1: 8 },
      ),
    );
    expect(boxOf(placed, 'l').box).toEqual([170, -6, 176, 6]);
    // the old placer: right next to A, [108, -6, 168, 6], over u
    expect(boxOf(placed, 'a')).toEqual({
      anchor: 'start',
      box: [187.35, -6, 247.35, 6],
      leader: { from: { x: 105, y: 0 }, to: { x: 187.35, y: 0 } },
    });
  });

  it('an optional label with no free place is left out', () => {
    const crowded = [...discs, { id: 'u', x: 130, y: 0, r: 3 }, { id: 'v', x: 70, y: 0, r: 3 }];
    const placed = placeLabels(
      [{ ...A, forced: false, nearOnly: true }],
      options(crowded, { x0: -30, y0: -8, x1: 400, y1: 8 }),
    );
    expect(placed).toEqual([]);
  });
});
