// Public API of the data import/export layer (see src/io/README.md).
export { exportGraph, type DataExportFormat, type ExportedFile } from './export';
export { toGexf, parseGexf, type GexfOptions } from './gexf';
export { toGraphml, parseGraphml } from './graphml';
export { toGraphologyJson, exportSubgraph, importGraphologyObject } from './json';
export { toCsv, toCsvZip, parseCsv, type CsvInput } from './csv';
export { importDataset, parseYamlText } from './dataset';
export { detectFormat, type DetectedFormat } from './detect';
export { importFile, importFiles, importText, decodeText, type NamedBytes } from './import';
export {
  createImportClient,
  spawnImportWorker,
  type ImportClient,
  type WorkerLike,
} from './import-client';
export { selectSubgraph } from './subgraph';
export { FOREIGN_DEFAULTS } from './builder';
export * from './types';
