// The one view state: everything that decides what the explorer shows (language, filters,
// hide-isolated, selection, camera, size metric, edge colours, view mode, and the alignment
// analyses: ego focus, path, time range, blocs, triad, alignment partner) as one plain type,
// its defaults, and the codec table that reads and writes it as a URL query string. The app keeps
// one ViewState (AppState.viewState), the pipeline derives the picture from it
// (src/view/pipeline.ts) and the export CLI builds its view options from the same codec table (a
// codec with `cli` is a command-line option too: src/export/cli-args.ts). Adding a view parameter:
// a field + default here, one codec in CODECS, its use in the pipeline, its UI control
// (ARCHITECTURE.md walks through it). Pure: bad values are dropped with a warning (a code rendered
// in English or Japanese by warnings.ts), never thrown. The hidden filter values (hide-rel,
// hide-kind, hide-status, hide-cert) are only checked for their form here: whether a value exists is
// checked against the loaded graph (reconcile.ts).
import { ACTOR_KINDS, CERTAINTIES, RELATION_TYPES, STATUSES } from '../model/vocabulary';
import { SIZE_METRICS, type SizeMetric } from '../graph/centrality';
import type { Language } from '../model/language';
import type { EdgeColorMode } from '../render/style';
import { lowerBound, parsePartialDate, upperBound } from '../model/dates';
import { TIME_MODES, type TimeMode } from '../graph/time';
import { englishWarning, warning, type AppWarning } from './warnings';
import {
  defaultAppearanceChoices,
  type AppearanceChoice,
  type AppearanceChoices,
  type AppearanceFilter,
} from './appearance';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle?: number;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export type ViewMode = 'graph' | 'table';

export interface ViewState {
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
  /** Ego focus centre (focus=ID) and its options (depth, dir, focus-rel, outside). */
  focus: string | null;
  depth: 1 | 2 | 3;
  direction: 'both' | 'out' | 'in';
  /** Relation types the ego walks; null = every visible type. */
  focusRelations: string[] | null;
  outside: 'hide' | 'dim';
  /** Shortest paths between two actors (path=FROM,TO). */
  path: [string, string] | null;
  /** Time range (from=, to=; partial ISO dates, either may be absent) or a single date (at=). */
  from: string | null;
  to: string | null;
  at: string | null;
  /** Time mode (when=): relations in force in the range ('active'), or begun in it ('started'). */
  when: TimeMode;
  /** Undated relations in 'active' mode (undated=hide leaves them out; 'started' always does). */
  undated: 'keep' | 'hide';
  /** Colour nodes by signed bloc (blocs=on). */
  blocs: boolean;
  /** A focused unbalanced triad (triad=A,B,C). */
  triad: [string, string, string] | null;
  /** The actor compared with the selected one in the details panel (align=ID). */
  align: string | null;
  /**
   * Appearance of imported data (src/view/appearance.ts): colour, size and attribute filter of
   * the actors (node-color, node-size, node-filter) and relations (edge-color, edge-size,
   * edge-filter); null = the graph's default.
   */
  appearance: AppearanceChoices;
}

export function defaultViewState(): ViewState {
  return {
    exclude: { relations: [], kinds: [], statuses: [], certainties: [] },
    hideIsolated: true,
    selection: null,
    camera: null,
    sizeBy: 'degree',
    edgeColors: 'relation',
    view: 'graph',
    focus: null,
    depth: 1,
    direction: 'both',
    focusRelations: null,
    outside: 'hide',
    path: null,
    from: null,
    to: null,
    at: null,
    when: 'active',
    undated: 'keep',
    blocs: false,
    triad: null,
    align: null,
    appearance: defaultAppearanceChoices(),
  };
}

const DEFAULTS: Readonly<ViewState> = defaultViewState();

export interface Codec {
  key: string;
  /** Also a command-line option of the export CLI (`--option VALUE`), with its help text. */
  cli?: { option: string; help: string };
  /** Writes the parsed value into state; returns a warning when the value is not acceptable. */
  read(value: string, state: ViewState): AppWarning | void;
  /** The value to write, or undefined to leave the parameter out (its default). */
  serialize(state: ViewState): string | undefined;
}

export type ExcludeFacet = keyof ViewState['exclude'];

/** The URL parameter of each facet's hidden values and our own vocabulary. */
export const EXCLUDE_PARAMS: Record<ExcludeFacet, { key: string; vocabulary: readonly string[] }> =
  {
    relations: { key: 'hide-rel', vocabulary: RELATION_TYPES },
    kinds: { key: 'hide-kind', vocabulary: ACTOR_KINDS },
    statuses: { key: 'hide-status', vocabulary: STATUSES },
    certainties: { key: 'hide-cert', vocabulary: CERTAINTIES },
  };

/** Our vocabulary first, in its order, then other values (an import's own) alphabetically. */
export function vocabularyOrder(vocabulary: readonly string[]): (a: string, b: string) => number {
  const rank = (v: string) => {
    const i = vocabulary.indexOf(v);
    return i < 0 ? vocabulary.length : i;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Hidden values of one facet: any simple token (the characters of an id), since an imported file
 * has its own values; whether they exist is checked against the graph (reconcile.ts).
 */
function listCodec(facet: ExcludeFacet): Codec {
  const { key, vocabulary } = EXCLUDE_PARAMS[facet];
  const order = vocabularyOrder(vocabulary);
  return {
    key,
    read(value, state) {
      const items = splitItems(value).filter((v) => v.length > 0);
      const good = [...new Set(items.filter(isId))];
      const bad = items.filter((v) => !isId(v));
      state.exclude[facet] = good;
      if (bad.length > 0)
        return warning('malformed-hidden', {
          key,
          facet,
          bad,
          examples: vocabulary.slice(0, 3),
        });
    },
    serialize: (state) =>
      state.exclude[facet].length > 0
        ? [...state.exclude[facet]].sort(order).map(escapeItem).join(',')
        : undefined,
  };
}

/** The fields whose value is one of a few words (a codec for them is one enumCodec line). */
type EnumField = {
  [K in keyof ViewState]-?: ViewState[K] extends string ? K : never;
}[keyof ViewState];

/** A parameter that takes one of `allowed`; left out of the URL at its default. */
function enumCodec<K extends EnumField>(
  key: string,
  field: K,
  allowed: readonly ViewState[K][],
): Codec {
  return {
    key,
    read(value, state) {
      if (!(allowed as readonly string[]).includes(value))
        return warning('not-allowed', { key, allowed, got: value, oneOf: true });
      state[field] = value as ViewState[K];
    },
    serialize: (state) => (state[field] === DEFAULTS[field] ? undefined : state[field]),
  };
}

/**
 * Ids (and hidden filter values) are any text of 1 to MAX_ID_LENGTH characters: an imported file's
 * ids have spaces and punctuation ("United States", "U.S.–Japan"). Whether one exists is checked
 * against the loaded graph when the state is applied.
 */
export const MAX_ID_LENGTH = 1000;
const isId = (v: string) => v.length > 0 && v.length <= MAX_ID_LENGTH;

/** A list item: "%" and "," are written as %25 and %2C so an item may contain commas. */
const escapeItem = (v: string) => v.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeItem = (v: string) => v.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','));
/** Splits a comma-separated list written with escapeItem. */
const splitItems = (value: string) => value.split(',').map(unescapeItem);

/** "expected a, b or c" (enumCodec's lists say "one of a, b, c"). */
const notAllowed = (key: string, allowed: readonly string[], got: string) =>
  warning('not-allowed', { key, allowed, got, oneOf: false });

function idCodec(key: 'node' | 'edge'): Codec {
  return {
    key,
    read(value, state) {
      if (!isId(value)) return warning('invalid-id', { key, value });
      if (state.selection) return warning('two-selections', { key, value });
      state.selection = { kind: key, id: value };
    },
    serialize: (state) => (state.selection?.kind === key ? state.selection.id : undefined),
  };
}

/** A codec for a list of exactly `count` distinct actor ids separated by commas. */
function idListCodec<K extends 'path' | 'triad'>(key: string, field: K, count: 2 | 3): Codec {
  return {
    key,
    read(value, state) {
      const ids = splitItems(value);
      const bad = ids.find((id) => !isId(id));
      if (ids.length !== count || bad !== undefined)
        return warning('id-count', { key, count, value });
      if (new Set(ids).size !== count) return warning('same-ids', { key, count, value });
      state[field] = ids as ViewState[K];
    },
    serialize: (state) => state[field]?.map(escapeItem).join(','),
  };
}

function dateCodec(key: 'from' | 'to' | 'at'): Codec {
  return {
    key,
    read(value, state) {
      if (parsePartialDate(value) === null) return warning('invalid-date', { key, value });
      state[key] = value;
    },
    serialize: (state) => state[key] ?? undefined,
  };
}

/** The codec as a command-line option of the export CLI too. */
const cli = (codec: Codec, option: string, help: string): Codec => ({
  ...codec,
  cli: { option, help },
});

/** Options of the focus go into the URL only while an actor is focused. */
const focused = (state: ViewState, value: string | undefined) =>
  state.focus === null ? undefined : value;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

const CODECS: Codec[] = [
  cli(
    {
      key: 'lang',
      read(value, state) {
        if (value !== 'en' && value !== 'ja') return notAllowed('lang', ['en', 'ja'], value);
        state.language = value;
      },
      serialize: (state) => state.language,
    },
    'lang',
    'en|ja (ja: Japanese names; in GEXF/GraphML/CSV as label, English as labelEn)',
  ),
  listCodec('relations'),
  listCodec('kinds'),
  listCodec('statuses'),
  listCodec('certainties'),
  {
    key: 'isolated',
    read(value, state) {
      if (value !== 'hide' && value !== 'show')
        return notAllowed('isolated', ['hide', 'show'], value);
      state.hideIsolated = value === 'hide';
    },
    serialize: (state) => (state.hideIsolated ? undefined : 'show'),
  },
  idCodec('node'),
  idCodec('edge'),
  {
    key: 'cam',
    read(value, state) {
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
        return warning('invalid-camera', { value });
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
  cli(enumCodec('size', 'sizeBy', SIZE_METRICS), 'size', SIZE_METRICS.join('|')),
  cli(enumCodec('colors', 'edgeColors', ['relation', 'sign']), 'colors', 'relation|sign'),
  enumCodec('view', 'view', ['graph', 'table']),
  cli(
    {
      key: 'focus',
      read(value, state) {
        if (!isId(value)) return warning('invalid-id', { key: 'focus', value });
        state.focus = value;
      },
      serialize: (state) => state.focus ?? undefined,
    },
    'focus',
    'ID (an actor: its neighbourhood only)',
  ),
  cli(
    {
      key: 'depth',
      read(value, state) {
        if (value !== '1' && value !== '2' && value !== '3')
          return notAllowed('depth', ['1', '2', '3'], value);
        state.depth = Number(value) as 1 | 2 | 3;
      },
      serialize: (state) => focused(state, state.depth === 1 ? undefined : String(state.depth)),
    },
    'depth',
    '1|2|3 (with a focus)',
  ),
  cli(
    {
      ...enumCodec('dir', 'direction', ['both', 'out', 'in']),
      serialize: (state) =>
        focused(state, state.direction === 'both' ? undefined : state.direction),
    },
    'direction',
    'both|out|in (with a focus)',
  ),
  {
    key: 'focus-rel',
    read(value, state) {
      const items = value.split(',').filter((v) => v.length > 0);
      const good = [...new Set(items.filter((v) => RELATION_TYPES.includes(v as 'alliance')))];
      const bad = items.filter((v) => !RELATION_TYPES.includes(v as 'alliance'));
      if (good.length > 0) state.focusRelations = good;
      if (bad.length > 0 || good.length === 0)
        return warning('unknown-focus-relation', { bad, expected: RELATION_TYPES });
    },
    serialize: (state) =>
      focused(
        state,
        state.focusRelations === null
          ? undefined
          : [...state.focusRelations]
              .sort(
                (a, b) =>
                  RELATION_TYPES.indexOf(a as 'alliance') - RELATION_TYPES.indexOf(b as 'alliance'),
              )
              .join(','),
      ),
  },
  {
    ...enumCodec('outside', 'outside', ['hide', 'dim']),
    serialize: (state) => focused(state, state.outside === 'hide' ? undefined : state.outside),
  },
  idListCodec('path', 'path', 2),
  cli(dateCodec('from'), 'from', 'DATE (2025, 2025-05, 2025-05-08)'),
  cli(dateCodec('to'), 'to', 'DATE'),
  cli(dateCodec('at'), 'at', 'DATE (a single date; excludes --from/--to)'),
  cli(
    enumCodec('when', 'when', TIME_MODES),
    'when',
    'active|started (relations in force in the time range, or begun in it)',
  ),
  cli(
    enumCodec('undated', 'undated', ['keep', 'hide']),
    'undated',
    'keep|hide (undated relations, with --when active; started hides them)',
  ),
  {
    key: 'blocs',
    read(value, state) {
      if (value !== 'on' && value !== 'off') return notAllowed('blocs', ['on', 'off'], value);
      state.blocs = value === 'on';
    },
    serialize: (state) => (state.blocs ? 'on' : undefined),
  },
  idListCodec('triad', 'triad', 3),
  {
    key: 'align',
    read(value, state) {
      if (!isId(value)) return warning('invalid-id', { key: 'align', value });
      state.align = value;
    },
    serialize: (state) => state.align ?? undefined,
  },
];

/** A colour or size choice: default, file or attr:KEY (whether KEY exists: the graph decides). */
function choiceCodec(target: 'node' | 'edge', field: 'color' | 'size'): Codec {
  const key = `${target}-${field}`;
  return cli(
    {
      key,
      read(value, state) {
        const ok =
          value === 'default' ||
          value === 'file' ||
          (value.startsWith('attr:') && isId(value.slice(5)));
        if (!ok) return notAllowed(key, ['default', 'file', 'attr:KEY'], value);
        const element = { ...state.appearance[target], [field]: value as AppearanceChoice };
        state.appearance = { ...state.appearance, [target]: element };
      },
      serialize: (state) => state.appearance[target][field] ?? undefined,
    },
    key,
    `default|file|attr:KEY (the ${target === 'node' ? "actors'" : "relations'"} ${
      field === 'color' ? 'colours' : target === 'node' ? 'sizes' : 'widths'
    }: the app's, the file's own, or an attribute's ${field === 'color' ? 'partition' : 'ranking'})`,
  );
}

/** ":" in an attribute name or value of a filter is written %3A ("%" %25, "," %2C). */
const escapeKey = (v: string) => escapeItem(v).replace(/:/g, '%3A');
const unescapeKey = (v: string) =>
  v.replace(/%(25|2C|3A)/gi, (m) => ({ '%25': '%', '%2C': ',', '%3A': ':' })[m.toUpperCase()]!);

/**
 * An attribute filter: KEY:hide:V1,V2 (hidden values of a categorical attribute) or
 * KEY:range:MIN:MAX (a numeric range).
 */
function filterCodec(target: 'node' | 'edge'): Codec {
  const key = `${target}-filter`;
  return cli(
    {
      key,
      read(value, state) {
        const [rawKey = '', mode, ...rest] = value.split(':');
        const attr = unescapeKey(rawKey);
        let filter: AppearanceFilter | null = null;
        if (isId(attr) && mode === 'hide' && rest.length === 1)
          filter = {
            key: attr,
            type: 'categories',
            excluded: rest[0]!.split(',').map(unescapeKey).filter(isId),
          };
        else if (isId(attr) && mode === 'range' && rest.length === 2) {
          const [min, max] = rest.map((v) => (v.trim() === '' ? NaN : Number(v))) as [
            number,
            number,
          ];
          if (Number.isFinite(min) && Number.isFinite(max) && min <= max)
            filter = { key: attr, type: 'range', min, max };
        }
        if (!filter) return notAllowed(key, ['KEY:hide:V1,V2', 'KEY:range:MIN:MAX'], value);
        state.appearance = {
          ...state.appearance,
          [target]: { ...state.appearance[target], filter },
        };
      },
      serialize: (state) => {
        const f = state.appearance[target].filter;
        if (!f) return undefined;
        return f.type === 'categories'
          ? `${escapeKey(f.key)}:hide:${[...f.excluded].sort().map(escapeKey).join(',')}`
          : `${escapeKey(f.key)}:range:${f.min}:${f.max}`;
      },
    },
    key,
    `KEY:hide:V1,V2|KEY:range:MIN:MAX (hide ${target === 'node' ? 'actors' : 'relations'} by an attribute)`,
  );
}

CODECS.push(
  choiceCodec('node', 'color'),
  choiceCodec('node', 'size'),
  filterCodec('node'),
  choiceCodec('edge', 'color'),
  choiceCodec('edge', 'size'),
  filterCodec('edge'),
);

interface ParamCodec extends Codec {
  /** As read, with the warning in English without "URL parameter " ('"lang": expected …'). */
  parse(value: string, state: ViewState): string | void;
}

export const PARAMS: ParamCodec[] = CODECS.map((codec) => ({
  ...codec,
  parse(value, state) {
    const problem = codec.read(value, state);
    if (problem) return englishWarning(problem).replace(/^URL parameter /, '');
  },
}));

/** Checks across parameters: at= excludes from=/to=, and a range must not run backwards. */
export function checkTime(state: ViewState, warnings: AppWarning[]): void {
  if (state.at !== null && (state.from !== null || state.to !== null)) {
    warnings.push(warning('at-and-range', {}));
    state.from = null;
    state.to = null;
  }
  if (state.from !== null && state.to !== null && lowerBound(state.from) > upperBound(state.to)) {
    warnings.push(warning('reversed-range', { from: state.from, to: state.to }));
    state.from = null;
    state.to = null;
  }
}

export interface ParsedUrlState {
  state: ViewState;
  /** The warnings as codes, for the page to render in its language. */
  notices: AppWarning[];
  /** The same warnings in English (what Node users read). */
  warnings: string[];
}

/** Parses a query string ("?lang=ja&node=x" or "lang=ja&node=x"). */
export function parseUrlState(search: string): ParsedUrlState {
  const state = defaultViewState();
  const notices: AppWarning[] = [];
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const codec = PARAMS.find((p) => p.key === key);
    if (!codec) {
      notices.push(warning('unknown-param', { key }));
      continue;
    }
    if (seen.has(key)) {
      notices.push(warning('repeated-param', { key }));
      continue;
    }
    seen.add(key);
    const problem = codec.read(value, state);
    if (problem) notices.push(problem);
  }
  checkTime(state, notices);
  return { state, notices, warnings: notices.map(englishWarning) };
}

/** Serialises to a query string with a leading "?" (or "" when everything is default). */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const codec of PARAMS) {
    const value = codec.serialize(state);
    if (value !== undefined) params.set(codec.key, value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
