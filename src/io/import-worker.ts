// Web Worker entry for imports: parsing a large file here never blocks the page, and the worker
// stores the import in IndexedDB and reopens it (the page never clones the whole graph for that).
// Start it with `spawnImportWorker()` from import-client.ts; the protocol is in import-protocol.ts.
/// <reference lib="webworker" />
import { createDatasetStore, indexedDbBackend } from './dataset-store';
import { createImportHandler, type ImportRequest } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createImportHandler((message) => scope.postMessage(message), {
  store: createDatasetStore(indexedDbBackend()),
});
scope.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
