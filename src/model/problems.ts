// Problems found while loading or validating data: where (file, line or element path) and what.

export interface Problem {
  /** File name as the user knows it, e.g. "graph-data/actors/states.yaml" or "import.json". */
  file: string;
  /** 1-based line, when the input has lines (YAML files); 0 when unknown. */
  line: number;
  /** Element path such as "relations[3].evidence[0].quote", when there is no line. */
  path?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.path ? `${p.file} (${p.path})` : p.file;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function isError(p: Problem): boolean {
  return p.severity === 'error';
}
