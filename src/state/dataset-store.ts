// The stored import lives in src/io/dataset-store.ts (the import worker stores and restores it);
// this module keeps the state layer's old import path for its other users.
export * from '../io/dataset-store';
