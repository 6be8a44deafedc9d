// WOFF 1.0 → sfnt (TrueType/OpenType) conversion and the sfnt reading the exports need: tables,
// renaming a font's family, the code points its cmap maps. resvg (the CLI's PNG rasteriser),
// pdfkit and fontkit's outlines want TTF/OTF while @fontsource ships WOFF/WOFF2 subsets: a WOFF
// file is an sfnt whose tables are each zlib-compressed, so converting back means inflating every
// table and writing a new table directory (W3C WOFF 1.0, sections 3–5). Pure (fflate). Kept apart
// from woff.ts (CSS), so that the app loads it only with the PDF / outline export.
import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

/** Converts a WOFF 1.0 file to the sfnt it wraps; throws a "woff: …" error on malformed input. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  if (woff.length < HEADER_SIZE)
    throw new Error(`woff: expected at least ${HEADER_SIZE} bytes, got ${woff.length}`);
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const signature = view.getUint32(0);
  if (signature !== WOFF_SIGNATURE)
    throw new Error(
      signature === 0x774f4632
        ? 'woff: this is WOFF2 (Brotli), expected WOFF 1.0'
        : 'woff: expected the signature "wOFF"',
    );
  const flavor = view.getUint32(4);
  const length = view.getUint32(8);
  const numTables = view.getUint16(12);
  if (length !== woff.length)
    throw new Error(`woff: header says ${length} bytes, the file has ${woff.length}`);
  if (numTables === 0) throw new Error('woff: expected at least one table');
  if (HEADER_SIZE + numTables * WOFF_ENTRY_SIZE > woff.length)
    throw new Error(`woff: the directory of ${numTables} tables runs past the end of the file`);

  const entries: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const entry = {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
    if (entry.offset + entry.compLength > woff.length)
      throw new Error(`woff: table "${tagName(entry.tag)}" runs past the end of the file`);
    if (entry.compLength > entry.origLength)
      throw new Error(`woff: table "${tagName(entry.tag)}" is larger compressed than plain`);
    entries.push(entry);
  }

  const tables = entries.map((e) => {
    const raw = woff.subarray(e.offset, e.offset + e.compLength);
    if (e.compLength === e.origLength) return raw;
    let data: Uint8Array;
    try {
      data = unzlibSync(raw);
    } catch (err) {
      throw new Error(
        `woff: table "${tagName(e.tag)}" could not be inflated (${(err as Error).message})`,
        { cause: err },
      );
    }
    if (data.length !== e.origLength)
      throw new Error(
        `woff: table "${tagName(e.tag)}" inflated to ${data.length} bytes, expected ${e.origLength}`,
      );
    return data;
  });

  return buildSfnt(
    flavor,
    entries.map((e, i) => ({ tag: e.tag, data: tables[i]! })),
  );
}

/** A table of an sfnt: its 4-byte tag as a number, and its bytes. */
export interface SfntTable {
  tag: number;
  data: Uint8Array;
}

/** Splits an sfnt (TrueType/OpenType) into its tables; throws a "font: …" error when malformed. */
export function readSfnt(font: Uint8Array): { flavor: number; tables: SfntTable[] } {
  if (font.length < SFNT_HEADER_SIZE) throw new Error('font: too short for an sfnt header');
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const flavor = view.getUint32(0);
  const numTables = view.getUint16(4);
  if (SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE > font.length)
    throw new Error('font: the table directory runs past the end of the file');
  const tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > font.length)
      throw new Error(`font: table "${tagName(tag)}" runs past the end of the file`);
    tables.push({ tag, data: font.subarray(offset, offset + length) });
  }
  return { flavor, tables };
}

/** Writes an sfnt: offset table, table records sorted by tag (with checksums), 4-byte aligned data. */
export function buildSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
  const numTables = tables.length;
  const sorted = [...tables].sort((a, b) => a.tag - b.tag);
  let size = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  for (const t of sorted) size += align4(t.data.length);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, numTables * 16 - searchRange);
  let offset = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  sorted.forEach((t, i) => {
    const record = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
    o.setUint32(record, t.tag);
    o.setUint32(record + 4, tableChecksum(t.tag, t.data));
    o.setUint32(record + 8, offset);
    o.setUint32(record + 12, t.data.length);
    out.set(t.data, offset);
    offset += align4(t.data.length);
  });
  return out;
}

const HEAD = 0x68656164; // 'head'

/** Sum of the table's big-endian uint32 words (zero-padded); 'head' without checkSumAdjustment. */
export function tableChecksum(tag: number, data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    let word = 0;
    for (let k = 0; k < 4; k++) {
      const index = i + k;
      const byte = tag === HEAD && index >= 8 && index < 12 ? 0 : (data[index] ?? 0);
      word = (word << 8) | byte;
    }
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

const NAME = 0x6e616d65; // 'name'
/** Name ids that carry the family: family, subfamily, full name, PostScript name, typographic ones. */
const FAMILY_NAME_IDS = new Set([1, 2, 4, 6, 16, 17, 21, 22]);

/**
 * A copy of an sfnt under another family name (name table ids 1, 2, 4, 6 rewritten for Windows
 * Unicode; the other names, such as copyright and licence, are kept).
 */
export function renameFamily(font: Uint8Array, family: string, subfamily = 'Regular'): Uint8Array {
  const { flavor, tables } = readSfnt(font);
  const name = tables.find((t) => t.tag === NAME);
  const kept: { ids: number[]; bytes: Uint8Array }[] = [];
  if (name) {
    const v = new DataView(name.data.buffer, name.data.byteOffset, name.data.byteLength);
    const count = v.getUint16(2);
    const storage = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 6 + i * 12;
      if (at + 12 > name.data.length) break;
      const ids = [0, 2, 4, 6].map((k) => v.getUint16(at + k));
      const length = v.getUint16(at + 8);
      const offset = v.getUint16(at + 10);
      if (FAMILY_NAME_IDS.has(ids[3]!)) continue;
      const start = storage + offset;
      if (start + length > name.data.length) continue;
      kept.push({ ids, bytes: name.data.subarray(start, start + length) });
    }
  }
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) >> 8;
      bytes[2 * i + 1] = text.charCodeAt(i) & 255;
    }
    return bytes;
  };
  const postscript = `${family}-${subfamily}`.replace(/[^A-Za-z0-9-]/g, '');
  const own = [
    [1, family],
    [2, subfamily],
    [4, `${family} ${subfamily}`],
    [6, postscript],
  ] as const;
  const records = [
    ...kept,
    ...own.map(([id, text]) => ({ ids: [3, 1, 0x409, id], bytes: utf16(text) })),
  ].sort(
    (a, b) =>
      a.ids[0]! - b.ids[0]! ||
      a.ids[1]! - b.ids[1]! ||
      a.ids[2]! - b.ids[2]! ||
      a.ids[3]! - b.ids[3]!,
  );
  const headerSize = 6 + records.length * 12;
  const total = headerSize + records.reduce((n, r) => n + r.bytes.length, 0);
  const table = new Uint8Array(total);
  const w = new DataView(table.buffer);
  w.setUint16(0, 0);
  w.setUint16(2, records.length);
  w.setUint16(4, headerSize);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    r.ids.forEach((id, k) => w.setUint16(at + k * 2, id));
    w.setUint16(at + 8, r.bytes.length);
    w.setUint16(at + 10, offset);
    table.set(r.bytes, headerSize + offset);
    offset += r.bytes.length;
  });
  return buildSfnt(flavor, [...tables.filter((t) => t.tag !== NAME), { tag: NAME, data: table }]);
}

const align4 = (n: number) => (n + 3) & ~3;

function tagName(tag: number): string {
  return String.fromCharCode((tag >>> 24) & 255, (tag >>> 16) & 255, (tag >>> 8) & 255, tag & 255);
}

const CMAP = 0x636d6170; // 'cmap'

/**
 * The code point ranges an sfnt's cmap maps (format 12 from a Unicode full-repertoire subtable,
 * else format 4 from a Unicode BMP subtable); [] when it has neither.
 */
export function cmapRanges(font: Uint8Array): [number, number][] {
  const cmap = readSfnt(font).tables.find((t) => t.tag === CMAP)?.data;
  if (!cmap || cmap.length < 4) return [];
  const v = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < v.getUint16(2) && 4 + i * 8 + 8 <= cmap.length; i++)
    subtables.push({
      platform: v.getUint16(4 + i * 8),
      encoding: v.getUint16(6 + i * 8),
      offset: v.getUint32(8 + i * 8),
    });
  const unicode = subtables.filter(
    (s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)),
  );
  const format = (s: { offset: number }) =>
    s.offset + 2 <= cmap.length ? v.getUint16(s.offset) : -1;
  const f12 = unicode.find((s) => format(s) === 12);
  if (f12) {
    const ranges: [number, number][] = [];
    const groups = v.getUint32(f12.offset + 12);
    for (let i = 0; i < groups; i++) {
      const at = f12.offset + 16 + i * 12;
      if (at + 12 > cmap.length) break;
      ranges.push([v.getUint32(at), v.getUint32(at + 4)]);
    }
    return ranges;
  }
  const f4 = unicode.find((s) => format(s) === 4);
  if (!f4) return [];
  const segments = v.getUint16(f4.offset + 6) / 2;
  const ranges: [number, number][] = [];
  for (let i = 0; i < segments; i++) {
    const endAt = f4.offset + 14 + i * 2;
    const startAt = f4.offset + 16 + segments * 2 + i * 2;
    if (startAt + 2 > cmap.length) break;
    const start = v.getUint16(startAt);
    const end = v.getUint16(endAt);
    if (start === 0xffff) continue;
    ranges.push([start, end]);
  }
  return ranges;
}
