// The worker protocol and the page-side client, run without a real Worker: a message-passing
// double connects them. Also: long imports yield to the event loop and report progress.
import { describe, expect, it, vi } from 'vitest';
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
    postMessage(message: ImportRequest, transfer: Transferable[] = []) {
      void handle(structuredClone(message, { transfer }));
    },
    addEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.addEventListener(type, l as EventListener),
    removeEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
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
  it("moves the files' bytes to the worker instead of copying them", async () => {
    const worker = fakeWorker();
    const post = worker.postMessage.bind(worker);
    const sent: { bytes: unknown; transfer: Transferable[] }[] = [];
    worker.postMessage = (message, transfer = []) => {
      if (message.type === 'import') sent.push({ bytes: message.files[0]?.bytes, transfer });
      post(message, transfer);
    };
    const client = createImportClient(worker);
    const bytes = new TextEncoder().encode(bigCsv(10)).buffer;
    const result = await client.importFiles([{ name: 'edges.csv', bytes }]);
    expect(result.ok && result.graph.size).toBe(10);
    // the request carries the page's own buffer (no copy), in the transfer list
    expect(sent).toHaveLength(1);
    expect(sent[0]!.bytes).toBe(bytes);
    expect(sent[0]!.transfer).toEqual([bytes]);
    // transferred: the page's buffer is detached (a copy would leave it as it was)
    expect(bytes.byteLength).toBe(0);
    client.kill();
  });

  it('imports through the worker, reports progress and rebuilds the graph', async () => {
    const client = createImportClient(fakeWorker());
    const progress: string[] = [];
    // Small enough to stay far from the test timeout on a loaded 2-core machine (30,000 rows took
    // 5,035 ms there and failed 2 of 3 runs). The slicer reports progress by the clock (every
    // 50 ms in the worker), so the clock is made to advance 10 ms per reading: the 'build' report
    // then comes after a fixed number of rows, however fast or slow the machine is.
    let clock = 0;
    const nowSpy = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const bytes = new TextEncoder().encode(bigCsv(3000));
    const result = await client
      .importFiles([{ name: 'edges.csv', bytes: bytes.buffer }], {
        onProgress: (p) => progress.push(p.phase),
      })
      .finally(() => nowSpy.mockRestore());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(3000);
    expect(result.graph.size).toBe(3000);
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

/** A worker that takes requests and never answers; the test fires its events. */
function silentWorker(): WorkerLike & { target: EventTarget; terminated: boolean } {
  const target = new EventTarget();
  const worker = {
    target,
    terminated: false,
    postMessage() {},
    addEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.addEventListener(type, l as EventListener),
    removeEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.removeEventListener(type, l as EventListener),
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const csvFile = () => [{ name: 'x.csv', bytes: new TextEncoder().encode('a,b\n').buffer }];

describe('a worker that dies or never answers becomes an error (issue 13 #2)', () => {
  it('an error event (the worker crashed) ends the import with its message', async () => {
    const worker = silentWorker();
    const pending = createImportClient(worker).importFiles(csvFile());
    worker.target.dispatchEvent(
      Object.assign(new Event('error'), { message: 'RangeError: out of memory' }),
    );
    expect(await pending).toEqual({
      ok: false,
      errors: [
        {
          where: 'file',
          message:
            'import worker: stopped with an error (RangeError: out of memory); nothing was imported',
        },
      ],
      warnings: [],
    });
    expect(worker.terminated).toBe(true);
  });

  it('a messageerror (an answer that cannot be read) ends the import', async () => {
    const worker = silentWorker();
    const pending = createImportClient(worker).importFiles(csvFile());
    worker.target.dispatchEvent(new MessageEvent('messageerror'));
    const result = await pending;
    expect(!result.ok && result.errors[0]?.message).toContain('could not be read (messageerror)');
    expect(worker.terminated).toBe(true);
  });

  it('silence longer than the allowed time ends the import; progress restarts the clock', async () => {
    vi.useFakeTimers();
    try {
      const worker = silentWorker();
      const client = createImportClient(worker, { silenceMs: () => 3000 });
      let settled = false;
      const pending = client.importFiles(csvFile()).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(2000);
      worker.target.dispatchEvent(
        new MessageEvent('message', {
          data: { type: 'progress', id: 1, progress: { phase: 'parse', fraction: 0.5 } },
        }),
      );
      await vi.advanceTimersByTimeAsync(2500);
      expect(settled).toBe(false); // 2.5 s since the last progress
      await vi.advanceTimersByTimeAsync(600);
      const result = await pending;
      expect(!result.ok && result.errors[0]?.message).toBe(
        'import worker: no answer for 3 s; the worker was stopped and nothing was imported (the file may be too large or too deeply nested for this browser)',
      );
      expect(worker.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the default allows 5 s plus 1 s per MB of input', async () => {
    vi.useFakeTimers();
    try {
      const worker = silentWorker();
      const bytes = new ArrayBuffer(3_000_000);
      let settled = false;
      const pending = createImportClient(worker)
        .importFiles([{ name: 'x.csv', bytes }])
        .finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(7900);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect((await pending).ok).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a result that cannot be posted (structured clone out of stack) is answered with an error', async () => {
    const sent: ImportResponse[] = [];
    const handle = createImportHandler((message) => {
      if (message.type === 'graph') throw new RangeError('Maximum call stack size exceeded');
      sent.push(message);
    });
    await handle({ type: 'import', id: 7, files: csvFile() });
    const done = sent.find((m) => m.type === 'done');
    expect(done).toEqual({
      type: 'done',
      id: 7,
      result: {
        ok: false,
        errors: [
          {
            where: 'file',
            message:
              'import worker: the imported graph could not be sent to the page (Maximum call stack size exceeded); expected plain values nested at most a few levels deep',
          },
        ],
        warnings: [],
      },
    });
  });

  it('a JSON attribute nested 5,000 deep comes back through the worker as a located error', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const text = `{"nodes":[{"key":"n1","attributes":{"x1":${deep}}}],"edges":[]}`;
    const result = await createImportClient(fakeWorker()).importFiles([
      { name: 'deep.json', bytes: new TextEncoder().encode(text).buffer },
    ]);
    expect(!result.ok && result.errors).toEqual([
      {
        where: 'nodes[0] (key "n1")',
        message:
          'attribute "x1" nests lists or objects more than 100 levels deep; expected at most 100 (got {"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":…)',
      },
    ]);
  });
});

describe('slicing on the main thread', () => {
  it('a long import yields to the event loop: timers run while it parses', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const fractions: number[] = [];
    // 10,000 rows in slices of 1 ms: many slices, far from the test timeout on a loaded machine
    const result = await importText('big.csv', bigCsv(10000), {
      sliceMs: 1,
      onProgress: (p) => fractions.push(p.fraction),
    });
    clearInterval(timer);
    expect(result.ok).toBe(true);
    expect(ticks).toBeGreaterThan(3);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });
});
