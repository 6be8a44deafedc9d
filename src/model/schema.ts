// The data model's single definition: zod schemas for sources, actors and relations as written in
// graph-data/*.yaml. TypeScript types are inferred from these schemas.
import { z } from 'zod';
import { isPartialDate } from './dates';
import { isReservedNodeId, reservedNodeIdMessage } from './node-ids';
import { ACTOR_KINDS, CERTAINTIES, RELATION_TYPES, STATUSES } from './vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RELATION_ID = /^[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** YAML reads an unquoted year (2025) as a number: accept it and treat it as the string "2025". */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string().refine(isPartialDate, {
    message: 'expected an ISO 8601 date: "2025", "2025-05" or "2025-05-08"',
  }),
);

export const sourceSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID, 'expected an id of letters, digits, "-" and "_"'),
  /** seed: one of ../shared/seeds; article: text in graph-data/texts/<id>.txt; reference: a url. */
  kind: z.enum(['seed', 'article', 'reference']),
  title: nonEmpty('title'),
  publisher: nonEmpty('publisher'),
  date: partialDate,
  language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as ja or en'),
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
  note: z.string().optional(),
});

export const actorSchema = z.strictObject({
  id: z
    .string()
    .regex(SLUG, 'expected a kebab-case slug such as "north-korea"')
    .refine((id) => !isReservedNodeId(id), {
      error: (iss) => reservedNodeIdMessage(String(iss.input)),
    }),
  kind: z.enum(ACTOR_KINDS),
  name: z.strictObject({ en: nonEmpty('name.en'), ja: nonEmpty('name.ja') }),
  aliases: z.array(nonEmpty('alias')).default([]),
  role: nonEmpty('role').optional(),
  iso: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "JPN"')
    .optional(),
  description: z.string().optional(),
});

export const evidenceSchema = z.strictObject({
  source: z.string().min(1, 'evidence.source must name a source id'),
  quote: z
    .string()
    .trim()
    .min(1, 'quote must not be empty')
    .max(300, 'quote longer than 300 characters')
    .optional(),
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
  note: z.string().optional(),
});

export const relationSchema = z.strictObject({
  id: z.string().regex(RELATION_ID, 'expected an id such as "russia--partnership--china"'),
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  status: z.enum(STATUSES),
  certainty: z.enum(CERTAINTIES),
  start: partialDate.optional(),
  end: partialDate.optional(),
  role: z.string().optional(),
  note: z.string().optional(),
  /** Who added the relation and when (the curation mode sets it), for "added since" review. */
  added: z.strictObject({ by: nonEmpty('added.by'), at: partialDate }).optional(),
  evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one evidence item'),
});

export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;

export interface Dataset {
  sources: Source[];
  actors: Actor[];
  relations: Relation[];
}
