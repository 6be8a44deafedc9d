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

/** A text in both languages; a plain string (English only) is still read, but the validator warns. */
export const bilingualText = z.union([
  z.string().trim().min(1, 'text must not be empty'),
  z.strictObject({ en: nonEmpty('en'), ja: nonEmpty('ja') }),
]);

export const sourceSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID, 'expected an id of letters, digits, "-" and "_"'),
  /** seed: one of ../shared/seeds; article: text in graph-data/texts/<id>.txt; reference: a url. */
  kind: z.enum(['seed', 'article', 'reference']),
  title: nonEmpty('title'),
  publisher: nonEmpty('publisher'),
  date: partialDate,
  language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as ja or en'),
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
  /** A seed whose facts nothing verifies (AI-generated or unattributed text): a `confirmed` relation
   * resting on it alone needs an attributed, dated `statement` on its evidence. */
  unverified: z.boolean().optional(),
  note: bilingualText.optional(),
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
  /** When the actor came into being / ceased to exist (the Soviet Union: end "1991-12-26"). */
  start: partialDate.optional(),
  end: partialDate.optional(),
  /** The reference source (sources.yaml id) for start/end; required when either is given. */
  dateSource: z.string().min(1).optional(),
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
  /** English rendering or gloss of the quote. */
  note: z.string().optional(),
  /** The quote is a statement attributed to `by` (an actor id) and dated `date` by the source. */
  statement: z.strictObject({ by: nonEmpty('statement.by'), date: partialDate }).optional(),
  /** Why the same quote also backs another relation (of a different type) between the same pair. */
  sharedReason: nonEmpty('sharedReason').optional(),
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
  /** Who added the relation and when (the curation mode sets it), for "added since" review. */
  added: z.strictObject({ by: nonEmpty('added.by'), at: partialDate }).optional(),
  /** Actors taking part on either side (the members of two delegations meeting): one fact, one relation. */
  participants: z.array(nonEmpty('participant')).optional(),
  note: bilingualText.optional(),
  /** The reference source (sources.yaml id) for start/end when the quoted paragraphs do not state them. */
  dateSource: z.string().min(1).optional(),
  evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one evidence item'),
});

export type BilingualText = z.infer<typeof bilingualText>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;

export interface Dataset {
  sources: Source[];
  actors: Actor[];
  relations: Relation[];
}

export { splitBilingual } from './text-values';
