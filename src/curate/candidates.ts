// The article assistant's core: pasted text → sentences → actor mentions → candidate relations. Every
// sentence that names two or more known actors yields one candidate per pair of actors, with a type
// from the cue table, a status, a date (the sentence's, else the article's) and the sentence as the
// quote. Pure and deterministic: the same text and dataset give the same candidates; no network.
import type { Actor, Relation } from '../model/schema';
import { allowedKinds, RELATION_INFO, type RelationType, type Status } from '../model/vocabulary';
import { buildActorIndex, findActors, type ActorIndex, type ActorMatch } from './actor-finder';
import { suggestStatus, suggestType } from './cues';
import { extractDate } from './date-extract';
import { splitSentences, type Sentence } from './sentences';

export const MAX_QUOTE = 300;

export interface Candidate {
  /** Stable key: sentence number and the two actors. */
  key: string;
  sentenceIndex: number;
  source: string;
  target: string;
  /** From the cue table; undefined when the sentence has no cue word (the user must choose). */
  type?: RelationType;
  typeCue?: string;
  status: Status;
  statusCue?: string;
  /** Partial ISO date: from the sentence, else the article's date. */
  date?: string;
  dateFromSentence: boolean;
  /** Verbatim from the pasted text (the sentence, or the part of it naming both actors if it is long). */
  quote: string;
  /** Suggested relation id. */
  id: string;
  /** An existing relation with the same ends, type and date: accepting adds evidence to it. */
  existing?: string;
}

export interface SentenceAnalysis {
  sentence: Sentence;
  mentions: ActorMatch[];
}

export interface CandidateInput {
  text: string;
  /** The article's date (partial ISO), used when a sentence names none. */
  articleDate?: string;
  actors: readonly Actor[];
  relations?: readonly Relation[];
  /** A prebuilt index of `actors` (rebuilding it per call is cheap but not free). */
  index?: ActorIndex;
}

export function analyseSentences(text: string, index: ActorIndex): SentenceAnalysis[] {
  return splitSentences(text).map((sentence) => ({
    sentence,
    mentions: findActors(sentence.text, index),
  }));
}

export function generateCandidates(input: CandidateInput): Candidate[] {
  const index = input.index ?? buildActorIndex(input.actors);
  const kinds = new Map(input.actors.map((a) => [a.id, a.kind]));
  const relations = input.relations ?? [];
  const represents = new Set(
    relations.filter((r) => r.type === 'represents').map((r) => `${r.source}\u0000${r.target}`),
  );
  const out: Candidate[] = [];
  analyseSentences(input.text, index).forEach(({ sentence, mentions }, sentenceIndex) => {
    const ids = [...new Set(mentions.map((m) => m.actorId))];
    if (ids.length < 2) return;
    const typeHit = suggestType(sentence.text);
    const status = suggestStatus(sentence.text);
    const found = extractDate(sentence.text, input.articleDate);
    const date = found?.date ?? input.articleDate;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] ?? '';
        const b = ids[j] ?? '';
        // "Shoigu of Russia" names Shoigu's office, not a relation between him and Russia.
        if (represents.has(`${a}\u0000${b}`) || represents.has(`${b}\u0000${a}`)) continue;
        const fit = typeHit
          ? fitType(typeHit.value, a, b, kinds)
          : { type: undefined, source: a, target: b };
        if (!fit) continue;
        const quote = quoteFor(sentence.text, mentions, a, b);
        const candidate: Candidate = {
          key: `${sentenceIndex}:${fit.source}:${fit.target}`,
          sentenceIndex,
          source: fit.source,
          target: fit.target,
          type: fit.type,
          typeCue: typeHit?.cue,
          status: status.value,
          statusCue: status.cue,
          date,
          dateFromSentence: found !== undefined,
          quote,
          id: relationId(fit.source, fit.type, fit.target, date),
        };
        const existing = findExisting(relations, candidate);
        if (existing) candidate.existing = existing;
        out.push(candidate);
      }
    }
  });
  return out;
}

/** The type with its ends in an order the kinds allow (an agreement is only ever a target). */
function fitType(
  type: RelationType,
  a: string,
  b: string,
  kinds: Map<string, Actor['kind']>,
): { type: RelationType; source: string; target: string } | undefined {
  const fits = (s: string, t: string) => {
    const sk = kinds.get(s);
    const tk = kinds.get(t);
    return (
      !!sk &&
      !!tk &&
      allowedKinds(type, 'source').includes(sk) &&
      allowedKinds(type, 'target').includes(tk)
    );
  };
  if (fits(a, b)) return { type, source: a, target: b };
  if (fits(b, a)) return { type, source: b, target: a };
  return undefined;
}

/** The sentence, or when longer than MAX_QUOTE the clause-bounded stretch naming both actors. */
export function quoteFor(
  sentence: string,
  mentions: readonly ActorMatch[],
  a: string,
  b: string,
): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const ends = mentions.filter((m) => m.actorId === a || m.actorId === b);
  let start = Math.min(...ends.map((m) => m.start));
  let end = Math.max(...ends.map((m) => m.end));
  const stops = /[、，,;；。]/;
  while (start > 0 && !stops.test(sentence[start - 1] ?? '') && end - start < MAX_QUOTE) start--;
  while (end < sentence.length && end - start < MAX_QUOTE && !stops.test(sentence[end - 1] ?? ''))
    end++;
  return sentence.slice(start, Math.min(end, start + MAX_QUOTE)).trim();
}

export function relationId(
  source: string,
  type: RelationType | undefined,
  target: string,
  date?: string,
): string {
  return `${source}--${type ?? 'related'}--${target}${date ? `-${date}` : ''}`;
}

function findExisting(relations: readonly Relation[], c: Candidate): string | undefined {
  if (!c.type) return undefined;
  const undirected = !RELATION_INFO[c.type].directed;
  const sameEnds = (r: Relation) =>
    (r.source === c.source && r.target === c.target) ||
    (undirected && r.source === c.target && r.target === c.source);
  // One meeting, one relation between the principals: officials who took part are its participants.
  const takesPart = (r: Relation, id: string) =>
    r.source === id || r.target === id || (r.participants ?? []).includes(id);
  const same = (r: Relation) => r.type === c.type && (r.start ?? undefined) === c.date;
  return (
    relations.find((r) => same(r) && sameEnds(r)) ??
    relations.find(
      (r) =>
        same(r) &&
        (r.participants ?? []).length > 0 &&
        takesPart(r, c.source) &&
        takesPart(r, c.target),
    )
  )?.id;
}
