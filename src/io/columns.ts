// Attribute columns for the typed exchange formats (GEXF, GraphML, CSV): which attributes a set of
// elements has, what type each can be declared with, and how values are written and read back.
// Values that no scalar type fits (lists, objects, mixed types) travel as JSON text in a string
// column whose id ends in ".json", so they come back exactly.

export type ColumnType = 'boolean' | 'integer' | 'double' | 'string' | 'json';

export interface Column {
  key: string;
  type: ColumnType;
}

const INT32 = 2 ** 31;

function typeOf(value: unknown): ColumnType {
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      if (!Number.isFinite(value)) return 'json';
      return Number.isInteger(value) && Math.abs(value) < INT32 && !Object.is(value, -0)
        ? 'integer'
        : 'double';
    case 'string':
      return 'string';
    default:
      return 'json';
  }
}

function merge(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return 'json';
}

/**
 * Columns of a set of attribute objects in a stable order: `preferred` keys first (when present),
 * then the others in the order first seen. `skip(attrs, key)` leaves out keys that the format
 * writes natively (a GEXF label, viz positions).
 */
export function collectColumns(
  items: Iterable<Record<string, unknown>>,
  preferred: readonly string[],
  skip: (attrs: Record<string, unknown>, key: string) => boolean = () => false,
): Column[] {
  const types = new Map<string, ColumnType>();
  for (const key of preferred) types.set(key, 'string');
  const seen = new Set<string>();
  for (const attrs of items) {
    for (const key of Object.keys(attrs)) {
      const value = attrs[key];
      if (value === undefined || skip(attrs, key)) continue;
      const t = value === null ? 'json' : typeOf(value);
      if (!seen.has(key)) {
        seen.add(key);
        types.set(key, t);
      } else types.set(key, merge(types.get(key) ?? t, t));
    }
  }
  return [...types].filter(([key]) => seen.has(key)).map(([key, type]) => ({ key, type }));
}

/** Text of a value in a column of the given type (JSON columns hold JSON text). */
export function formatValue(value: unknown, type: ColumnType): string {
  if (type === 'json') return JSON.stringify(value) ?? 'null';
  return String(value);
}

export type ParsedValue = { ok: true; value: unknown } | { ok: false; expected: string };

/**
 * Reads a typed value. `type` is a GEXF or GraphML type name (integer, long, float, double,
 * boolean, string, liststring, ...) or 'json'. Unknown types read as strings.
 */
export function parseTyped(text: string, type: string): ParsedValue {
  const t = type.toLowerCase();
  switch (t) {
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, expected: 'JSON text' };
      }
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      const s = text.trim();
      return /^[+-]?\d+$/.test(s)
        ? { ok: true, value: Number(s) }
        : { ok: false, expected: `an ${t === 'integer' ? 'integer' : `integer (${t})`}` };
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const s = text.trim();
      const special: Record<string, number> = {
        INF: Infinity,
        '-INF': -Infinity,
        NaN: NaN,
        Infinity,
        '-Infinity': -Infinity,
      };
      if (s in special && Object.prototype.hasOwnProperty.call(special, s))
        return { ok: true, value: special[s] };
      const n = Number(s);
      return s !== '' && Number.isFinite(n)
        ? { ok: true, value: n }
        : { ok: false, expected: `a number (${t})` };
    }
    case 'boolean': {
      const s = text.trim().toLowerCase();
      if (s === 'true' || s === '1') return { ok: true, value: true };
      if (s === 'false' || s === '0') return { ok: true, value: false };
      return { ok: false, expected: 'true or false' };
    }
    default:
      if (t.startsWith('list')) return { ok: true, value: parseList(text, t.slice(4)) };
      return { ok: true, value: text };
  }
}

/** GEXF list values: "[a, b, c]" (GEXF 1.3, Gephi) or "a|b|c" (GEXF 1.2). */
function parseList(text: string, itemType: string): unknown[] {
  const s = text.trim();
  const body = s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
  const parts = body === '' ? [] : body.split(s.startsWith('[') ? ',' : '|').map((p) => p.trim());
  if (itemType === 'string' || itemType === 'char') return parts;
  return parts.map((p) => {
    const r = parseTyped(p, itemType);
    return r.ok ? r.value : p;
  });
}
