// The app's view of a graph computed without the app (for the CLI): URL state → what is visible
// (graph/visible.ts, as AppState does), the size metric, forced labels, parallel-edge curvatures,
// the selection highlight, a shortest path or triad emphasis, bloc colours (with the analysis
// panel's default options), and the StyleView the screen would use; plus the picture's date line
// and source line. Pure.
import type { AlignmapGraph } from '../model/build';
import { centrality, normalise, topNodeSet } from '../graph/centrality';
import { edgeHighlight, neighbourhood } from '../graph/filters';
import { viewSpecFromUrlState, visibleView, type VisibleView } from '../graph/visible';
import { blocNodeColors, orderBlocs, triadEmphasis } from '../graph/analysis-view';
import { analyseBlocs } from '../graph/analysis-blocs';
import { analysisScope } from '../graph/time';
import { shortestPaths } from '../graph/paths';
import { parallelCurvatures } from '../render/parallel-edges';
import type { Language, StyleView } from '../render/style';
import type { UrlState } from '../state/url-state';

/** As many forced labels as the app (FORCED_LABELS in src/state/app-state.svelte.ts). */
export const FORCED_LABELS = 12;
/** As the app's analyses (src/state/analysis-state.svelte.ts): bloc seed and paths listed. */
export const BLOC_SEED = 1;
export const MAX_PATHS = 12;

/** StyleView plus the dimmed sets of visible.ts (outside=dim; not exported). */
export type ExportStyleView = StyleView & {
  dimmedNodes: ReadonlySet<string>;
  dimmedEdges: ReadonlySet<string>;
};

export interface HeadlessView {
  view: ExportStyleView;
  visible: VisibleView;
  sizes: ReadonlyMap<string, number>;
  language: Language;
  /** Why a requested path, triad or bloc colouring could not be drawn. */
  messages: string[];
}

export function headlessView(graph: AlignmapGraph, url: UrlState): HeadlessView {
  const visible = visibleView(graph, viewSpecFromUrlState(url));
  const sizes = normalise(centrality(graph, url.sizeBy));
  const language = url.language ?? 'en';
  const selection = url.selection;
  let highlight: StyleView['highlight'] = null;
  if (selection?.kind === 'node' && visible.visibleNodes.has(selection.id))
    highlight = neighbourhood(graph, selection.id, visible.visibleEdges);
  else if (selection?.kind === 'edge' && visible.visibleEdges.has(selection.id))
    highlight = edgeHighlight(graph, selection.id);
  const messages: string[] = [];
  const scope = { visibleNodes: visible.visibleNodes, visibleEdges: visible.visibleEdges };
  let emphasis: StyleView['emphasis'] = null;
  if (url.path) {
    const paths = shortestPaths(graph, url.path[0], url.path[1], { ...scope, maxPaths: MAX_PATHS });
    if (paths.ok) emphasis = { nodes: paths.nodes, edges: paths.edges };
    else messages.push(`${paths.message}; path not drawn`);
  } else if (url.triad) {
    emphasis = triadEmphasis(graph, url.triad, visible.visibleNodes, visible.visibleEdges);
    if (!emphasis)
      messages.push(`triad: expected three visible actors, got ${url.triad.join(', ')}`);
  }
  let nodeColors: ReadonlyMap<string, string> | undefined;
  if (url.blocs) {
    // the analysis panel's bloc pipeline: at the latest date, states and persons folded into them
    const at = analysisScope(graph, scope);
    const blocs = at.ok ? analyseBlocs(graph, at, { seed: BLOC_SEED }) : at;
    if (blocs.ok)
      nodeColors = blocNodeColors(graph.nodes(), orderBlocs(blocs.result), blocs.signed.folded);
    else messages.push(`${blocs.message}; actors coloured by kind`);
  }
  const view: ExportStyleView = {
    language,
    hiddenNodes: visible.hiddenNodes,
    hiddenEdges: visible.hiddenEdges,
    dimmedNodes: visible.dimmedNodes,
    dimmedEdges: visible.dimmedEdges,
    highlight,
    selectedNode: selection?.kind === 'node' && highlight ? selection.id : null,
    selectedEdge: selection?.kind === 'edge' && highlight ? selection.id : null,
    sizes,
    edgeColorMode: url.edgeColors,
    curvatures: parallelCurvatures(graph),
    labelled: topNodeSet(sizes, FORCED_LABELS, visible.visibleNodes),
    emphasis,
    ...(nodeColors ? { nodeColors } : {}),
  };
  return { view, visible, sizes, language, messages };
}

/** "2025-05-01 – 2025-05-31", "as of 2025-05-08", "from 2025-05", … or the data's date. */
export function dateLine(graph: AlignmapGraph, url: UrlState, language: Language): string {
  const ja = language === 'ja';
  if (url.at !== null) return ja ? `${url.at} 時点` : `As of ${url.at}`;
  if (url.from !== null && url.to !== null) return `${url.from} – ${url.to}`;
  if (url.from !== null) return ja ? `${url.from} 以降` : `From ${url.from}`;
  if (url.to !== null) return ja ? `${url.to} まで` : `Until ${url.to}`;
  const generated = graph.getAttribute('generated');
  if (typeof generated === 'string' && generated)
    return ja ? `${generated} 時点のデータ` : `Data as of ${generated}`;
  const latest = sourceDates(graph).at(-1);
  if (latest) return ja ? `${latest} までの資料による` : `Sources up to ${latest}`;
  return '';
}

function sourceDates(graph: AlignmapGraph): string[] {
  const sources = graph.getAttribute('sources');
  if (!Array.isArray(sources)) return [];
  return sources
    .map((s) => (s && typeof s === 'object' ? (s as { date?: unknown }).date : undefined))
    .filter((d): d is string => typeof d === 'string' && d.length > 0)
    .sort();
}

/** "Source: Alignmap — Alignmap dataset (30 sources, 1949–2025-12)". */
export function sourceLine(graph: AlignmapGraph, language: Language): string {
  const name = String(graph.getAttribute('name') ?? '') || 'graph';
  const sources = graph.getAttribute('sources');
  const count = Array.isArray(sources) ? sources.length : 0;
  const dates = sourceDates(graph);
  const span =
    dates.length > 0
      ? dates[0]!.slice(0, 4) === dates.at(-1)!.slice(0, 4)
        ? dates[0]!.slice(0, 4)
        : `${dates[0]!.slice(0, 4)}–${dates.at(-1)!.slice(0, 4)}`
      : '';
  if (language === 'ja') {
    const detail = count > 0 ? `（資料 ${count} 件${span ? `、${span}` : ''}）` : '';
    return `出典: Alignmap — ${name}${detail}`;
  }
  const detail =
    count > 0 ? ` (${count} source${count === 1 ? '' : 's'}${span ? `, ${span}` : ''})` : '';
  return `Source: Alignmap — ${name}${detail}`;
}
