// Picks the validator's messages for one item and field, to show next to the field that caused them.
import type { FieldProblem } from '../../curate/export-files';
import type { Section } from '../../model/documents';

export function messagesFor(
  problems: readonly FieldProblem[],
  section: Section,
  id: string,
  field: string,
): string[] {
  return problems
    .filter(
      (p) =>
        p.section === section &&
        p.id === id &&
        (p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`)),
    )
    .map((p) => p.message);
}

/** Today as YYYY-MM-DD (the `added.at` of new relations). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A source id from a title and date: "2025-12-02-china-russia-talks" (ASCII letters and digits). */
export function sourceIdFor(title: string, date: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `article-${date.replace(/[^0-9]/g, '')}${words ? `-${words}` : ''}`;
}
