// A restyle asks labelFits (src/render/style.ts) for every actor's name: each text is broken
// (label-text.ts fitLines, the dearest step of styling an actor) once, later asks look it up.
import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('../../src/render/label-text', async (original) => {
  const real = await original<typeof import('../../src/render/label-text')>();
  return {
    ...real,
    fitLines: (...args: Parameters<typeof real.fitLines>) => {
      calls.push(args[0]);
      return real.fitLines(...args);
    },
  };
});

const { labelFits, shortLabel } = await import('../../src/render/style');

describe('labelFits', () => {
  it('breaks each text once, with the same answers as the first time', () => {
    const sco = {
      label: 'Shanghai Cooperation Organisation',
      labelJa: '上海協力機構',
      aliases: [],
    };
    const putin = { label: 'Vladimir Putin', labelJa: 'ウラジーミル・プーチン', aliases: [] };
    const first = [shortLabel(sco, 'en'), shortLabel(putin, 'en'), shortLabel(putin, 'ja')];
    expect(first).toEqual([
      'Shanghai Cooperation Organisation',
      'Vladimir Putin',
      'ウラジーミル・プーチン',
    ]);
    expect(calls).toEqual([
      'Shanghai Cooperation Organisation',
      'Vladimir Putin',
      'ウラジーミル・プーチン',
    ]);
    // a second restyle: the same labels, no text broken again
    expect([shortLabel(sco, 'en'), shortLabel(putin, 'en'), shortLabel(putin, 'ja')]).toEqual(
      first,
    );
    expect(labelFits('Vladimir Putin')).toBe(true);
    expect(calls).toHaveLength(3);
    // a new text is broken once
    expect(labelFits('Quadrilateral Security Dialogue of the Indo-Pacific partners')).toBe(false);
    expect(labelFits('Quadrilateral Security Dialogue of the Indo-Pacific partners')).toBe(false);
    expect(calls).toHaveLength(4);
  });
});
