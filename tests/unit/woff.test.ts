import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildSfnt,
  cmapRanges,
  readSfnt,
  renameFamily,
  tableChecksum,
  woffToSfnt,
  type SfntTable,
} from '../../src/export/sfnt';
import { parseFontFaces, subsetsFor } from '../../src/export/woff';

const tag = (s: string) =>
  ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>>
  0;

/** Wraps tables into a WOFF 1.0 file; `compress` chooses which tables are zlib-compressed. */
function makeWoff(flavor: number, tables: SfntTable[], compress: (t: SfntTable) => boolean) {
  const sorted = [...tables].sort((a, b) => a.tag - b.tag);
  const bodies = sorted.map((t) => {
    const z = compress(t) ? zlibSync(t.data) : t.data;
    return z.length < t.data.length ? z : t.data;
  });
  let size = 44 + sorted.length * 20;
  const offsets = bodies.map((b) => {
    const at = size;
    size += (b.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x774f4646);
  v.setUint32(4, flavor);
  v.setUint32(8, size);
  v.setUint16(12, sorted.length);
  sorted.forEach((t, i) => {
    const at = 44 + i * 20;
    v.setUint32(at, t.tag);
    v.setUint32(at + 4, offsets[i]!);
    v.setUint32(at + 8, bodies[i]!.length);
    v.setUint32(at + 12, t.data.length);
    v.setUint32(at + 16, tableChecksum(t.tag, t.data));
    out.set(bodies[i]!, offsets[i]!);
  });
  return out;
}

const TABLES: SfntTable[] = [
  { tag: tag('name'), data: new Uint8Array(6) }, // an empty format-0 name table
  { tag: tag('glyf'), data: new Uint8Array(Array.from({ length: 301 }, (_, i) => i % 7)) },
  { tag: tag('head'), data: new Uint8Array(54).fill(3) },
];

const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'));

describe('woffToSfnt', () => {
  it('gives back the sfnt: compressed and stored tables, sorted, aligned, with checksums', () => {
    const woff = makeWoff(0x00010000, TABLES, (t) => t.tag !== tag('head'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt).toEqual(buildSfnt(0x00010000, TABLES));
    const back = readSfnt(sfnt);
    expect(back.flavor).toBe(0x00010000);
    expect(back.tables.map((t) => t.tag)).toEqual(['glyf', 'head', 'name'].map(tag));
    expect([...back.tables[0]!.data]).toEqual([...TABLES[1]!.data]);
    const v = new DataView(sfnt.buffer);
    expect(v.getUint16(4)).toBe(3); // numTables
    expect(v.getUint16(6)).toBe(32); // searchRange = 2^floor(log2 3) × 16
    expect(v.getUint16(8)).toBe(1); // entrySelector
    expect(v.getUint16(10)).toBe(16); // rangeShift
    expect(v.getUint32(12 + 8) % 4).toBe(0); // first table offset aligned
  });

  it('refuses what is not a WOFF 1.0 file, naming the problem', () => {
    const woff = makeWoff(0x00010000, TABLES, () => true);
    expect(() => woffToSfnt(new Uint8Array(10))).toThrow(
      'woff: expected at least 44 bytes, got 10',
    );
    const woff2 = woff.slice();
    new DataView(woff2.buffer).setUint32(0, 0x774f4632);
    expect(() => woffToSfnt(woff2)).toThrow('woff: this is WOFF2 (Brotli), expected WOFF 1.0');
    expect(() => woffToSfnt(woff.slice(0, woff.length - 4))).toThrow(/header says \d+ bytes/);
    const corrupt = woff.slice();
    const at = 44 + 3 * 20 + 2; // inside the first (compressed) table
    corrupt[at] = corrupt[at]! ^ 0xff;
    expect(() => woffToSfnt(corrupt)).toThrow(
      /woff: table "\w+" (could not be inflated|inflated to)/,
    );
  });

  it('converts the bundled Noto Sans JP Latin subset into a TrueType font with a cmap', () => {
    const woff = readFileSync(join(fontDir, 'files/noto-sans-jp-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    const tables = readSfnt(sfnt).tables.map((t) =>
      String.fromCharCode(t.tag >>> 24, (t.tag >>> 16) & 255, (t.tag >>> 8) & 255, t.tag & 255),
    );
    expect(tables).toEqual(
      expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']),
    );
    const covers = (c: number) => cmapRanges(sfnt).some(([lo, hi]) => c >= lo && c <= hi);
    expect(covers(0x41)).toBe(true); // A
    expect(covers(0x65e5)).toBe(false); // 日 is in another subset
  });
});

describe('renameFamily and checksums', () => {
  it('renames the family and keeps the other names', () => {
    const sfnt = woffToSfnt(
      readFileSync(join(fontDir, 'files/noto-sans-jp-latin-400-normal.woff')),
    );
    const renamed = renameFamily(sfnt, 'TestFamily', 'Bold');
    const name = readSfnt(renamed).tables.find((t) => t.tag === tag('name'))!.data;
    const v = new DataView(name.buffer, name.byteOffset, name.byteLength);
    const names = new Map<number, string[]>();
    for (let i = 0; i < v.getUint16(2); i++) {
      const at = 6 + i * 12;
      if (v.getUint16(at) !== 3) continue;
      const id = v.getUint16(at + 6);
      const start = v.getUint16(4) + v.getUint16(at + 10);
      const bytes = name.subarray(start, start + v.getUint16(at + 8));
      let text = '';
      for (let k = 0; k < bytes.length; k += 2)
        text += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
      names.set(id, [...(names.get(id) ?? []), text]);
    }
    expect(names.get(1)).toEqual(['TestFamily']);
    expect(names.get(2)).toEqual(['Bold']);
    expect(names.get(6)).toEqual(['TestFamily-Bold']);
    expect(names.get(0)?.[0]).toMatch(/^\(c\) 2014-2021 Adobe/); // copyright kept
    // the other tables are unchanged
    const glyf = (f: Uint8Array) => readSfnt(f).tables.find((t) => t.tag === tag('glyf'))!.data;
    expect(glyf(renamed)).toEqual(glyf(sfnt));
  });

  it('sums big-endian words with zero padding, skipping head.checkSumAdjustment', () => {
    expect(tableChecksum(tag('glyf'), new Uint8Array([0, 0, 0, 1, 0, 0, 0, 2]))).toBe(3);
    expect(tableChecksum(tag('glyf'), new Uint8Array([1]))).toBe(0x01000000);
    const head = new Uint8Array(12);
    head.set([0, 0, 0, 5, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
    expect(tableChecksum(tag('head'), head)).toBe(5);
  });
});

describe('@font-face unicode ranges', () => {
  it('reads every WOFF subset of the bundled 400.css', () => {
    const subsets = parseFontFaces(readFileSync(join(fontDir, '400.css'), 'utf8'));
    expect(subsets).toHaveLength(124);
    expect(subsets.every((s) => s.file.endsWith('.woff') && s.ranges.length > 0)).toBe(true);
    const files = subsetsFor('Aロシア', subsets).map((s) => s.file);
    expect(files).toContain('files/noto-sans-jp-latin-400-normal.woff');
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(subsetsFor('', subsets)).toEqual([]);
  });

  it('parses single code points, ranges and wildcards', () => {
    const css = `@font-face { font-family: 'X'; font-weight: 700;
      src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff');
      unicode-range: U+0041, U+3000-303F, U+4E??; }
      @font-face { src: url(./files/b.woff2) format('woff2'); unicode-range: U+0042; }`;
    expect(parseFontFaces(css)).toEqual([
      {
        file: 'files/a.woff',
        weight: 700,
        ranges: [
          [0x41, 0x41],
          [0x3000, 0x303f],
          [0x4e00, 0x4eff],
        ],
        unicodeRange: 'U+0041, U+3000-303F, U+4E??',
      },
    ]);
  });
});
