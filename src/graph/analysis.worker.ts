// Web Worker entry for the alignment analyses (blocs, balance, rankings, pair scores, paths): they
// run here so that a 5,000-actor graph never blocks the page. Started by spawnAnalysisWorker() in
// analysis-client.ts; the protocol is in analysis-worker-protocol.ts.
/// <reference lib="webworker" />
import { createAnalysisHandler, type AnalysisRequest } from './analysis-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createAnalysisHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<AnalysisRequest>) => handle(event.data);
