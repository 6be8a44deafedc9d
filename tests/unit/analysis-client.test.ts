import { describe, expect, it, vi } from 'vitest';
import {
  createAnalysisClient,
  inThreadWorker,
  type Channel,
  type ChannelUpdate,
  type WorkerLike,
} from '../../src/graph/analysis-client';
import type { AnalysisRequest, AnalysisResponse } from '../../src/graph/analysis-worker-protocol';
import { TestGraph } from './helpers/analysis-graph';

/** A worker double that records requests and answers only when told to. */
function fakeWorker() {
  const sent: AnalysisRequest[] = [];
  let listener: ((e: MessageEvent<AnalysisResponse>) => void) | null = null;
  const worker: WorkerLike = {
    postMessage: (m) => sent.push(m),
    addEventListener: (_t, l) => (listener = l),
  };
  const reply = (message: AnalysisResponse) =>
    listener?.({ data: message } as MessageEvent<AnalysisResponse>);
  const result = (requestId: number): AnalysisResponse => ({
    type: 'result',
    requestId,
    ms: 5,
    kind: 'rank',
    result: {
      actor: `answer-${requestId}`,
      mostAligned: [],
      mostOpposed: [],
      scored: 0,
      unsupported: 0,
    },
  });
  return { worker, sent, reply, result };
}

function recorder() {
  const updates: Array<[Channel, ChannelUpdate]> = [];
  return { updates, on: (c: Channel, u: ChannelUpdate) => updates.push([c, u]) };
}

const rank = (actor: string) => ({ type: 'rank' as const, signed: {}, actor });

describe('analysis client', () => {
  it('runs one request per channel; the newest waiting one replaces older ones', () => {
    const w = fakeWorker();
    const r = recorder();
    const client = createAnalysisClient(w.worker, r.on);
    client.request(rank('a'));
    client.request(rank('b'));
    client.request(rank('c'));
    expect(w.sent.map((m) => (m as { actor: string }).actor)).toEqual(['a']);
    // a's answer is stale (c was asked for since): dropped, and c is sent
    w.reply(w.result(1));
    expect(w.sent.map((m) => (m as { actor: string }).actor)).toEqual(['a', 'c']);
    expect(r.updates.filter(([, u]) => u.status === 'done')).toEqual([]);
    w.reply(w.result(w.sent[1]!.requestId));
    const done = r.updates.filter(([, u]) => u.status === 'done');
    expect(done).toEqual([
      [
        'rank',
        {
          status: 'done',
          ms: 5,
          payload: {
            kind: 'rank',
            result: {
              actor: 'answer-2',
              mostAligned: [],
              mostOpposed: [],
              scored: 0,
              unsupported: 0,
            },
          },
        },
      ],
    ]);
  });

  it('keeps channels apart and forwards progress and errors of the wanted request', () => {
    const w = fakeWorker();
    const r = recorder();
    const client = createAnalysisClient(w.worker, r.on);
    client.request({ type: 'blocs', signed: {} });
    client.request(rank('a'));
    expect(w.sent.map((m) => m.type)).toEqual(['blocs', 'rank']);
    w.reply({ type: 'progress', requestId: 1, phase: 'louvain', level: 0, blocs: 3 });
    const notice = { module: 'alignment', code: 'unknown-actor', params: { actor: 'a' } } as const;
    w.reply({ type: 'error', requestId: 2, reason: 'unknown-actor', message: 'no a', notice });
    expect(r.updates.slice(2)).toEqual([
      ['blocs', { status: 'busy', progress: { phase: 'louvain', level: 0, blocs: 3 } }],
      ['rank', { status: 'error', reason: 'unknown-actor', message: 'no a', notice }],
    ]);
  });

  it('drops the answers of cancelled requests and of requests made before a new graph', () => {
    const w = fakeWorker();
    const r = recorder();
    const client = createAnalysisClient(w.worker, r.on);
    client.request(rank('a'));
    client.cancel('rank');
    w.reply(w.result(1));
    client.request(rank('b'));
    client.load(new TestGraph().rel('x', 'alliance', 'p', 'q').graph.export());
    w.reply(w.result(2));
    expect(r.updates.filter(([, u]) => u.status !== 'busy')).toEqual([]);
    expect(w.sent.map((m) => m.type)).toEqual(['rank', 'rank', 'load']);
    // after the load the channel is free again
    client.request(rank('c'));
    expect(w.sent.at(-1)).toMatchObject({ type: 'rank', actor: 'c' });
  });

  it('answers through the main-thread fallback after a macrotask, never synchronously', async () => {
    const r = recorder();
    const client = createAnalysisClient(inThreadWorker(), r.on);
    client.load(
      new TestGraph()
        .rel('ab', 'alliance', 'a', 'b')
        .rel('bc', 'alliance', 'b', 'c')
        .rel('cd', 'sanction', 'c', 'd')
        .graph.export(),
    );
    client.request({
      type: 'paths',
      scope: {},
      from: 'a',
      to: 'd',
    });
    expect(r.updates).toEqual([['paths', { status: 'busy' }]]);
    // the answer comes after a macrotask: wait for that state, not for a time
    await vi.waitFor(() => expect(r.updates.at(-1)?.[1]).toMatchObject({ status: 'done' }));
    expect(r.updates.at(-1)?.[1]).toMatchObject({
      status: 'done',
      payload: { kind: 'paths', result: { length: 3, totalPaths: 1 } },
    });
  });

  it('loadGraph sends the live graph one part per task; requests made meanwhile wait for the last', () => {
    const w = fakeWorker();
    const r = recorder();
    const tasks: Array<() => void> = [];
    const client = createAnalysisClient(w.worker, r.on, {
      schedule: (run) => tasks.push(run),
      partSize: 2,
    });
    const graph = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('bc', 'sanction', 'b', 'c').graph;
    client.loadGraph(graph);
    // the start part now; nodes (2 + 1) and edges (2) one task each
    expect(w.sent.map((m) => (m.type === 'load-part' ? m.part.kind : m.type))).toEqual(['start']);
    client.request(rank('a'));
    expect(r.updates).toEqual([['rank', { status: 'busy' }]]);
    expect(w.sent).toHaveLength(1);
    while (tasks.length > 0) tasks.shift()!();
    expect(w.sent.map((m) => (m.type === 'load-part' ? m.part.kind : m.type))).toEqual([
      'start',
      'nodes',
      'nodes',
      'edges',
      'rank',
    ]);
  });

  it('a newer loadGraph stops the parts of an older one', () => {
    const w = fakeWorker();
    const tasks: Array<() => void> = [];
    const client = createAnalysisClient(w.worker, () => undefined, {
      schedule: (run) => tasks.push(run),
      partSize: 1,
    });
    client.loadGraph(new TestGraph().rel('ab', 'alliance', 'a', 'b').graph);
    tasks.shift()!(); // one node part of the first graph went out
    client.loadGraph(new TestGraph().rel('xy', 'alliance', 'x', 'y').graph);
    while (tasks.length > 0) tasks.shift()!();
    const parts = w.sent.flatMap((m) => (m.type === 'load-part' ? [m.part] : []));
    const keys = parts.flatMap((p) =>
      p.kind === 'nodes' ? p.nodes.map((n) => n.key) : p.kind === 'edges' ? ['edge'] : ['start'],
    );
    expect(keys).toEqual(['start', 'a', 'start', 'x', 'y', 'edge']);
  });

  it('the worker assembles a graph sent in parts and answers on it', async () => {
    const r = recorder();
    const client = createAnalysisClient(inThreadWorker(), r.on, { partSize: 1 });
    client.loadGraph(
      new TestGraph()
        .rel('ab', 'alliance', 'a', 'b')
        .rel('bc', 'alliance', 'b', 'c')
        .rel('cd', 'sanction', 'c', 'd').graph,
    );
    client.request({ type: 'paths', scope: {}, from: 'a', to: 'd' });
    await vi.waitFor(() => expect(r.updates.at(-1)?.[1]).toMatchObject({ status: 'done' }));
    expect(r.updates.at(-1)?.[1]).toMatchObject({
      payload: { kind: 'paths', result: { length: 3, totalPaths: 1 } },
    });
  });
});
