// One call for every data export of the visible subgraph: the bytes or text, a file name and a
// MIME type, ready for a download link or the CLI.
import type { AlignmapGraph } from '../model/build';
import { toCsv, toCsvZip } from './csv';
import { toGexf, type GexfOptions } from './gexf';
import { toGraphml } from './graphml';
import { toGraphologyJson } from './json';
import type { ExportLanguage } from './portable';
import type { VisibleSet } from './types';

export type DataExportFormat = 'gexf' | 'graphml' | 'json' | 'csv-nodes' | 'csv-edges' | 'csv-zip';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array;
}

export function exportGraph(
  format: DataExportFormat,
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: { baseName?: string; gexf?: GexfOptions; language?: ExportLanguage } = {},
): ExportedFile {
  const base = options.baseName ?? 'alignmap';
  // 'ja': Japanese names in `label` (English in `labelEn`) for GEXF, GraphML and CSV; the
  // graphology JSON keeps the attributes as they are (label + labelJa).
  const lang = { language: options.language ?? 'en' } as const;
  switch (format) {
    case 'gexf':
      return {
        fileName: `${base}.gexf`,
        mimeType: 'application/gexf+xml',
        data: toGexf(graph, visible, { ...lang, ...options.gexf }),
      };
    case 'graphml':
      return {
        fileName: `${base}.graphml`,
        mimeType: 'application/graphml+xml',
        data: toGraphml(graph, visible, lang),
      };
    case 'json':
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        data: toGraphologyJson(graph, visible),
      };
    case 'csv-nodes':
      return {
        fileName: `${base}-nodes.csv`,
        mimeType: 'text/csv;charset=utf-8',
        data: toCsv(graph, visible, lang).nodes,
      };
    case 'csv-edges':
      return {
        fileName: `${base}-edges.csv`,
        mimeType: 'text/csv;charset=utf-8',
        data: toCsv(graph, visible, lang).edges,
      };
    case 'csv-zip':
      return {
        fileName: `${base}-csv.zip`,
        mimeType: 'application/zip',
        data: toCsvZip(graph, visible, lang),
      };
  }
}
