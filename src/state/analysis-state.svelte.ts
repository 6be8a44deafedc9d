// Reactive state of the alignment analyses: the analysis part of the view state (ego focus, path
// ends, time range, bloc colouring, focused triad, alignment partner: accessors onto the host's
// ViewState), the analysis options that are not in the URL, and the worker's answers. The requests
// are built by the view pipeline (src/view/pipeline.ts) over the visible view; they run in the
// analysis worker (src/graph/analysis-client.ts) once start() has been called; each channel has a
// busy flag and progress, and answers to superseded requests are dropped.
import { untrack } from 'svelte';
import type { AlignmapGraph } from '../model/build';
import type { FocusDepth, FocusDirection, VisibleView } from '../graph/visible';
import type { Notice, ViewNotice } from '../graph/analysis-messages';
import {
  createAnalysisClient,
  spawnAnalysisWorker,
  type AnalysisClient,
  type Channel,
  type ChannelRequest,
  type ChannelUpdate,
  type WorkerLike,
} from '../graph/analysis-client';
import type { AnalysisResultPayload } from '../graph/analysis-worker-protocol';
import type { WireSignedOptions } from '../graph/analysis-worker-protocol';
import type { DateExtent, TimeMode } from '../graph/time';
import type { BlocEntry } from '../view/analysis-view';
import {
  balanceRequest,
  blocEntriesOf,
  blocsRequest,
  emphasisOf,
  nodeColorsOf,
  pairRequest,
  pathFrameOf,
  pathsRequest,
  rankRequest,
  signedOptionsOf,
  analysisDateOf,
  triadViewOf,
  DEFAULT_ANALYSIS_OPTIONS,
  type AnalysisOptions,
  type AnalysisResults,
} from '../view/pipeline';
import type { ViewState } from '../view/view-state';
import { dateExtentOf, latestDateOf } from './graph-summaries';

export { BLOC_SEED, MAX_PATHS, RANK_LIMIT, TRIAD_LIMIT } from '../view/pipeline';

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

/** What the analyses read of the app (AppState is one; tests pass a small stand-in). */
export interface AnalysisHost {
  readonly graph: AlignmapGraph | null;
  /** The graph the panels summarise (a large one a task after `graph`; see AppState). */
  readonly panelGraph?: AlignmapGraph | null;
  readonly viewState: ViewState;
  readonly visibility: VisibleView | null;
  /** Frames these actors with the camera (the first is kept in view). */
  frame(ids: string[]): void;
}

interface Statuses {
  blocs: ChannelStatus<Payload<'blocs'>>;
  balance: ChannelStatus<Payload<'balance'>['result']>;
  rank: ChannelStatus<Payload<'rank'>['result']>;
  pair: ChannelStatus<Payload<'pair'>['result']>;
  paths: ChannelStatus<Payload<'paths'>['result']>;
}

export class AnalysisState {
  readonly app: AnalysisHost;

  /** Options of the signed analyses (not in the URL). */
  foldPersons = $state(DEFAULT_ANALYSIS_OPTIONS.foldPersons);
  includeAgreements = $state(DEFAULT_ANALYSIS_OPTIONS.includeAgreements);
  memberships = $state(DEFAULT_ANALYSIS_OPTIONS.memberships);
  /** Organizations and agreements take part in the bloc partition (default: they bind blocs). */
  bodiesInBlocs = $state(DEFAULT_ANALYSIS_OPTIONS.bodiesInBlocs);
  /** Analyses keep actors and relations of the past (default: only those of the analysis date). */
  includeHistory = $state(DEFAULT_ANALYSIS_OPTIONS.includeHistory);
  balanceDirectOnly = $state(DEFAULT_ANALYSIS_OPTIONS.balanceDirectOnly);
  weakBalance = $state(DEFAULT_ANALYSIS_OPTIONS.weakBalance);
  /** The balance panel is open (balance runs only when someone looks at it). */
  balanceOpen = $state(false);
  /** The chronology (the visible dated relations in order) is open. */
  chronologyOpen = $state(false);

  /** Each channel's status, replaced as a whole on every update. */
  status = $state.raw<Statuses>({
    blocs: IDLE,
    balance: IDLE,
    rank: IDLE,
    pair: IDLE,
    paths: IDLE,
  });

  private client: AnalysisClient | null = null;
  /** Frame the path in the camera when its answer comes (set by a user's choice, not by the URL). */
  private frameNextPath = false;

  constructor(app: AnalysisHost) {
    this.app = app;
  }

  // ---- The analysis part of the view state ----
  get focus(): string | null {
    return this.app.viewState.focus;
  }
  set focus(value: string | null) {
    this.app.viewState.focus = value;
  }
  get depth(): FocusDepth {
    return this.app.viewState.depth;
  }
  set depth(value: FocusDepth) {
    this.app.viewState.depth = value;
  }
  get direction(): FocusDirection {
    return this.app.viewState.direction;
  }
  set direction(value: FocusDirection) {
    this.app.viewState.direction = value;
  }
  get focusRelations(): string[] | null {
    return this.app.viewState.focusRelations;
  }
  set focusRelations(value: string[] | null) {
    this.app.viewState.focusRelations = value;
  }
  get outside(): 'hide' | 'dim' {
    return this.app.viewState.outside;
  }
  set outside(value: 'hide' | 'dim') {
    this.app.viewState.outside = value;
  }
  get from(): string | null {
    return this.app.viewState.from;
  }
  get to(): string | null {
    return this.app.viewState.to;
  }
  get at(): string | null {
    return this.app.viewState.at;
  }
  /** Time mode: relations in force in the range, or begun in it. */
  get when(): TimeMode {
    return this.app.viewState.when;
  }
  set when(value: TimeMode) {
    this.app.viewState.when = value;
  }
  /** Undated relations in the 'active' mode: kept or hidden. */
  get undated(): 'keep' | 'hide' {
    return this.app.viewState.undated;
  }
  set undated(value: 'keep' | 'hide') {
    this.app.viewState.undated = value;
  }
  get path(): [string, string] | null {
    return this.app.viewState.path;
  }
  set path(value: [string, string] | null) {
    this.app.viewState.path = value;
  }
  get blocs(): boolean {
    return this.app.viewState.blocs;
  }
  set blocs(value: boolean) {
    this.app.viewState.blocs = value;
  }
  get triad(): [string, string, string] | null {
    return this.app.viewState.triad;
  }
  set triad(value: [string, string, string] | null) {
    this.app.viewState.triad = value;
  }
  get align(): string | null {
    return this.app.viewState.align;
  }
  set align(value: string | null) {
    this.app.viewState.align = value;
  }

  get blocsStatus(): Statuses['blocs'] {
    return this.status.blocs;
  }
  get balanceStatus(): Statuses['balance'] {
    return this.status.balance;
  }
  get rankStatus(): Statuses['rank'] {
    return this.status.rank;
  }
  get pairStatus(): Statuses['pair'] {
    return this.status.pair;
  }
  get pathsStatus(): Statuses['paths'] {
    return this.status.paths;
  }

  /** The options of the signed analyses, as the pipeline takes them. */
  options: AnalysisOptions = $derived({
    foldPersons: this.foldPersons,
    includeAgreements: this.includeAgreements,
    memberships: this.memberships,
    bodiesInBlocs: this.bodiesInBlocs,
    includeHistory: this.includeHistory,
    balanceDirectOnly: this.balanceDirectOnly,
    weakBalance: this.weakBalance,
  });

  /** First and last day of the data's dates (for the time slider); null when nothing is dated. */
  extent: DateExtent | null = $derived.by(() => {
    // (a large graph a task after it is shown: see AppState.panelGraph)
    const graph = this.app.panelGraph === undefined ? this.app.graph : this.app.panelGraph;
    return graph ? dateExtentOf(graph) : null;
  });

  /** Notices of the visible view about the focus and the time range. */
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
  analysisDate: string | null = $derived.by(() =>
    this.app.graph
      ? analysisDateOf(this.app.graph, this.app.viewState, this.options, latestDateOf)
      : null,
  );

  /** Projection options of blocs, rankings and pair scores. */
  signedOptions: WireSignedOptions | null = $derived.by(() =>
    this.app.visibility
      ? signedOptionsOf(this.app.visibility, this.options, this.analysisDate)
      : null,
  );

  /** What the view pipeline reads of the answers (a path only when it is for the current ends). */
  results: AnalysisResults = $derived.by(() => {
    const { paths, blocs, balance } = this.status;
    const path = this.app.viewState.path;
    const triad = this.app.viewState.triad;
    let triadEdges: string[] | null = null;
    if (triad && balance.result) {
      const key = [...triad].sort().join(',');
      const found = balance.result.unbalanced.find((t) => t.nodes.join(',') === key);
      if (found) triadEdges = found.pairs.flatMap((p) => p.edgeIds);
    }
    return {
      paths:
        path && paths.result && paths.key === path.join(',')
          ? { nodes: paths.result.nodes, edges: paths.result.edges }
          : null,
      blocs: blocs.result ? { result: blocs.result.result, folded: blocs.result.folded } : null,
      triadEdges,
    };
  });

  /** Blocs of two or more actors, in colour order: blocs held by direct relations first. */
  blocList: BlocEntry[] = $derived(blocEntriesOf(this.results));

  /** Node colours by bloc (blocs=on and a result): folded persons take their actor's colour. */
  nodeColors: ReadonlyMap<string, string> | null = $derived.by(() =>
    this.app.graph
      ? nodeColorsOf(this.app.graph, this.app.viewState, this.blocList, this.results)
      : null,
  );

  /** The focused triad and the visible relations among its actors (null: not all visible). */
  triadView: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = $derived.by(() =>
    this.app.graph && this.app.visibility
      ? triadViewOf(this.app.graph, this.app.viewState, this.app.visibility, this.results)
      : null,
  );

  /** The path (or else the triad) drawn emphasised in the graph. */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = $derived.by(() =>
    emphasisOf(this.app.viewState, this.results, this.triadView),
  );

  /** True while any analysis runs. */
  busy: boolean = $derived(Object.values(this.status).some((s) => s.busy));

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
    const state = this.app.viewState;
    state.at = date;
    state.from = null;
    state.to = null;
  }

  setRange(from: string | null, to: string | null): void {
    const state = this.app.viewState;
    state.at = null;
    state.from = from;
    state.to = to;
  }

  /** No time restriction at all: every date, the 'active' mode, undated relations kept. */
  clearTime(): void {
    this.setRange(null, null);
    this.when = 'active';
    this.undated = 'keep';
  }

  /**
   * Starts the analysis worker (or `worker`, e.g. an in-thread one in tests) and the effects that
   * keep the results in step with the view; returns the cleanup. Call once after the app has
   * mounted.
   */
  start(worker: WorkerLike = spawnAnalysisWorker()): () => void {
    const client = createAnalysisClient(worker, (channel, update) => this.receive(channel, update));
    this.client = client;
    const stop = $effect.root(() => {
      $effect(() => {
        const graph = this.app.graph;
        if (graph) client.loadGraph(graph);
      });
      // Each request is built by the view pipeline from the view state and the visible view.
      const over = (
        make: (state: ViewState, signed: WireSignedOptions) => ChannelRequest | null,
      ) => {
        const signed = this.signedOptions;
        return signed ? make(this.app.viewState, signed) : null;
      };
      this.channelEffect('blocs', () =>
        over((state, signed) => blocsRequest(state, signed, this.options)),
      );
      this.channelEffect('balance', () =>
        over((state, signed) => balanceRequest(state, signed, this.options, this.balanceOpen)),
      );
      this.channelEffect('rank', () => over(rankRequest));
      this.channelEffect('pair', () => over(pairRequest));
      this.channelEffect('paths', () => {
        const v = this.app.visibility;
        return v ? pathsRequest(this.app.viewState, v) : null;
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
      const graph = this.app.graph;
      const ends = this.path;
      if (graph && ends)
        this.app.frame(pathFrameOf(graph, this.app.visibility, ends, payload.result.nodes));
    }
  }

  private statusOf(channel: Channel): ChannelStatus<unknown> {
    return this.status[channel];
  }

  private setStatus(channel: Channel, status: ChannelStatus<unknown>): void {
    this.status = { ...this.status, [channel]: status };
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
