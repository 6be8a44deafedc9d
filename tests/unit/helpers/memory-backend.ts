// An in-memory key-value backend for the imported-dataset store (src/io/dataset-store.ts), in place
// of IndexedDB: values are stored and read as structured clones, as IndexedDB does; `data` lets a
// test look at (or corrupt) what was stored.
import type { KeyValueBackend } from '../../../src/io/dataset-store';

export type MemoryBackend = KeyValueBackend & { data: Map<string, unknown> };

/** `has: false` leaves out the optional has() (the store then reads the record to answer exists()). */
export function memoryBackend(options: { has?: boolean } = {}): MemoryBackend {
  const data = new Map<string, unknown>();
  const backend: MemoryBackend = {
    data,
    get: async (key) => structuredClone(data.get(key)),
    put: async (key, value) => void data.set(key, structuredClone(value)),
    delete: async (key) => void data.delete(key),
  };
  if (options.has !== false) backend.has = async (key) => data.has(key);
  return backend;
}
