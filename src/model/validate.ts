// Validation of a whole dataset: schema of every item, unique ids, relation ends that exist and fit
// the relation type, date order, evidence sources, and verbatim quotes. Collects every problem.
import type { z } from 'zod';
import { lowerBound, upperBound } from './dates';
import { listItems, type FieldPath, type LocatedItem, type Section } from './documents';
import type { Problem } from './problems';
import {
  actorSchema,
  relationSchema,
  sourceSchema,
  type Actor,
  type Dataset,
  type Relation,
  type Source,
} from './schema';
import { describeValue } from './text-values';
import { checkActorDates, checkRelationFidelity } from './validate-fidelity';
import { allowedKinds } from './vocabulary';

export interface ValidateOptions {
  /** Seed texts by source id; when given, seed quotes must occur in them verbatim. */
  seedTexts?: ReadonlyMap<string, string>;
  /** Texts of `article` sources by source id (graph-data/texts/<id>.txt); their quotes are always checked. */
  articleTexts?: ReadonlyMap<string, string>;
  /** Number of actor files that could not be parsed: unknown-actor references are then not reported. */
  unreadableActorFiles?: number;
  /** Warn about relation and source notes without Japanese text (the bundled dataset). */
  bilingualNotes?: boolean;
}

export interface ValidationResult {
  ok: boolean;
  problems: Problem[];
  /** Present when there is no error (warnings allowed). */
  dataset?: Dataset;
}

const SCHEMAS = { sources: sourceSchema, actors: actorSchema, relations: relationSchema } as const;
const SINGULAR: Record<Section, string> = {
  sources: 'source',
  actors: 'actor',
  relations: 'relation',
};

/** Collapses runs of white space so that a quote may differ from the text in spacing only. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

export function validateItems(
  items: readonly LocatedItem[],
  options: ValidateOptions = {},
): ValidationResult {
  // When an actors file could not be read, references to its actors cannot be checked fairly.
  const actorsIncomplete = options.unreadableActorFiles ?? 0;
  const problems: Problem[] = [];
  const report = (
    item: LocatedItem,
    path: FieldPath,
    message: string,
    severity: Problem['severity'] = 'error',
  ) => {
    const line = item.lineOf(path);
    problems.push({
      file: item.file,
      line,
      path: line > 0 ? undefined : item.pathOf(path),
      message,
      severity,
    });
  };

  // 1. Schema of each item. Ids of items that fail are remembered so references to them are not
  // reported a second time as unknown.
  const invalidIds = {
    sources: new Set<string>(),
    actors: new Set<string>(),
    relations: new Set<string>(),
  };
  const parsed = {
    sources: [] as Parsed<Source>[],
    actors: [] as Parsed<Actor>[],
    relations: [] as Parsed<Relation>[],
  };
  for (const item of items) {
    const result = SCHEMAS[item.section].safeParse(item.value, { reportInput: true });
    const label = describeItem(item);
    if (!result.success) {
      const id = (item.value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds[item.section].add(id);
      for (const issue of result.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        report(
          item,
          path,
          `${label}: ${path.length ? `${joinPath(path)}: ` : ''}${issueMessage(issue)}`,
        );
      }
      continue;
    }
    (parsed[item.section] as Parsed<unknown>[]).push({ item, value: result.data });
  }

  // 2. Unique ids per section.
  const byId = {
    sources: uniqueIndex(parsed.sources, report),
    actors: uniqueIndex(parsed.actors, report),
    relations: uniqueIndex(parsed.relations, report),
  };

  // 3. Sources: seed and article texts at hand.
  for (const { item, value } of parsed.sources) {
    if (value.kind === 'article' && !options.articleTexts?.has(value.id)) {
      report(
        item,
        ['id'],
        `source "${value.id}": an article needs its text in texts/${value.id}.txt`,
      );
    }
    if (value.kind === 'seed' && options.seedTexts && !options.seedTexts.has(value.id)) {
      report(
        item,
        ['id'],
        `source "${value.id}": no seed text file "${value.id}.txt" in the seeds folder`,
        'warning',
      );
    }
  }

  // 4. Relations: ends, kinds, dates, evidence.
  for (const { item, value: rel } of parsed.relations) {
    const label = `relation "${rel.id}"`;
    for (const end of ['source', 'target'] as const) {
      const actorId = rel[end];
      const actor = byId.actors.get(actorId)?.value;
      if (!actor) {
        if (actorsIncomplete > 0 || invalidIds.actors.has(actorId)) continue;
        report(
          item,
          [end],
          `${label}: ${end} "${actorId}" is not a known actor id${suggest(actorId, byId.actors)}`,
        );
        continue;
      }
      const allowed = allowedKinds(rel.type, end);
      if (!allowed.includes(actor.kind)) {
        report(
          item,
          [end],
          `${label}: ${end} "${actorId}" is ${article(actor.kind)} ${actor.kind}, but a ${rel.type} ${end} must be ${orList(allowed)}`,
        );
      }
    }
    if (rel.source === rel.target)
      report(item, ['target'], `${label}: source and target are the same actor "${rel.source}"`);
    if (rel.start && rel.end && lowerBound(rel.start) > upperBound(rel.end)) {
      report(item, ['end'], `${label}: end "${rel.end}" is before start "${rel.start}"`);
    }
    rel.evidence.forEach((ev, i) => {
      const source = byId.sources.get(ev.source)?.value;
      if (!source) {
        if (invalidIds.sources.has(ev.source)) return;
        report(
          item,
          ['evidence', i, 'source'],
          `${label}: evidence source "${ev.source}" is not listed in sources.yaml`,
        );
        return;
      }
      if (source.kind === 'seed' || source.kind === 'article') {
        if (!ev.quote) {
          report(
            item,
            ['evidence', i],
            `${label}: evidence from ${source.kind} "${ev.source}" needs a verbatim quote`,
          );
          return;
        }
        const text = (source.kind === 'seed' ? options.seedTexts : options.articleTexts)?.get(
          ev.source,
        );
        if (text !== undefined && !normalizeSpace(text).includes(normalizeSpace(ev.quote))) {
          report(
            item,
            ['evidence', i, 'quote'],
            `${label}: quote not found verbatim in source "${ev.source}": "${truncate(ev.quote, 60)}"`,
          );
        }
      } else if (!ev.url && !source.url && !ev.quote) {
        report(
          item,
          ['evidence', i],
          `${label}: evidence from reference "${ev.source}" needs a quote or a url`,
        );
      }
    });
  }

  // 5. Fidelity: outside dates, lifetimes, one quote one fact, unverified seeds, bilingual notes.
  const fidelity = {
    sources: byId.sources,
    actors: byId.actors,
    relations: parsed.relations,
    texts: new Map([...(options.seedTexts ?? []), ...(options.articleTexts ?? [])]),
    bilingualNotes: options.bilingualNotes,
    normalize: normalizeSpace,
  };
  checkActorDates(fidelity, report);
  checkRelationFidelity(fidelity, report);

  // 6. Quality warnings: persons should represent someone.
  const represented = new Set(
    parsed.relations.filter((r) => r.value.type === 'represents').map((r) => r.value.source),
  );
  for (const { item, value } of parsed.actors) {
    if (value.kind === 'person' && !represented.has(value.id)) {
      report(item, ['id'], `actor "${value.id}": person has no "represents" relation`, 'warning');
    }
  }

  const ok = !problems.some((p) => p.severity === 'error');
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return ok
    ? {
        ok,
        problems,
        dataset: {
          sources: parsed.sources.map((p) => p.value),
          actors: parsed.actors.map((p) => p.value),
          relations: parsed.relations.map((p) => p.value),
        },
      }
    : { ok, problems };
}

/** Validates an in-memory document `{ sources, actors, relations }` (for example an imported JSON file). */
export function validateDataset(
  input: unknown,
  file = 'dataset',
  options: ValidateOptions = {},
): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 0,
          message: 'expected an object with "sources", "actors" and "relations" lists',
          severity: 'error',
        },
      ],
    };
  }
  const doc = input as Record<string, unknown>;
  const parts = (['sources', 'actors', 'relations'] as const).map((s) =>
    listItems(file, s, doc[s]),
  );
  const structural = parts.flatMap((p) => p.problems);
  if (structural.length > 0) return { ok: false, problems: structural };
  return validateItems(
    parts.flatMap((p) => p.items),
    options,
  );
}

interface Parsed<T> {
  item: LocatedItem;
  value: T;
}

function uniqueIndex<T extends { id: string }>(
  list: Parsed<T>[],
  report: (item: LocatedItem, path: FieldPath, message: string) => void,
): Map<string, Parsed<T>> {
  const index = new Map<string, Parsed<T>>();
  for (const entry of list) {
    const first = index.get(entry.value.id);
    if (first) {
      const where =
        first.item.lineOf() > 0 ? `${first.item.file}:${first.item.lineOf()}` : first.item.pathOf();
      report(
        entry.item,
        ['id'],
        `${SINGULAR[entry.item.section]} id "${entry.value.id}" is defined twice (first at ${where})`,
      );
    } else index.set(entry.value.id, entry);
  }
  return index;
}

function describeItem(item: LocatedItem): string {
  const v = item.value as { id?: unknown } | null;
  const id =
    v && typeof v === 'object' && typeof v.id === 'string' ? `"${v.id}"` : `#${item.index + 1}`;
  return `${SINGULAR[item.section]} ${id}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return `missing (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_value') {
    const got = (issue as { input?: unknown }).input;
    return `unknown value ${JSON.stringify(got)}; expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // Every other message shows the value it rejects (reportInput puts it on the issue).
  if (!('input' in issue)) return issue.message;
  return `${issue.message}, got ${describeValue((issue as { input?: unknown }).input)}`;
}

export { describeValue };

function joinPath(path: FieldPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function orList(values: readonly string[]): string {
  return values.length === 1
    ? `${article(values[0] ?? '')} ${values[0]}`
    : `one of ${values.join(', ')}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** " (did you mean \"x\"?)" for a close id, by edit distance. */
function suggest(id: string, known: Map<string, unknown>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known.keys()) {
    const d = editDistance(id, candidate, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length] ?? cap;
}
