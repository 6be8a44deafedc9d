// Controlled vocabulary of the data model: actor kinds, relation types (with direction and sign),
// statuses and certainties. Every other module reads these tables instead of repeating the lists.

export const ACTOR_KINDS = ['state', 'organization', 'person', 'agreement', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_TYPES = [
  'represents',
  'member_of',
  'alliance',
  'partnership',
  'cooperation',
  'support',
  'trade',
  'negotiation',
  'proposal',
  'criticism',
  'pressure',
  'sanction',
  'conflict',
  'dispute',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const STATUSES = ['active', 'ended', 'planned', 'proposed', 'threatened'] as const;
export type Status = (typeof STATUSES)[number];

export const CERTAINTIES = ['confirmed', 'reported', 'speculative'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** +1 friendly, -1 hostile, 0 neutral (structural or procedural). */
export type Sign = -1 | 0 | 1;

export interface RelationTypeInfo {
  directed: boolean;
  sign: Sign;
  /** Kinds allowed at the source end (undefined = any kind but `agreement`). */
  sourceKinds?: readonly ActorKind[];
  /** Kinds allowed at the target end (undefined = any kind but `agreement`). */
  targetKinds?: readonly ActorKind[];
  en: string;
  ja: string;
}

const AGENTS: readonly ActorKind[] = ['state', 'organization', 'person', 'group'];
const AGENTS_OR_AGREEMENT: readonly ActorKind[] = [...AGENTS, 'agreement'];

export const RELATION_INFO: Record<RelationType, RelationTypeInfo> = {
  represents: {
    directed: true,
    sign: 0,
    sourceKinds: ['person'],
    targetKinds: ['state', 'organization'],
    en: 'Represents',
    ja: '代表・所属',
  },
  member_of: {
    directed: true,
    sign: 0,
    sourceKinds: AGENTS,
    targetKinds: ['organization', 'agreement'],
    en: 'Member of',
    ja: '加盟・参加',
  },
  alliance: { directed: false, sign: 1, en: 'Alliance', ja: '同盟' },
  partnership: { directed: false, sign: 1, en: 'Partnership', ja: 'パートナーシップ' },
  cooperation: { directed: false, sign: 1, en: 'Cooperation', ja: '協力' },
  support: { directed: true, sign: 1, targetKinds: AGENTS_OR_AGREEMENT, en: 'Support', ja: '支援' },
  trade: { directed: true, sign: 1, en: 'Trade', ja: '貿易・経済' },
  negotiation: {
    directed: false,
    sign: 0,
    targetKinds: AGENTS_OR_AGREEMENT,
    en: 'Negotiation',
    ja: '交渉・会談',
  },
  proposal: {
    directed: true,
    sign: 0,
    targetKinds: AGENTS_OR_AGREEMENT,
    en: 'Proposal',
    ja: '提案',
  },
  criticism: {
    directed: true,
    sign: -1,
    targetKinds: AGENTS_OR_AGREEMENT,
    en: 'Criticism',
    ja: '批判',
  },
  pressure: { directed: true, sign: -1, en: 'Pressure', ja: '圧力' },
  sanction: { directed: true, sign: -1, en: 'Sanction', ja: '制裁' },
  conflict: { directed: false, sign: -1, en: 'Conflict', ja: '武力紛争' },
  dispute: { directed: false, sign: -1, en: 'Dispute', ja: '係争・対立' },
};

export const KIND_INFO: Record<ActorKind, { en: string; ja: string }> = {
  state: { en: 'State', ja: '国家' },
  organization: { en: 'Organization', ja: '機関・組織' },
  person: { en: 'Person', ja: '人物' },
  agreement: { en: 'Agreement', ja: '協定・構想' },
  group: { en: 'Group', ja: '団体・企業' },
};

export const STATUS_INFO: Record<Status, { en: string; ja: string }> = {
  active: { en: 'Active', ja: '継続中' },
  ended: { en: 'Ended', ja: '終了' },
  planned: { en: 'Planned', ja: '予定' },
  proposed: { en: 'Proposed', ja: '提案中' },
  threatened: { en: 'Threatened', ja: '警告・威嚇' },
};

export const CERTAINTY_INFO: Record<Certainty, { en: string; ja: string }> = {
  confirmed: { en: 'Confirmed', ja: '確認済み' },
  reported: { en: 'Reported', ja: '報道' },
  speculative: { en: 'Speculative', ja: '推測' },
};

/**
 * Names of the values the importer gives foreign data that lacks them (FOREIGN_DEFAULTS in
 * src/io/builder.ts): a relation without a type, an actor without a kind, unbacked certainty.
 */
export const FOREIGN_VALUE_INFO: Readonly<Record<string, { en: string; ja: string }>> = {
  related: { en: 'Related', ja: '関連' },
  unknown: { en: 'Unknown', ja: '不明' },
  unverified: { en: 'Unverified', ja: '未検証' },
};

/** Which kinds may stand at the given end of a relation of this type. */
export function allowedKinds(type: RelationType, end: 'source' | 'target'): readonly ActorKind[] {
  const info = RELATION_INFO[type];
  const explicit = end === 'source' ? info.sourceKinds : info.targetKinds;
  return explicit ?? AGENTS;
}
