// Worker protocol for the heavy analyses (signed projection, blocs, balance, alignment ranking,
// shortest paths), so the UI can run them off the main thread on large graphs (the page side is
// analysis-client.ts). The main thread posts `AnalysisRequest`s
// (first a `load` with the serialized graph, then analyses with the visible scope and options) and
// receives `AnalysisResponse`s: `progress` while blocs run, then `result` or `error` with the same
// requestId. Everything crossing the boundary is structured-clone safe (plain objects, arrays, Maps
// and Sets; no functions, no graph instances). `createAnalysisHandler` holds the worker's state and
// answers messages; a worker file only needs
//   const handle = createAnalysisHandler((m) => postMessage(m));
//   onmessage = (e) => handle(e.data);
// and the same handler runs in the main thread (or a test) when no worker is wanted.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { alignmentScore, rankAlignment, type Alignment, type AlignmentRanking } from './alignment';
import type { Failure, FailureReason } from './analysis-result';
import { englishText, type Notice } from './analysis-messages';
import { analyseBalance, type BalanceOptions, type BalanceResult } from './balance';
import { detectBlocs, type BlocOptions, type BlocResult } from './blocs';
import { shortestPaths, type ShortestPaths } from './paths';
import { signedProjection, type SignedGraph, type SignedOptions } from './signed';
import type { VisibleScope } from './analysis-result';
import { analysisScope, type AnalysisScopeOptions } from './time';
import { readBlocs, type BlocReading } from './analysis-blocs';
import { GraphAssembler, type GraphPart } from '../model/graph-handoff';

/**
 * Signed-projection options as sent over the wire (visible sets included); `at` restricts them to
 * the actors and relations of the analysis date first (time.ts analysisScope).
 */
export type WireSignedOptions = SignedOptions & { at?: AnalysisScopeOptions };

export type AnalysisRequest =
  | { type: 'load'; requestId: number; graph: SerializedGraph }
  /** One part of a graph sent in parts (src/model/graph-handoff.ts); the last one loads it. */
  | { type: 'load-part'; requestId: number; part: GraphPart }
  | {
      type: 'blocs';
      requestId: number;
      signed: WireSignedOptions;
      options?: Omit<BlocOptions, 'onProgress'>;
    }
  | { type: 'balance'; requestId: number; signed: WireSignedOptions; options?: BalanceOptions }
  | {
      type: 'rank';
      requestId: number;
      signed: WireSignedOptions;
      actor: string;
      options?: { directWeight?: number; limit?: number; candidates?: ReadonlySet<string> };
    }
  | {
      type: 'pair';
      requestId: number;
      signed: WireSignedOptions;
      a: string;
      b: string;
      options?: { directWeight?: number };
    }
  | {
      type: 'paths';
      requestId: number;
      scope: VisibleScope;
      from: string;
      to: string;
      options?: { maxPaths?: number; directed?: boolean };
    };

export type AnalysisResultPayload =
  | { kind: 'load'; nodes: number; edges: number }
  /** `folded`: person → the actor they were folded into (foldPersons), for colouring them alike. */
  | {
      kind: 'blocs';
      result: BlocResult;
      folded: Map<string, string>;
      /** Per bloc id: the share resting on memberships, members there through them only, bodies. */
      readings: BlocReading[];
    }
  | { kind: 'balance'; result: BalanceResult }
  | { kind: 'rank'; result: AlignmentRanking }
  | { kind: 'pair'; result: Alignment }
  | { kind: 'paths'; result: ShortestPaths };

export type AnalysisResponse =
  | {
      type: 'progress';
      requestId: number;
      phase: 'louvain' | 'refine';
      level: number;
      blocs: number;
    }
  | ({ type: 'result'; requestId: number; ms: number } & AnalysisResultPayload)
  | {
      type: 'error';
      requestId: number;
      reason: FailureReason | 'no-graph' | 'internal';
      /** English text of `notice` (for logs and Node). */
      message: string;
      /** What went wrong as a code with parameters, for the page to render in its language. */
      notice: Notice;
    };

/** Strips the `ok` flag from a successful analysis result. */
function strip<T extends { ok: true }>(value: T): Omit<T, 'ok'> {
  const rest: Partial<T> = { ...value };
  delete rest.ok;
  return rest as Omit<T, 'ok'>;
}

export function createAnalysisHandler(
  post: (message: AnalysisResponse) => void,
): (request: AnalysisRequest) => void {
  let graph: Graph | null = null;
  /** A graph coming in parts; it replaces `graph` when its last part has come. */
  let incoming: GraphAssembler | null = null;
  // A few cached projections (most recent first): analyses of the same view share one, and blocs
  // with co-memberships and balance over direct ties only do not evict each other.
  let cache: Array<{ key: WireSignedOptions; signed: SignedGraph }> = [];
  const project = (options: WireSignedOptions): SignedGraph => {
    const hit = cache.find((c) => sameOptions(c.key, options));
    if (hit) {
      cache = [hit, ...cache.filter((c) => c !== hit)];
      return hit.signed;
    }
    const signed = signedProjection(graph as Graph, scoped(options));
    cache = [{ key: options, signed }, ...cache].slice(0, PROJECTION_CACHE_SIZE);
    return signed;
  };

  /** The options with their visible sets restricted to the analysis date. */
  const scoped = (options: WireSignedOptions): SignedOptions => {
    const { at, ...rest } = options;
    if (!at) return rest;
    const scope = analysisScope(graph as Graph, rest, at);
    if (!scope.ok) throw new Error(scope.message);
    return { ...rest, visibleNodes: scope.visibleNodes, visibleEdges: scope.visibleEdges };
  };

  return (request) => {
    const started = performance.now();
    const { requestId } = request;
    const done = (payload: AnalysisResultPayload) =>
      post({ type: 'result', requestId, ms: performance.now() - started, ...payload });
    try {
      if (request.type === 'load') {
        const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
        g.import(request.graph);
        graph = g;
        cache = [];
        done({ kind: 'load', nodes: g.order, edges: g.size });
        return;
      }
      if (request.type === 'load-part') {
        if (request.part.kind === 'start') incoming = new GraphAssembler();
        if (!incoming) throw new Error('analysis worker: a graph part came before its start');
        incoming.add(request.part);
        if (incoming.complete) {
          graph = incoming.finish() as unknown as Graph;
          incoming = null;
          cache = [];
          done({ kind: 'load', nodes: graph.order, edges: graph.size });
        }
        return;
      }
      if (!graph) {
        const notice: Notice = { module: 'worker', code: 'no-graph', params: {} };
        post({
          type: 'error',
          requestId,
          reason: 'no-graph',
          message: englishText(notice),
          notice,
        });
        return;
      }
      const failed = (f: Failure) =>
        post({ type: 'error', requestId, reason: f.reason, message: f.message, notice: f.notice });
      if (request.type === 'paths') {
        const result = shortestPaths(graph, request.from, request.to, {
          ...request.scope,
          ...request.options,
        });
        if (result.ok) done({ kind: 'paths', result: strip(result) });
        else failed(result);
        return;
      }
      const signed = project(request.signed);
      const answer = <T extends object>(
        result: ({ ok: true } & T) | Failure,
        wrap: (value: T) => AnalysisResultPayload,
      ) => {
        if (result.ok) done(wrap(strip(result) as unknown as T));
        else failed(result);
      };
      switch (request.type) {
        case 'blocs':
          answer(
            detectBlocs(signed, {
              ...request.options,
              onProgress: (p) => post({ type: 'progress', requestId, ...p }),
            }),
            (result: BlocResult) => ({
              kind: 'blocs',
              result,
              folded: signed.folded,
              readings: readBlocs(graph as Graph, signed, result, scoped(request.signed)),
            }),
          );
          return;
        case 'balance':
          answer(analyseBalance(signed, request.options), (result: BalanceResult) => ({
            kind: 'balance',
            result,
          }));
          return;
        case 'rank':
          answer(
            rankAlignment(signed, request.actor, { ...request.options, graph }),
            (result: AlignmentRanking) => ({ kind: 'rank', result }),
          );
          return;
        case 'pair':
          answer(
            alignmentScore(signed, request.a, request.b, { ...request.options, graph }),
            (result: Alignment) => ({ kind: 'pair', result }),
          );
          return;
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const notice: Notice = { module: 'worker', code: 'internal', params: { detail } };
      post({ type: 'error', requestId, reason: 'internal', message: englishText(notice), notice });
    }
  };
}

const PROJECTION_CACHE_SIZE = 3;

/** Same projection options: same scalars, same weight tables, same visible sets (by content). */
export function sameOptions(x: WireSignedOptions, y: WireSignedOptions): boolean {
  const scalars = [
    'foldPersons',
    'membershipWeight',
    'memberTieWeight',
    'membershipScaling',
  ] as const;
  if (scalars.some((k) => x[k] !== y[k])) return false;
  const tables = ['certaintyWeights', 'statusWeights', 'relationWeights', 'at'] as const;
  if (tables.some((k) => JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null)))
    return false;
  const sets = ['visibleEdges', 'visibleNodes', 'kinds'] as const;
  return sets.every((k) => sameSet(x[k], y[k]));
}

function sameSet(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  if (x === y) return true;
  if (!x || !y || x.size !== y.size) return false;
  for (const v of x) if (!y.has(v)) return false;
  return true;
}
