// The screen's label drawers (src/render/label-renderer.ts) against a recording fake canvas: a
// halo stroke under every line, long names on two lines centred on the node, hover card first.
import { describe, expect, it } from 'vitest';
import {
  drawHaloHover,
  drawHaloLabel,
  HALO_COLOR,
  labelLines,
} from '../../src/render/label-renderer';

const width = (s: string) => s.length * 7; // 7 px per character at size 13

function fakeCtx() {
  const calls: string[] = [];
  const ctx = {
    font: '',
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 0,
    lineJoin: 'miter',
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
    // two lines, centred on the node: baselines 50 + 10/3 ∓ 11.5/2
    expect(text).toEqual([
      `stroke Shanghai Cooperation 108 ${50 + 10 / 3 - 5.75} ${HALO_COLOR}`,
      `fill Shanghai Cooperation 108 ${50 + 10 / 3 - 5.75} #111111`,
      `stroke Organisation 108 ${50 + 10 / 3 + 5.75} ${HALO_COLOR}`,
      `fill Organisation 108 ${50 + 10 / 3 + 5.75} #111111`,
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
});
