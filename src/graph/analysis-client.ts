// Page side of the analysis worker (analysis-worker-protocol.ts): one channel per kind of analysis
// (blocs, balance, rank, pair, paths). A channel runs at most one request at a time; a newer
// request made meanwhile waits and replaces any older waiting one, and the answer of a request
// that has been superseded is dropped (stale-result protection), so a slider dragged over a
// 5,000-actor graph queues no backlog. Works with a real Worker or, when workers are unavailable,
// with the same handler run on the main thread after a macrotask (never synchronously).
// loadGraph sends the live graph in parts, one part per task (src/model/graph-handoff.ts), so that a
// 100,000-actor graph does not hold the page for one long export and clone; requests made while
// the parts go out wait and are sent after the last part.
import type { AbstractGraph, SerializedGraph } from 'graphology-types';
import { liveGraphParts, PART_SIZE } from '../model/graph-handoff';
import type { Notice } from './analysis-messages';
import {
  createAnalysisHandler,
  type AnalysisRequest,
  type AnalysisResponse,
  type AnalysisResultPayload,
} from './analysis-worker-protocol';

export type Channel = 'blocs' | 'balance' | 'rank' | 'pair' | 'paths';

/** A request as the client takes it: without requestId, the channel is the request type. */
export type ChannelRequest = DistributiveOmit<
  Exclude<AnalysisRequest, { type: 'load' | 'load-part' }>,
  'requestId'
>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export type ChannelUpdate =
  | { status: 'busy'; progress?: { phase: string; level: number; blocs: number } }
  | { status: 'done'; payload: AnalysisResultPayload; ms: number }
  | { status: 'error'; reason: string; message: string; notice: Notice };

export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<AnalysisResponse>) => void,
  ): void;
  terminate?(): void;
}

export interface AnalysisClient {
  /** Sends the graph (all later requests run on it); earlier unanswered requests are dropped. */
  load(graph: SerializedGraph): void;
  /**
   * Sends a live graph in parts, one per task; requests made meanwhile are sent after the last
   * part. A newer load stops the parts of an older one. Earlier unanswered requests are dropped.
   */
  loadGraph(graph: AbstractGraph): void;
  /** Runs a request on its channel (see the module comment for queueing and stale answers). */
  request(request: ChannelRequest): void;
  /** Forgets the channel's running and waiting requests: their answers are dropped. */
  cancel(channel: Channel): void;
  kill(): void;
}

interface ChannelState {
  /** requestId of the request running in the worker, or null. */
  running: number | null;
  /** The newest request made while another was running. */
  waiting: ChannelRequest | null;
  /** requestId whose answer is still wanted (the last one sent and not cancelled). */
  wanted: number | null;
}

/** How the parts of a graph are spread over tasks (tests pass a synchronous or counting one). */
export type TaskScheduler = (run: () => void) => void;

const nextTask: TaskScheduler = (run) => setTimeout(run, 0);

export function createAnalysisClient(
  worker: WorkerLike,
  onUpdate: (channel: Channel, update: ChannelUpdate) => void,
  options: { schedule?: TaskScheduler; partSize?: number } = {},
): AnalysisClient {
  const schedule = options.schedule ?? nextTask;
  const partSize = options.partSize ?? PART_SIZE;
  let nextId = 1;
  let killed = false;
  /** The load whose parts are going out (a newer load bumps it and stops the older one). */
  let loading = 0;
  let loads = 0;
  const channels = new Map<Channel, ChannelState>();
  const byId = new Map<number, Channel>();
  const state = (channel: Channel): ChannelState => {
    let s = channels.get(channel);
    if (!s) channels.set(channel, (s = { running: null, waiting: null, wanted: null }));
    return s;
  };

  const send = (request: ChannelRequest) => {
    const channel = request.type;
    const s = state(channel);
    const requestId = nextId++;
    s.running = requestId;
    s.wanted = requestId;
    byId.set(requestId, channel);
    onUpdate(channel, { status: 'busy' });
    worker.postMessage({ ...request, requestId } as AnalysisRequest);
  };

  worker.addEventListener('message', (event) => {
    if (killed) return;
    const message = event.data;
    const channel = byId.get(message.requestId);
    if (!channel) return; // a load answer, or a request forgotten by load()
    const s = state(channel);
    if (message.type === 'progress') {
      if (s.wanted === message.requestId)
        onUpdate(channel, {
          status: 'busy',
          progress: { phase: message.phase, level: message.level, blocs: message.blocs },
        });
      return;
    }
    byId.delete(message.requestId);
    if (s.running === message.requestId) s.running = null;
    const wanted = s.wanted === message.requestId && s.waiting === null;
    if (wanted) {
      s.wanted = null;
      if (message.type === 'result') {
        onUpdate(channel, { status: 'done', payload: payloadOf(message), ms: message.ms });
      } else
        onUpdate(channel, {
          status: 'error',
          reason: message.reason,
          message: message.message,
          notice: message.notice,
        });
    }
    if (s.running === null && s.waiting) {
      const next = s.waiting;
      s.waiting = null;
      send(next);
    }
  });

  /** Forgets every running and waiting request (a new graph is coming). */
  const forget = () => {
    byId.clear();
    for (const s of channels.values()) {
      s.running = null;
      s.waiting = null;
      s.wanted = null;
    }
  };

  /** After the last part: the requests made meanwhile go out. */
  const loaded = () => {
    loading = 0;
    for (const s of channels.values())
      if (s.running === null && s.waiting) {
        const next = s.waiting;
        s.waiting = null;
        send(next);
      }
  };

  return {
    load(graph) {
      if (killed) return;
      forget();
      loading = 0;
      worker.postMessage({ type: 'load', requestId: nextId++, graph });
    },
    loadGraph(graph) {
      if (killed) return;
      forget();
      const load = (loading = ++loads);
      const parts = liveGraphParts(graph, partSize);
      const step = () => {
        if (killed || loading !== load) return;
        const next = parts.next();
        if (next.done) return loaded();
        worker.postMessage({ type: 'load-part', requestId: nextId++, part: next.value });
        schedule(step);
      };
      step();
    },
    request(request) {
      if (killed) return;
      const s = state(request.type);
      if (s.running !== null || loading !== 0) {
        s.waiting = request;
        s.wanted = null;
        onUpdate(request.type, { status: 'busy' });
      } else send(request);
    },
    cancel(channel) {
      const s = state(channel);
      s.waiting = null;
      s.wanted = null;
    },
    kill() {
      killed = true;
      worker.terminate?.();
    },
  };
}

function payloadOf(message: Extract<AnalysisResponse, { type: 'result' }>): AnalysisResultPayload {
  const copy: Partial<typeof message> = { ...message };
  delete copy.type;
  delete copy.requestId;
  delete copy.ms;
  return copy as AnalysisResultPayload;
}

/** The same handler on the main thread, answering after a macrotask: for when Workers fail. */
export function inThreadWorker(): WorkerLike {
  const listeners: Array<(event: MessageEvent<AnalysisResponse>) => void> = [];
  const handle = createAnalysisHandler((message) => {
    for (const l of listeners) l({ data: message } as MessageEvent<AnalysisResponse>);
  });
  return {
    postMessage: (message) => setTimeout(() => handle(message), 0),
    addEventListener: (_type, listener) => listeners.push(listener),
  };
}

/** Starts the analysis worker (Vite bundles it from this exact expression), or the fallback. */
export function spawnAnalysisWorker(): WorkerLike {
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inThreadWorker();
  }
}
