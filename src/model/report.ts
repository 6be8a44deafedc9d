// Per-source counts of the relations a dataset draws from each source (by type, status and
// certainty), so that drift between passes over the data is visible: `npm run validate -- --report`.
import type { Dataset } from './schema';

export interface SourceCounts {
  source: string;
  kind: string;
  unverified: boolean;
  relations: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
  byCertainty: Record<string, number>;
}

/** One entry per source in sources.yaml order; a relation counts once for every source its evidence cites. */
export function countBySource(dataset: Dataset): SourceCounts[] {
  const rows = new Map<string, SourceCounts>(
    dataset.sources.map((s) => [
      s.id,
      {
        source: s.id,
        kind: s.kind,
        unverified: s.unverified === true,
        relations: 0,
        byType: {},
        byStatus: {},
        byCertainty: {},
      },
    ]),
  );
  const bump = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const rel of dataset.relations) {
    for (const id of new Set(rel.evidence.map((e) => e.source))) {
      const row = rows.get(id);
      if (!row) continue;
      row.relations++;
      bump(row.byType, rel.type);
      bump(row.byStatus, rel.status);
      bump(row.byCertainty, rel.certainty);
    }
  }
  return [...rows.values()];
}

/** The counts as plain text, one block per source that backs at least one relation. */
export function formatSourceReport(rows: readonly SourceCounts[]): string {
  const line = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return rows
    .filter((r) => r.relations > 0)
    .map((r) =>
      [
        `${r.source} (${r.kind}${r.unverified ? ', unverified' : ''}): ${r.relations} relation${r.relations === 1 ? '' : 's'}`,
        `  type: ${line(r.byType)}`,
        `  status: ${line(r.byStatus)}`,
        `  certainty: ${line(r.byCertainty)}`,
      ].join('\n'),
    )
    .join('\n');
}
