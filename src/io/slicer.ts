// Cooperative slicing for long imports: parsers call `tick()` often; every `sliceMs` it reports
// progress and yields to the event loop so the page keeps drawing, and honours cancellation.
import type { ImportOptions, ImportProgress } from './types';

export class ImportCancelled extends Error {
  constructor() {
    super('import: cancelled');
  }
}

export class Slicer {
  private count = 0;
  private last = now();
  private readonly sliceMs: number;

  constructor(private readonly options: Pick<ImportOptions, 'onProgress' | 'signal' | 'sliceMs'>) {
    this.sliceMs = options.sliceMs ?? 12;
  }

  /** Cheap when called per element: looks at the clock every 64 calls only. */
  async tick(phase: ImportProgress['phase'], fraction: number): Promise<void> {
    if ((++this.count & 63) !== 0) return;
    if (now() - this.last < this.sliceMs) return;
    await this.pause(phase, fraction);
  }

  async pause(phase: ImportProgress['phase'], fraction: number): Promise<void> {
    this.report(phase, fraction);
    await yieldToEventLoop();
    if (this.options.signal?.aborted) throw new ImportCancelled();
    this.last = now();
  }

  report(phase: ImportProgress['phase'], fraction: number): void {
    this.options.onProgress?.({ phase, fraction: Math.max(0, Math.min(1, fraction)) });
  }

  checkCancelled(): void {
    if (this.options.signal?.aborted) throw new ImportCancelled();
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** A macrotask boundary: MessageChannel where available (no 4 ms clamping), else setTimeout. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
