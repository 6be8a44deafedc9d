// Web Worker entry for imports: parsing a large file here never blocks the page. Start it with
// `spawnImportWorker()` from import-client.ts; the protocol is in import-protocol.ts.
/// <reference lib="webworker" />
import { createImportHandler, type ImportRequest } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createImportHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
