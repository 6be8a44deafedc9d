import { describe, expect, it } from 'vitest';
import { canvasFont, paintScene, type Canvas2D } from '../../src/export/canvas';
import { buildScene, type ImageOptions } from '../../src/export/scene';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

type Call = [string, ...unknown[]];

/** A 2D context that records every call, with the fill/stroke style current at the time. */
function recordingContext(): Canvas2D & { calls: Call[] } {
  const calls: Call[] = [];
  const state = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    lineCap: 'butt' as CanvasLineCap,
    lineJoin: 'miter' as CanvasLineJoin,
    font: '',
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
  };
  const method =
    (name: string) =>
    (...args: unknown[]) => {
      const extra =
        name === 'fill' || name === 'fillText' || name === 'fillRect'
          ? [state.fillStyle]
          : name === 'stroke' || name === 'strokeText'
            ? [state.strokeStyle, state.lineWidth]
            : [];
      if (name === 'fillText' || name === 'strokeText') extra.push(state.font);
      calls.push([name, ...args, ...extra]);
    };
  const names = [
    'save',
    'restore',
    'scale',
    'beginPath',
    'closePath',
    'moveTo',
    'lineTo',
    'quadraticCurveTo',
    'arc',
    'rect',
    'fill',
    'stroke',
    'clip',
    'fillRect',
    'fillText',
    'strokeText',
  ];
  return Object.assign(state, Object.fromEntries(names.map((n) => [n, method(n)])), {
    calls,
  }) as unknown as Canvas2D & { calls: Call[] };
}

const OPTIONS: ImageOptions = { crop: 'visible', width: 900, scale: 2, legend: true };

describe('paintScene', () => {
  it('paints the same scene as the SVG: edges, then nodes, then labels, clipped to the area', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g, { selectedNode: null }), {
      ...OPTIONS,
      title: 'タイトル',
    });
    const ctx = recordingContext();
    paintScene(ctx, scene, 2);
    const names = ctx.calls.map((c) => c[0]);
    expect(ctx.calls.find((c) => c[0] === 'scale')).toEqual(['scale', 2, 2]);
    expect(names.filter((n) => n === 'clip')).toHaveLength(1);
    // one stroke per edge, per legend line swatch, and the legend box
    const lineSwatches = scene.legend!.swatches.filter((s) => s.shape === 'line').length;
    expect(names.filter((n) => n === 'stroke')).toHaveLength(scene.edges.length + lineSwatches + 1);
    const curves = ctx.calls.filter((c) => c[0] === 'quadraticCurveTo');
    expect(curves).toHaveLength(scene.edges.filter((e) => e.control).length);
    // node circles are arcs filled with the node colours, in scene order
    const nodeArcs = ctx.calls
      .map((c, i) => [c, ctx.calls[i + 1]] as const)
      .filter(([c]) => c[0] === 'arc')
      .slice(0, scene.nodes.length);
    expect(nodeArcs.map(([c]) => c.slice(1, 4))).toEqual(scene.nodes.map((n) => [n.x, n.y, n.r]));
    expect(nodeArcs.map(([, next]) => next?.[1])).toEqual(scene.nodes.map((n) => n.color));
    // every text once as fill, labels with a halo stroke under them; labels before the title
    const filled = ctx.calls.filter((c) => c[0] === 'fillText').map((c) => c[1]);
    expect(filled).toEqual([...scene.labels, ...scene.texts].map((t) => t.text));
    const stroked = ctx.calls.filter((c) => c[0] === 'strokeText').map((c) => c[1]);
    expect(stroked).toEqual(scene.labels.map((t) => t.text));
    const title = ctx.calls.find((c) => c[0] === 'fillText' && c[1] === 'タイトル')!;
    expect(title.at(-1)).toBe(`700 ${scene.texts[0]!.size}px 'Noto Sans JP', sans-serif`);
    // drawing order: the last edge stroke comes before the first node arc, labels after nodes
    const lastEdge = names.lastIndexOf('quadraticCurveTo');
    const firstArc = names.indexOf('arc');
    const firstText = names.indexOf('strokeText');
    expect(lastEdge).toBeLessThan(firstArc);
    expect(firstArc).toBeLessThan(firstText);
    // the clip is restored before the legend is painted
    const clipIndex = names.indexOf('clip');
    const legendRect = ctx.calls.findIndex(
      (c, i) => c[0] === 'rect' && i > clipIndex && c[2] === scene.legend!.box.y,
    );
    expect(names.slice(clipIndex, legendRect)).toContain('restore');
  });

  it('draws a ring around the selected actor', () => {
    const g = sceneGraph();
    const scene = buildScene(
      g,
      styleView(g, {
        selectedNode: 'usa',
        highlight: {
          nodes: new Set(['usa', 'russia', 'china']),
          edges: new Set(['e6', 'e7', 'e9']),
        },
      }),
      OPTIONS,
    );
    const ctx = recordingContext();
    paintScene(ctx, scene);
    const usa = scene.nodes.find((n) => n.id === 'usa')!;
    const ring = ctx.calls.find(
      (c) => c[0] === 'arc' && c[1] === usa.x && c[2] === usa.y && (c[3] as number) > usa.r,
    );
    expect(ring).toBeDefined();
  });

  it('builds the CSS font shorthand', () => {
    expect(canvasFont({ size: 13, weight: 400 }, "'Noto Sans JP', sans-serif")).toBe(
      "400 13px 'Noto Sans JP', sans-serif",
    );
  });
});
