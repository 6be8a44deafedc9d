// Reactive state of the alignment analyses: what the user chose (ego focus, path ends, time range,
// bloc colouring, focused triad, alignment partner, analysis options) and what follows from it
// over the visible view (AppState.visibility: filters + time + focus). The analyses that could
// take long on a large graph (paths, signed blocs, balance, alignment rankings and pair scores)
// run in the analysis worker (src/graph/analysis-client.ts) once start() has been called; each
// channel has a busy flag and progress, and answers to superseded requests are dropped.
import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte';
import type { UrlState } from './url-state';
import type { FocusDepth, FocusDirection, FocusSpec, ViewSpec } from '../graph/visible';
import type { Notice, ViewNotice } from '../graph/analysis-messages';
import {
  createAnalysisClient,
  spawnAnalysisWorker,
  type AnalysisClient,
  type Channel,
  type ChannelRequest,
  type ChannelUpdate,
} from '../graph/analysis-client';
import type { AnalysisResultPayload, WireSignedOptions } from '../graph/analysis-worker-protocol';
import {
  blocNodeColors,
  orderBlocs,
  signedKinds,
  triadEmphasis,
  type BlocEntry,
} from '../graph/analysis-view';
import { dateExtent, latestDate, type DateExtent } from '../graph/time';
import { BLOC_KINDS, DEFAULT_BLOC_RESOLUTION } from '../graph/analysis-blocs';

/** Seed of the bloc detection: one seed, one partition, so the colours are stable. */
export const BLOC_SEED = 1;
/** Most unbalanced triads the worker lists. */
export const TRIAD_LIMIT = 50;
/** Entries per alignment ranking list. */
export const RANK_LIMIT = 8;
/** Most shortest paths listed. */
export const MAX_PATHS = 12;

type Payload<K extends AnalysisResultPayload['kind']> = Extract<AnalysisResultPayload, { kind: K }>;

/** What a channel shows: busy while a request runs, then its result or a notice (src/ui/messages.ts). */
export interface ChannelStatus<T> {
  busy: boolean;
  /** While blocs run: the Louvain level (from 0) or the refinement, and the blocs so far. */
  progress: { phase: string; level: number; blocs: number } | null;
  result: T | null;
  error: Notice | null;
  /** Worker time of the last answer. */
  ms: number | null;
  /** What the result is for (path ends, ranked actor, compared pair). */
  key: string | null;
}

const IDLE: ChannelStatus<never> = {
  busy: false,
  progress: null,
  result: null,
  error: null,
  ms: null,
  key: null,
};

export type { BlocEntry };

export class AnalysisState {
  readonly app: AppState;

  /** Ego focus centre and options. */
  focus = $state<string | null>(null);
  depth = $state<FocusDepth>(1);
  direction = $state<FocusDirection>('both');
  focusRelations = $state.raw<string[] | null>(null);
  outside = $state<'hide' | 'dim'>('hide');
  /** Time range (partial ISO dates) or single date; all null = all dates. */
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  at = $state<string | null>(null);
  path = $state.raw<[string, string] | null>(null);
  blocs = $state(false);
  triad = $state.raw<[string, string, string] | null>(null);
  align = $state<string | null>(null);

  /** Options of the signed analyses (not in the URL). */
  foldPersons = $state(true);
  includeAgreements = $state(false);
  memberships = $state(true);
  /** Organizations and agreements take part in the bloc partition (default: they bind blocs). */
  bodiesInBlocs = $state(false);
  /** Analyses keep actors and relations of the past (default: only those of the analysis date). */
  includeHistory = $state(false);
  balanceDirectOnly = $state(true);
  weakBalance = $state(false);
  /** The balance panel is open (balance runs only when someone looks at it). */
  balanceOpen = $state(false);

  blocsStatus = $state.raw<ChannelStatus<Payload<'blocs'>>>(IDLE);
  balanceStatus = $state.raw<ChannelStatus<Payload<'balance'>['result']>>(IDLE);
  rankStatus = $state.raw<ChannelStatus<Payload<'rank'>['result']>>(IDLE);
  pairStatus = $state.raw<ChannelStatus<Payload<'pair'>['result']>>(IDLE);
  pathsStatus = $state.raw<ChannelStatus<Payload<'paths'>['result']>>(IDLE);

  private client: AnalysisClient | null = null;
  /** Frame the path in the camera when its answer comes (set by a user's choice, not by the URL). */
  private frameNextPath = false;

  constructor(app: AppState) {
    this.app = app;
  }

  /** The focus part of the view spec. */
  focusSpec: FocusSpec | null = $derived(
    this.focus === null
      ? null
      : {
          id: this.focus,
          depth: this.depth,
          direction: this.direction,
          relations: this.focusRelations,
        },
  );

  timeSpec: ViewSpec['time'] = $derived(
    this.at !== null
      ? { from: this.at, to: this.at }
      : this.from !== null || this.to !== null
        ? {
            ...(this.from !== null ? { from: this.from } : {}),
            ...(this.to !== null ? { to: this.to } : {}),
          }
        : null,
  );

  /** First and last day of the data's dates (for the time slider); null when nothing is dated. */
  extent: DateExtent | null = $derived.by(() => {
    const graph = this.app.graph;
    if (!graph) return null;
    const e = dateExtent(graph);
    return e.ok ? e : null;
  });

  /** Notices of visibleView about the focus and the time range. */
  focusNotices: ViewNotice[] = $derived.by(
    () => this.app.visibility?.notices.filter((n) => n.step === 'focus') ?? [],
  );
  timeNotices: ViewNotice[] = $derived.by(
    () => this.app.visibility?.notices.filter((n) => n.step === 'time') ?? [],
  );

  /**
   * The day blocs, balance and alignment describe: the single date or the end of the time range,
   * else the latest date in the data; null with history included or nothing dated.
   */
  analysisDate: string | null = $derived.by(() => {
    const graph = this.app.graph;
    if (!graph || this.includeHistory) return null;
    return this.at ?? this.to ?? latestDate(graph);
  });

  /** Projection options of blocs, rankings and pair scores. */
  signedOptions: WireSignedOptions | null = $derived.by(() => {
    const v = this.app.visibility;
    if (!v) return null;
    const kinds = signedKinds(this.includeAgreements);
    return {
      visibleNodes: v.visibleNodes,
      visibleEdges: v.visibleEdges,
      foldPersons: this.foldPersons,
      ...(kinds ? { kinds } : {}),
      ...(this.memberships ? {} : { membershipWeight: 0 }),
      at: this.includeHistory ? { includeHistory: true } : { date: this.analysisDate },
    };
  });

  /** Blocs of two or more actors, in colour order: blocs held by direct relations first. */
  blocList: BlocEntry[] = $derived.by(() => {
    const result = this.blocsStatus.result?.result;
    return result ? orderBlocs(result) : [];
  });

  /** Node colours by bloc (blocs=on and a result): folded persons take their actor's colour. */
  nodeColors: ReadonlyMap<string, string> | null = $derived.by(() => {
    const graph = this.app.graph;
    const payload = this.blocsStatus.result;
    if (!this.blocs || !graph || !payload) return null;
    return blocNodeColors(graph.nodes(), this.blocList, payload.folded);
  });

  /** The focused triad and the visible relations among its actors (null: not all visible). */
  triadView: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = $derived.by(() => {
    const graph = this.app.graph;
    const v = this.app.visibility;
    const triad = this.triad;
    if (!graph || !v || !triad) return null;
    const key = [...triad].sort().join(',');
    const found = this.balanceStatus.result?.unbalanced.find((t) => t.nodes.join(',') === key);
    const edgeIds = found?.pairs.flatMap((p) => p.edgeIds);
    return triadEmphasis(graph, triad, v.visibleNodes, v.visibleEdges, edgeIds);
  });

  /** The path (or else the triad) drawn emphasised in the graph. */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = $derived.by(() => {
    const paths = this.pathsStatus;
    if (this.path && paths.result && paths.key === this.path.join(',')) {
      return { nodes: paths.result.nodes, edges: paths.result.edges };
    }
    return this.triadView;
  });

  /** True while any analysis runs. */
  busy: boolean = $derived(
    this.blocsStatus.busy ||
      this.balanceStatus.busy ||
      this.rankStatus.busy ||
      this.pairStatus.busy ||
      this.pathsStatus.busy,
  );

  /** Shows the shortest paths between two actors (and frames them when they arrive). */
  findPath(from: string, to: string): void {
    this.path = [from, to];
    this.triad = null;
    this.frameNextPath = true;
  }

  clearPath(): void {
    this.path = null;
  }

  /** Focuses an unbalanced triad: emphasised in the graph and framed by the camera. */
  showTriad(nodes: [string, string, string]): void {
    this.triad = nodes;
    this.path = null;
    this.app.frame([...nodes]);
  }

  /** Sets the ego focus; `frame` (a user's choice, not a URL) then frames the focused actors. */
  setFocus(id: string | null, frame = false): void {
    this.focus = id;
    const visible = this.app.visibility?.visibleNodes;
    if (frame && id && visible?.has(id))
      this.app.frame([id, ...[...visible].filter((n) => n !== id)]);
  }

  /** A single date (null = all dates). */
  setAt(date: string | null): void {
    this.at = date;
    this.from = null;
    this.to = null;
  }

  setRange(from: string | null, to: string | null): void {
    this.at = null;
    this.from = from;
    this.to = to;
  }

  /**
   * Starts the analysis worker and the effects that keep the results in step with the view;
   * returns the cleanup. Call once in the browser after the app has mounted.
   */
  start(): () => void {
    const client = createAnalysisClient(spawnAnalysisWorker(), (channel, update) =>
      this.receive(channel, update),
    );
    this.client = client;
    const stop = $effect.root(() => {
      $effect(() => {
        const graph = this.app.graph;
        if (graph) client.load(graph.export());
      });
      this.channelEffect('blocs', () =>
        this.blocs && this.signedOptions
          ? {
              type: 'blocs',
              signed: this.bodiesInBlocs
                ? this.signedOptions
                : { ...this.signedOptions, kinds: BLOC_KINDS },
              options: { seed: BLOC_SEED, resolution: DEFAULT_BLOC_RESOLUTION },
            }
          : null,
      );
      this.channelEffect('balance', () =>
        (this.balanceOpen || this.triad) && this.signedOptions
          ? {
              type: 'balance',
              signed: this.balanceDirectOnly
                ? { ...this.signedOptions, membershipWeight: 0 }
                : this.signedOptions,
              options: { weak: this.weakBalance, limit: TRIAD_LIMIT },
            }
          : null,
      );
      this.channelEffect('rank', () => {
        const actor = this.app.selection?.kind === 'node' ? this.app.selection.id : null;
        return actor && this.signedOptions
          ? { type: 'rank', signed: this.signedOptions, actor, options: { limit: RANK_LIMIT } }
          : null;
      });
      this.channelEffect('pair', () => {
        const actor = this.app.selection?.kind === 'node' ? this.app.selection.id : null;
        return actor && this.align && this.signedOptions
          ? { type: 'pair', signed: this.signedOptions, a: actor, b: this.align }
          : null;
      });
      this.channelEffect('paths', () => {
        const v = this.app.visibility;
        return this.path && v
          ? {
              type: 'paths',
              scope: { visibleNodes: v.visibleNodes, visibleEdges: v.visibleEdges },
              from: this.path[0],
              to: this.path[1],
              options: { maxPaths: MAX_PATHS },
            }
          : null;
      });
    });
    return () => {
      stop();
      client.kill();
      this.client = null;
    };
  }

  /** An effect that sends the channel's request whenever it changes, or resets the channel. */
  private channelEffect(channel: Channel, make: () => ChannelRequest | null): void {
    $effect(() => {
      const request = make();
      const client = this.client;
      if (!client) return;
      untrack(() => {
        if (request) {
          client.request(request);
          this.setStatus(channel, { ...this.statusOf(channel), key: keyOf(request), busy: true });
        } else {
          client.cancel(channel);
          this.setStatus(channel, IDLE);
        }
      });
    });
  }

  private receive(channel: Channel, update: ChannelUpdate): void {
    const current = this.statusOf(channel);
    if (update.status === 'busy') {
      const p = update.progress;
      this.setStatus(channel, {
        ...current,
        busy: true,
        progress: p ?? current.progress,
      });
      return;
    }
    if (update.status === 'error') {
      this.setStatus(channel, {
        ...current,
        busy: false,
        progress: null,
        result: null,
        error: update.notice,
        ms: null,
      });
      return;
    }
    const payload = update.payload;
    const result = payload.kind === 'blocs' ? payload : 'result' in payload ? payload.result : null;
    this.setStatus(channel, {
      ...current,
      busy: false,
      progress: null,
      result,
      error: null,
      ms: update.ms,
    });
    if (channel === 'paths' && this.frameNextPath && payload.kind === 'paths') {
      this.frameNextPath = false;
      const nodes = [...payload.result.nodes];
      if (this.path) nodes.unshift(this.path[0]);
      this.app.frame(nodes);
    }
  }

  private statusOf(channel: Channel): ChannelStatus<unknown> {
    return this[`${channel}Status`] as ChannelStatus<unknown>;
  }

  private setStatus(channel: Channel, status: ChannelStatus<unknown>): void {
    (this as unknown as Record<string, ChannelStatus<unknown>>)[`${channel}Status`] = status;
  }

  /** Writes the analysis part of the URL state. */
  toUrlState(): Pick<
    UrlState,
    | 'focus'
    | 'depth'
    | 'direction'
    | 'focusRelations'
    | 'outside'
    | 'path'
    | 'from'
    | 'to'
    | 'at'
    | 'blocs'
    | 'triad'
    | 'align'
  > {
    return {
      focus: this.focus,
      depth: this.depth,
      direction: this.direction,
      focusRelations: this.focusRelations,
      outside: this.outside,
      path: this.path,
      from: this.from,
      to: this.to,
      at: this.at,
      blocs: this.blocs,
      triad: this.triad,
      align: this.align,
    };
  }

  applyUrlState(url: UrlState): void {
    this.focus = url.focus;
    this.depth = url.depth;
    this.direction = url.direction;
    this.focusRelations = url.focusRelations;
    this.outside = url.outside;
    this.path = url.path;
    this.from = url.from;
    this.to = url.to;
    this.at = url.at;
    this.blocs = url.blocs;
    this.triad = url.triad;
    this.align = url.align;
  }
}

function keyOf(request: ChannelRequest): string {
  switch (request.type) {
    case 'paths':
      return `${request.from},${request.to}`;
    case 'rank':
      return request.actor;
    case 'pair':
      return `${request.a},${request.b}`;
    default:
      return request.type;
  }
}
