// The screen's label drawers (src/render/label-renderer.ts) against a recording fake canvas: a
// halo stroke under every line, long names on two lines centred on the node, hover card first
// with the whole name; the label layer places labels without overlaps, forced ones first.
import { describe, expect, it } from 'vitest';
import {
  createLabelLayer,
  drawHaloHover,
  drawHaloLabel,
  HALO_COLOR,
  labelLines,
  viewportDiscs,
} from '../../src/render/label-renderer';

const width = (s: string) => s.length * 6; // 6 px per character at size 10

function fakeCtx() {
  const calls: string[] = [];
  const ctx = {
    font: '',
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 0,
    lineJoin: 'miter',
    textAlign: 'start',
    moveTo: () => calls.push('moveTo'),
    lineTo: () => calls.push('lineTo'),
    stroke: () => calls.push('stroke'),
    shadowBlur: 0,
    shadowColor: '',
    shadowOffsetX: 0,
    shadowOffsetY: 0,
    measureText: (s: string) => ({ width: width(s) }),
    fillText: (s: string, x: number, y: number) =>
      calls.push(`fill ${s} ${x} ${y} ${String(ctx.fillStyle)}`),
    strokeText: (s: string, x: number, y: number) =>
      calls.push(`stroke ${s} ${x} ${y} ${String(ctx.strokeStyle)}`),
    beginPath: () => calls.push('beginPath'),
    arc: () => calls.push('arc'),
    fill: () => calls.push('fillPath'),
    roundRect: () => calls.push('roundRect'),
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
  };
  return { ctx, calls };
}

const intersects = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const settings = {
  labelSize: 10,
  labelFont: 'Noto Sans JP',
  labelWeight: '400',
  labelColor: { color: '#111111' },
};

describe('label renderer', () => {
  it('breaks a long name at the space or ・ nearest the middle, never cuts it', () => {
    expect(labelLines('China', width, 100)).toEqual(['China']);
    expect(labelLines('Shanghai Cooperation Organisation', width, 100)).toEqual([
      'Shanghai Cooperation',
      'Organisation',
    ]);
    expect(labelLines('ウラジーミル・プーチン', width, 50)).toEqual(['ウラジーミル・', 'プーチン']);
    expect(labelLines('Supercalifragilistic', width, 50)).toEqual(['Supercalifragilistic']);
  });

  it('draws each line as a halo stroke, then the text, right of the node', () => {
    const { ctx, calls } = fakeCtx();
    drawHaloLabel(
      ctx as never,
      { x: 100, y: 50, size: 5, label: 'Shanghai Cooperation Organisation', color: '#f00' },
      settings,
    );
    const text = calls.filter((c) => c.startsWith('stroke') || c.startsWith('fill '));
    // two lines, centred on the node: baselines 50 + 0.3 × 10 ∓ 11.5/2
    const y = (d: number) => 50 + 3 + d;
    expect(text.map((c) => c.replace(/ (\d+\.\d{6})\d*/g, (_, n) => ` ${Number(n)}`))).toEqual([
      `stroke Shanghai Cooperation 108 ${y(-5.75)} ${HALO_COLOR}`,
      `fill Shanghai Cooperation 108 ${y(-5.75)} #111111`,
      `stroke Organisation 108 ${y(5.75)} ${HALO_COLOR}`,
      `fill Organisation 108 ${y(5.75)} #111111`,
    ]);
    const none = fakeCtx();
    drawHaloLabel(none.ctx as never, { x: 0, y: 0, size: 5, label: null, color: '#f00' }, settings);
    expect(none.calls).toEqual([]);
  });

  it('hover draws the card (node disc and label box) before the label', () => {
    const { ctx, calls } = fakeCtx();
    drawHaloHover(ctx as never, { x: 10, y: 10, size: 5, label: 'Japan', color: '#f00' }, settings);
    expect(calls.indexOf('roundRect')).toBeLessThan(calls.indexOf('fillPath'));
    expect(calls.indexOf('fillPath')).toBeLessThan(
      calls.findIndex((c) => c.startsWith('fill Japan')),
    );
  });

  it('hover shows the whole name, not the short label', () => {
    const { ctx, calls } = fakeCtx();
    drawHaloHover(
      ctx as never,
      {
        x: 10,
        y: 10,
        size: 5,
        label: 'SCO',
        fullLabel: 'Shanghai Cooperation Organisation',
        color: '#f00',
      },
      settings,
    );
    const drawn = calls.filter((c) => c.startsWith('fill ')).map((c) => c.split(' 1')[0]);
    expect(drawn.join(' ')).toContain('Shanghai Cooperation');
    expect(calls.some((c) => c.startsWith('fill SCO'))).toBe(false);
  });
});

describe('label layer', () => {
  const viewport = { width: 800, height: 600 };
  const label = (key: string, x: number, y: number, forced: boolean, size = 5) => ({
    key,
    x,
    y,
    size,
    label: key,
    forceLabel: forced,
    color: '#000',
  });

  it('places forced labels first, each where it overlaps no other label or labelled node', () => {
    const layer = createLabelLayer();
    const { ctx, calls } = fakeCtx();
    layer.begin();
    // four forced actors in a tight row: right of each other their labels would collide
    const keys = ['Alpha-one', 'Bravo-two', 'Charlie-three', 'Delta-four'];
    keys.forEach((k, i) =>
      layer.collect(ctx as never, label(k, 300 + i * 30, 300, true), settings),
    );
    // an unforced one in the middle, collected first (sigma's grid order): placed after them
    layer.collect(ctx as never, label('Echo', 345, 300, false), settings);
    expect(calls).toEqual([]); // nothing drawn before the frame ends
    layer.flush(ctx as never, viewport);
    const placed = layer.placed();
    expect(placed.filter((p) => p.forced).map((p) => p.id)).toEqual(keys);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(intersects(a.box, b.box)).toBe(false);
    // drawn: one halo and one fill per line of each placed label
    expect(calls.filter((c) => c.startsWith('fill ')).length).toBe(placed.length);
    // the last of the row has room right of its node, as sigma draws it; the first, left of it
    expect(placed.find((p) => p.id === 'Delta-four')!.box.x).toBeGreaterThan(390);
    // and no label covers another labelled node (Alpha's right side is Bravo's node)
    const discs = [...keys.map((k, i) => [k, 300 + i * 30] as const), ['Echo', 345] as const];
    for (const p of placed)
      for (const [k, x] of discs)
        if (k !== p.id)
          expect(
            intersects(p.box, { x: x - 5, y: 295, width: 10, height: 10 }),
            `${p.id}/${k}`,
          ).toBe(false);
  });

  it('leaves a selected actor’s name to its hover card, placed first, the others off it', () => {
    const run = (highlighted: boolean) => {
      const layer = createLabelLayer();
      const { ctx, calls } = fakeCtx();
      layer.begin();
      // a forced neighbour right of the selected actor, larger (placed first if not for the card)
      layer.collect(ctx as never, label('Neighbour', 330, 300, true, 8), settings);
      layer.collect(
        ctx as never,
        { ...label('Selected', 300, 300, true), fullLabel: 'Selected actor', highlighted },
        settings,
      );
      layer.flush(ctx as never, viewport);
      return { placed: layer.placed(), fills: calls.filter((c) => c.startsWith('fill ')) };
    };
    const carded = run(true);
    // its card's box, right of the node as drawHaloHover draws it: the whole name, 84 px wide
    expect(carded.placed[0]).toEqual({
      id: 'Selected',
      box: expect.objectContaining({ width: 84 }) as never,
      forced: true,
    });
    expect(carded.placed[0]!.box.x).toBeGreaterThan(300);
    // drawn once only (by the card): the label layer draws the neighbour alone, off the card
    expect(carded.fills.map((c) => c.split(' ')[1])).toEqual(['Neighbour']);
    expect(intersects(carded.placed[0]!.box, carded.placed[1]!.box)).toBe(false);
    // not highlighted: its own label, drawn by the layer
    expect(
      run(false)
        .fills.map((c) => c.split(' ')[1])
        .sort(),
    ).toEqual(['Neighbour', 'Selected']);
  });

  it('keeps labels off the discs of unlabelled nodes the renderer draws (DiscSource)', () => {
    // sigma as the layer sees it: three nodes, identity camera; only "Alpha" has a label
    const nodes: Record<string, { x: number; y: number; size: number; hidden?: boolean }> = {
      Alpha: { x: 100, y: 50, size: 5 },
      u: { x: 120, y: 50, size: 4 }, // right of Alpha, where its label would go
      far: { x: 2000, y: 50, size: 4 }, // outside the viewport
      gone: { x: 90, y: 50, size: 4, hidden: true },
    };
    const sigmaLike = {
      getGraph: () => ({
        forEachNode: (cb: (key: string) => void) => Object.keys(nodes).forEach(cb),
      }),
      getNodeDisplayData: (key: string) => nodes[key],
      framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
      scaleSize: (size: number) => size,
    };
    expect(viewportDiscs(sigmaLike, viewport)).toEqual([
      { id: 'Alpha', x: 100, y: 50, r: 5 },
      { id: 'u', x: 120, y: 50, r: 4 },
    ]);
    const placeWith = (source?: typeof sigmaLike) => {
      const layer = createLabelLayer();
      const { ctx } = fakeCtx();
      layer.begin();
      layer.collect(ctx as never, label('Alpha', 100, 50, false), settings);
      layer.flush(ctx as never, viewport, source);
      return layer.placed();
    };
    // "Alpha" is 30 px wide, 12 px high: left of the node (92 − 30), not over u on the right
    expect(placeWith(sigmaLike)).toEqual([
      { id: 'Alpha', box: { x: 62, y: 44, width: 30, height: 12 }, forced: false },
    ]);
    // without the renderer's discs the layer knows only the labelled node: right, over u
    expect(placeWith().map((p) => p.box.x)).toEqual([108]);
    // with the left blocked too (the hidden node shown), the optional label is left out
    nodes.gone!.hidden = false;
    expect(placeWith(sigmaLike)).toEqual([]);
  });

  it('leaves out an unforced label with no free position, never a forced one', () => {
    const layer = createLabelLayer();
    const { ctx } = fakeCtx();
    layer.begin();
    // eight forced actors around (400, 300) take every position around it
    const ring = Array.from({ length: 8 }, (_, i) => {
      const a = (i / 8) * Math.PI * 2;
      return label(`Forced-${i}-longer-name`, 400 + Math.cos(a) * 40, 300 + Math.sin(a) * 25, true);
    });
    ring.forEach((d) => layer.collect(ctx as never, d, settings));
    layer.collect(ctx as never, label('Hidden-by-ring', 400, 300, false), settings);
    layer.flush(ctx as never, viewport);
    const ids = layer.placed().map((p) => p.id);
    for (const d of ring) expect(ids).toContain(d.key);
    expect(ids).not.toContain('Hidden-by-ring');
    // a new frame starts empty
    layer.begin();
    layer.flush(ctx as never, viewport);
    expect(layer.placed()).toEqual([]);
  });
});
