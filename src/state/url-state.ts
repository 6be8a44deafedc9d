// The view state that lives in the URL (language, filters, hide-isolated, selection, camera, size
// metric, edge colours, view): pure parse/serialize. Each parameter is one codec in PARAMS, so later features
// (focus, path, time, bloc) add a codec. Bad values are dropped with a readable warning, never thrown.
import { ACTOR_KINDS, CERTAINTIES, RELATION_TYPES, STATUSES } from '../model/vocabulary';
import { SIZE_METRICS, type SizeMetric } from '../graph/centrality';
import type { EdgeColorMode, Language } from '../render/style';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle?: number;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export type ViewMode = 'graph' | 'table';

export interface UrlState {
  /** Undefined = not in the URL (the app falls back to the remembered language). */
  language?: Language;
  exclude: {
    relations: string[];
    kinds: string[];
    statuses: string[];
    certainties: string[];
  };
  /** Hide actors without visible relations (default true; `isolated=show` turns it off). */
  hideIsolated: boolean;
  selection: Selection;
  camera: CameraState | null;
  sizeBy: SizeMetric;
  edgeColors: EdgeColorMode;
  view: ViewMode;
}

export function defaultUrlState(): UrlState {
  return {
    exclude: { relations: [], kinds: [], statuses: [], certainties: [] },
    hideIsolated: true,
    selection: null,
    camera: null,
    sizeBy: 'degree',
    edgeColors: 'relation',
    view: 'graph',
  };
}

interface ParamCodec {
  key: string;
  /** Writes the parsed value into state; returns a warning when the value is not acceptable. */
  parse(value: string, state: UrlState): string | void;
  /** The value to write, or undefined to leave the parameter out (its default). */
  serialize(state: UrlState): string | undefined;
}

function listCodec(
  key: string,
  facet: keyof UrlState['exclude'],
  allowed: readonly string[],
  what: string,
): ParamCodec {
  return {
    key,
    parse(value, state) {
      const items = value.split(',').filter((v) => v.length > 0);
      const good = [...new Set(items.filter((v) => allowed.includes(v)))];
      const bad = items.filter((v) => !allowed.includes(v));
      state.exclude[facet] = good;
      if (bad.length > 0)
        return `"${key}": unknown ${what} ${bad.map((b) => `"${b}"`).join(', ')} ignored (expected any of ${allowed.join(', ')})`;
    },
    serialize: (state) =>
      state.exclude[facet].length > 0
        ? [...state.exclude[facet]]
            .sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b))
            .join(',')
        : undefined,
  };
}

function enumCodec<K extends 'sizeBy' | 'edgeColors' | 'view'>(
  key: string,
  field: K,
  allowed: readonly UrlState[K][],
): ParamCodec {
  return {
    key,
    parse(value, state) {
      if (!(allowed as readonly string[]).includes(value))
        return `"${key}": expected one of ${allowed.join(', ')}, got "${value}"`;
      state[field] = value as UrlState[K];
    },
    serialize: (state) => (state[field] === defaultUrlState()[field] ? undefined : state[field]),
  };
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

function idCodec(key: 'node' | 'edge'): ParamCodec {
  return {
    key,
    parse(value, state) {
      if (!ID.test(value)) return `"${key}": "${value}" is not a valid id`;
      if (state.selection)
        return `"${key}": only one of node/edge may be selected; "${value}" ignored`;
      state.selection = { kind: key, id: value };
    },
    serialize: (state) => (state.selection?.kind === key ? state.selection.id : undefined),
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export const PARAMS: ParamCodec[] = [
  {
    key: 'lang',
    parse(value, state) {
      if (value !== 'en' && value !== 'ja') return `"lang": expected en or ja, got "${value}"`;
      state.language = value;
    },
    serialize: (state) => state.language,
  },
  listCodec('hide-rel', 'relations', RELATION_TYPES, 'relation type'),
  listCodec('hide-kind', 'kinds', ACTOR_KINDS, 'actor kind'),
  listCodec('hide-status', 'statuses', STATUSES, 'status'),
  listCodec('hide-cert', 'certainties', CERTAINTIES, 'certainty'),
  {
    key: 'isolated',
    parse(value, state) {
      if (value !== 'hide' && value !== 'show')
        return `"isolated": expected hide or show, got "${value}"`;
      state.hideIsolated = value === 'hide';
    },
    serialize: (state) => (state.hideIsolated ? undefined : 'show'),
  },
  idCodec('node'),
  idCodec('edge'),
  {
    key: 'cam',
    parse(value, state) {
      const parts = value.split(',').map(Number);
      const [x, y, ratio, angle = 0] = parts;
      if (
        (parts.length !== 3 && parts.length !== 4) ||
        parts.some((p) => !Number.isFinite(p)) ||
        ratio === undefined ||
        ratio <= 0 ||
        x === undefined ||
        y === undefined
      )
        return `"cam": expected x,y,ratio[,angle] numbers with ratio > 0, got "${value}"`;
      state.camera = angle ? { x, y, ratio, angle } : { x, y, ratio };
    },
    serialize: (state) => {
      const c = state.camera;
      if (!c) return undefined;
      const parts = [round(c.x, 4), round(c.y, 4), round(c.ratio, 4)];
      if (c.angle) parts.push(round(c.angle, 4));
      return parts.join(',');
    },
  },
  enumCodec('size', 'sizeBy', SIZE_METRICS),
  enumCodec('colors', 'edgeColors', ['relation', 'sign']),
  enumCodec('view', 'view', ['graph', 'table']),
];

export interface ParsedUrlState {
  state: UrlState;
  warnings: string[];
}

/** Parses a query string ("?lang=ja&node=x" or "lang=ja&node=x"). */
export function parseUrlState(search: string): ParsedUrlState {
  const state = defaultUrlState();
  const warnings: string[] = [];
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const codec = PARAMS.find((p) => p.key === key);
    if (!codec) {
      warnings.push(`"${key}": unknown parameter ignored`);
      continue;
    }
    if (seen.has(key)) {
      warnings.push(`"${key}": given more than once; the first value is used`);
      continue;
    }
    seen.add(key);
    const warning = codec.parse(value, state);
    if (warning) warnings.push(warning);
  }
  return { state, warnings: warnings.map((w) => `URL parameter ${w}`) };
}

/** Serialises to a query string with a leading "?" (or "" when everything is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const codec of PARAMS) {
    const value = codec.serialize(state);
    if (value !== undefined) params.set(codec.key, value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
