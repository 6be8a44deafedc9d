// The worker protocol and the page-side client, run without a real Worker: a message-passing
// double connects them. Also: long imports yield to the event loop and report progress.
import { describe, expect, it } from 'vitest';
import { createImportClient, importText, type WorkerLike } from '../../src/io/index';
import {
  createImportHandler,
  type ImportRequest,
  type ImportResponse,
} from '../../src/io/import-protocol';

/** A Worker double: requests go to the real handler; responses come back as message events. */
function fakeWorker(): WorkerLike & { terminated: boolean } {
  const target = new EventTarget();
  const handle = createImportHandler((message: ImportResponse) => {
    // Structured clone, as postMessage would do.
    const data = structuredClone(message);
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })), 0);
  });
  const worker = {
    terminated: false,
    postMessage(message: ImportRequest) {
      void handle(structuredClone(message));
    },
    addEventListener: (type: 'message', l: (e: MessageEvent<ImportResponse>) => void) =>
      target.addEventListener(type, l as EventListener),
    removeEventListener: (type: 'message', l: (e: MessageEvent<ImportResponse>) => void) =>
      target.removeEventListener(type, l as EventListener),
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const bigCsv = (rows: number) =>
  `source,target,relation\n${Array.from({ length: rows }, (_, i) => `n${i},n${(i * 7 + 1) % rows},trade`).join('\n')}\n`;

describe('import worker protocol', () => {
  it('imports through the worker, reports progress and rebuilds the graph', async () => {
    const client = createImportClient(fakeWorker());
    const progress: string[] = [];
    const bytes = new TextEncoder().encode(bigCsv(30000));
    const result = await client.importFiles([{ name: 'edges.csv', bytes: bytes.buffer }], {
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(30000);
    expect(result.graph.size).toBe(30000);
    expect(result.graph.getEdgeAttribute('e1', 'relation')).toBe('trade');
    expect(result.graph.isDirected('e1')).toBe(true);
    expect(progress[0]).toBe('read');
    expect(progress).toContain('build');
  });

  it('returns located errors from the worker', async () => {
    const client = createImportClient(fakeWorker());
    const bytes = new TextEncoder().encode('source,target\na,b,c\n');
    const result = await client.importFiles([{ name: 'x.csv', bytes: bytes.buffer }]);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          where: 'row 2',
          message:
            '3 fields, but the header has 2 columns; expected at most 2 (quote fields that contain the delimiter)',
        },
      ],
      warnings: [],
      format: 'csv',
    });
  });

  it('cancels through an AbortSignal', async () => {
    const client = createImportClient(fakeWorker());
    const controller = new AbortController();
    const bytes = new TextEncoder().encode(bigCsv(200000));
    const pending = client.importFiles([{ name: 'x.csv', bytes: bytes.buffer }], {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(await pending).toMatchObject({
      ok: false,
      errors: [{ where: 'file', message: 'import: cancelled' }],
    });
  });

  it('kill() terminates once and later imports fail cleanly', async () => {
    const worker = fakeWorker();
    const client = createImportClient(worker);
    client.kill();
    client.kill();
    expect(worker.terminated).toBe(true);
    const result = await client.importFiles([{ name: 'x.csv', bytes: new ArrayBuffer(0) }]);
    expect(result.ok).toBe(false);
  });
});

describe('slicing on the main thread', () => {
  it('a long import yields to the event loop: timers run while it parses', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const fractions: number[] = [];
    const result = await importText('big.csv', bigCsv(60000), {
      sliceMs: 5,
      onProgress: (p) => fractions.push(p.fraction),
    });
    clearInterval(timer);
    expect(result.ok).toBe(true);
    expect(ticks).toBeGreaterThan(3);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });
});
