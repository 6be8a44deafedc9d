// Change sets over the real graph-data/: apply, undo/redo, merge, validation with the project's
// validator (the same messages), and export of the changed files, which `npm run validate` accepts.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acceptChange,
  articleSourceChange,
  decisionFrom,
  newActorChange,
} from '../../src/curate/accept';
import { generateCandidates } from '../../src/curate/candidates';
import {
  applyChanges,
  EMPTY_CHANGE_SET,
  record,
  redo,
  undo,
  type Change,
} from '../../src/curate/changes';
import {
  changedFiles,
  exportZip,
  fieldProblems,
  validateWorkspace,
} from '../../src/curate/export-files';
import { loadWorkspace, type Workspace } from '../../src/curate/workspace';
import { validateDir } from '../../src/model/load-dir';
import type { Actor, Relation } from '../../src/model/schema';
import { copyWithChanges, readGraphData, ROOT, SEEDS_DIR } from './helpers/graph-data-files';

const ARTICLE_ID = 'curated-test-article';
const TEXT = readFileSync(
  new URL('../fixtures/curate/seed-003-paragraphs.txt', import.meta.url),
  'utf8',
);
const SHOIGU_QUOTE =
  'ロシアの安全保障政策を担うセルゲイ・ショイグ安全保障会議書記と、中国の王毅外相が12月2日、モスクワで戦略安全保障協議に臨む。';
const ADDED = { by: 'test', at: '2026-11-30' };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(dirname(d), { recursive: true, force: true })));

const base = loadWorkspace(readGraphData());
const source = articleSourceChange(
  { id: ARTICLE_ID, title: 'テスト記事', publisher: 'Test', date: '2025-12-02', language: 'ja' },
  TEXT,
);
const values = (ws: Workspace) => ({
  actors: ws.actors.map((e) => e.value as Actor),
  relations: ws.relations.map((e) => e.value as Relation),
});

function acceptShoigu(ws: Workspace, asNew: boolean): Change {
  const { actors, relations } = values(ws);
  const c = generateCandidates({ text: TEXT, articleDate: '2025-12-02', actors, relations }).find(
    (x) => x.source === 'russia' && x.target === 'china' && x.quote === SHOIGU_QUOTE,
  );
  // one meeting, one relation between the principals (graph-data/README.md): the Shoigu–Wang Yi talks
  // are Russia–China with the two as participants
  if (!c) throw new Error('test: no Russia–China candidate for the Shoigu–Wang Yi talks');
  return acceptChange(ws, decisionFrom(c)!, ARTICLE_ID, ADDED, asNew ? undefined : c.existing);
}

function validateCopy(ws: Workspace) {
  const dir = copyWithChanges(changedFiles(ws));
  dirs.push(dir);
  return { dir, result: validateDir(dir, { seedsDir: SEEDS_DIR }) };
}

// Each test validates the whole dataset (some twice): seconds on a loaded machine.
describe('change set', { timeout: 60_000 }, () => {
  it('nothing changed: no files to write', () => {
    expect(changedFiles(base).size).toBe(0);
    expect(validateWorkspace(base).ok).toBe(true);
  });

  it('accepting the Shoigu–Wang Yi candidate as a new relation: one new file of relations, the source and its text', () => {
    let ws = applyChanges(base, [source]).workspace;
    const change = acceptShoigu(ws, true);
    ws = applyChanges(ws, [change]).workspace;
    const files = changedFiles(ws);
    expect([...files.keys()]).toEqual([
      'relations/curated.yaml',
      'sources.yaml',
      `texts/${ARTICLE_ID}.txt`,
    ]);
    expect(files.get(`texts/${ARTICLE_ID}.txt`)).toBe(TEXT);
    // the existing relation of that day is china--negotiation--russia-2025-12-02 (other direction)
    expect(files.get('relations/curated.yaml')).toContain(
      [
        '- id: russia--negotiation--china-2025-12-02',
        '  source: russia',
        '  target: china',
        '  type: negotiation',
        '  status: active',
        '  certainty: reported',
        '  start: "2025-12-02"',
        '  added: { by: test, at: "2026-11-30" }',
        '  evidence:',
        `    - source: ${ARTICLE_ID}`,
        `      quote: "${SHOIGU_QUOTE}"`,
      ].join('\n'),
    );
    // sources.yaml: the old text unchanged, the new source appended
    const sources = files.get('sources.yaml') ?? '';
    expect(sources.startsWith(base.base.get('sources.yaml') ?? '\u0000')).toBe(true);
    expect(sources.slice((base.base.get('sources.yaml') ?? '').length)).toBe(
      `- id: ${ARTICLE_ID}\n  kind: article\n  title: "テスト記事"\n  publisher: Test\n  date: "2025-12-02"\n  language: ja\n`,
    );
    const { result } = validateCopy(ws);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(
      result.dataset?.relations.find((r) => r.id === 'russia--negotiation--china-2025-12-02')
        ?.added,
    ).toEqual(ADDED);
  });

  it('a second new relation of the same pair, type and day gets a suffix', () => {
    let ws = applyChanges(base, [source]).workspace;
    ws = applyChanges(ws, [acceptShoigu(ws, true)]).workspace;
    ws = applyChanges(ws, [acceptShoigu(ws, true)]).workspace;
    expect(
      ws.relations.filter((e) => e.file === 'relations/curated.yaml').map((e) => e.value.id),
    ).toEqual(['russia--negotiation--china-2025-12-02', 'russia--negotiation--china-2025-12-02-2']);
  });

  it('accepting it onto the existing relation adds one evidence item and touches one relations file', () => {
    let ws = applyChanges(base, [source]).workspace;
    ws = applyChanges(ws, [acceptShoigu(ws, false)]).workspace;
    const files = changedFiles(ws);
    expect([...files.keys()]).toEqual([
      'relations/seed-003.yaml',
      'sources.yaml',
      `texts/${ARTICLE_ID}.txt`,
    ]);
    const before = (base.base.get('relations/seed-003.yaml') ?? '').split('\n');
    const after = (files.get('relations/seed-003.yaml') ?? '').split('\n');
    // exactly two lines inserted after the relation's last evidence; all else (comments too) as it was
    const next = before.indexOf('- id: china--negotiation--russia-2024-11');
    expect(after).toEqual([
      ...before.slice(0, next),
      `    - source: ${ARTICLE_ID}`,
      `      quote: "${SHOIGU_QUOTE}"`,
      ...before.slice(next),
    ]);
    expect(validateCopy(ws).result.ok).toBe(true);
  });

  it('npm run validate accepts the exported files as they are', () => {
    let ws = applyChanges(base, [source]).workspace;
    const kallas = newActorChange(ws, {
      kind: 'person',
      en: 'Test Person',
      ja: 'テスト・パーソン',
    });
    ws = applyChanges(ws, [acceptShoigu(ws, true), kallas]).workspace;
    ws = applyChanges(ws, [
      {
        op: 'add-relation',
        relation: {
          id: 'test-person--represents--russia',
          source: 'test-person',
          target: 'russia',
          type: 'represents',
          status: 'active',
          certainty: 'reported',
          added: ADDED,
          evidence: [{ source: ARTICLE_ID, quote: 'ショイグ氏がロシア代表団を率い' }],
        },
      },
    ]).workspace;
    const { dir } = validateCopy(ws);
    const args = [
      join(ROOT, 'scripts', 'validate.ts'),
      dir,
      ...(SEEDS_DIR ? ['--seeds', SEEDS_DIR] : []),
    ];
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/^validate: \d+ actors, \d+ relations, \d+ sources in \d+ files/);
  }, 30_000);

  it('a quote not in the pasted text is refused with the validator message, next to its field', () => {
    let ws = applyChanges(base, [source]).workspace;
    const change = acceptShoigu(ws, true) as Extract<Change, { op: 'add-relation' }>;
    change.relation.evidence[0]!.quote = 'ショイグ氏と王毅氏は同盟を結んだ。';
    ws = applyChanges(ws, [change]).workspace;
    const result = validateWorkspace(ws);
    expect(result.ok).toBe(false);
    const messages = result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toEqual([
      `graph-data/relations/curated.yaml:14: relation "russia--negotiation--china-2025-12-02": quote not found verbatim in source "${ARTICLE_ID}": "ショイグ氏と王毅氏は同盟を結んだ。"`,
    ]);
    expect(fieldProblems(ws).filter((p) => p.severity === 'error')).toEqual([
      {
        section: 'relations',
        id: 'russia--negotiation--china-2025-12-02',
        field: 'evidence[0].quote',
        message: `relation "russia--negotiation--china-2025-12-02": quote not found verbatim in source "${ARTICLE_ID}": "ショイグ氏と王毅氏は同盟を結んだ。"`,
        severity: 'error',
      },
    ]);
  });

  it('an article source without its text is an error naming the file it needs', () => {
    const noText = { ...source, text: undefined } as Change;
    const ws = applyChanges(base, [noText]).workspace;
    const lines = (base.base.get('sources.yaml') ?? '').split('\n').length;
    expect(validateWorkspace(ws).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `graph-data/sources.yaml:${lines}: source "${ARTICLE_ID}": an article needs its text in texts/${ARTICLE_ID}.txt`,
    ]);
  });

  it('quotes may differ from the text in spacing only, as the validator checks seeds', () => {
    const withQuote = (quote: string) => {
      let ws = applyChanges(base, [source]).workspace;
      const change = acceptShoigu(ws, true) as Extract<Change, { op: 'add-relation' }>;
      change.relation.evidence[0]!.quote = quote;
      ws = applyChanges(ws, [change]).workspace;
      return validateWorkspace(ws).ok;
    };
    // the text has a blank line between the headline and the first paragraph
    expect(withQuote('20回目の安全保障協議 ロシアの安全保障政策を担う')).toBe(true);
    expect(withQuote('20回目の安全保障協議ロシアの安全保障政策を担う')).toBe(false);
  });

  it('undo restores the state before the change; redo brings it back; a new change clears redo', () => {
    const withSource = applyChanges(base, [source]).workspace;
    const accept = acceptShoigu(withSource, true);
    let set = record(record(EMPTY_CHANGE_SET, source), accept);
    const count = (s: typeof set) => applyChanges(base, s.done).workspace.relations.length;
    expect(count(set)).toBe(base.relations.length + 1);
    set = undo(set);
    expect(count(set)).toBe(base.relations.length);
    expect(changedFiles(applyChanges(base, set.done).workspace).has('relations/curated.yaml')).toBe(
      false,
    );
    set = redo(set);
    expect(count(set)).toBe(base.relations.length + 1);
    set = record(undo(set), {
      op: 'delete-relation',
      id: 'china--negotiation--russia-2025-12-02',
    });
    expect(set.redo).toEqual([]);
    expect(count(set)).toBe(base.relations.length - 1);
  });

  it('merging two actors moves relations, participants and aliases', () => {
    const rel = (id: string) => base.relations.find((e) => e.value.id === id)?.value;
    expect(rel('china--negotiation--russia-2025-12-02')?.participants).toEqual([
      'sergei-shoigu',
      'wang-yi',
    ]);
    const { workspace: ws, failed } = applyChanges(base, [
      { op: 'merge-actors', keep: 'wang-yi', drop: 'sergei-shoigu' },
    ]);
    expect(failed).toEqual([]);
    const { actors, relations } = values(ws);
    expect(actors.find((a) => a.id === 'sergei-shoigu')).toBeUndefined();
    expect(actors.find((a) => a.id === 'wang-yi')?.aliases).toEqual([
      '王毅外相',
      '王毅氏',
      'Sergei Shoigu',
      'セルゲイ・ショイグ',
      'Sergey Shoigu',
      'Shoigu',
      'ショイグ',
      'ショイグ氏',
    ]);
    expect(
      relations.some((r) => r.source === 'sergei-shoigu' || r.target === 'sergei-shoigu'),
    ).toBe(false);
    expect(relations.some((r) => r.participants?.includes('sergei-shoigu'))).toBe(false);
    expect(
      relations.find((r) => r.id === 'china--negotiation--russia-2025-12-02')?.participants,
    ).toEqual(['wang-yi']);
    expect(relations.find((r) => r.id === 'sergei-shoigu--represents--russia')?.source).toBe(
      'wang-yi',
    );
    expect(validateCopy(ws).result.ok).toBe(true);
  });

  it('merging drops the relation between the two actors (it would be a self-loop)', () => {
    const between = 'wang-yi--represents--china-foreign-ministry';
    expect(base.relations.find((e) => e.value.id === between)).toBeDefined();
    const { workspace: ws, failed } = applyChanges(base, [
      { op: 'merge-actors', keep: 'china-foreign-ministry', drop: 'wang-yi' },
    ]);
    expect(failed).toEqual([]);
    const { relations } = values(ws);
    expect(relations.find((r) => r.id === between)).toBeUndefined();
    expect(relations.some((r) => [r.source, r.target].includes('wang-yi'))).toBe(false);
    expect(relations.find((r) => r.id === 'wang-yi--represents--china')?.source).toBe(
      'china-foreign-ministry',
    );
  });

  it('an actor named only as a participant cannot be deleted', () => {
    const { failed } = applyChanges(base, [
      { op: 'delete-relation', id: 'sergei-shoigu--represents--russia' },
      { op: 'delete-relation', id: 'sergei-shoigu--represents--russia-security-council' },
      { op: 'delete-actor', id: 'sergei-shoigu' },
    ]);
    expect(failed.map((f) => f.reason)).toEqual([
      'actor "sergei-shoigu" still has 2 relation(s) (china--negotiation--russia-2025-12-02…): delete them or merge the actor',
    ]);
  });

  it('a change that cannot apply is reported and skipped, never half applied', () => {
    const { workspace, failed } = applyChanges(base, [
      { op: 'delete-actor', id: 'wang-yi' },
      {
        op: 'edit-relation',
        id: 'no-such-relation',
        relation: { id: 'no-such-relation' } as Relation,
      },
    ]);
    expect(failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(
        /^actor "wang-yi" still has \d+ relation\(s\) \(.+…\): delete them or merge the actor$/,
      ),
      'no relation "no-such-relation" to edit',
    ]);
    expect(workspace.actors.length).toBe(base.actors.length);
  });

  it('the zip holds exactly the changed files under graph-data/', () => {
    const ws = applyChanges(base, [source]).workspace;
    const zip = unzipSync(exportZip(ws));
    expect(Object.keys(zip).sort()).toEqual([
      'graph-data/sources.yaml',
      `graph-data/texts/${ARTICLE_ID}.txt`,
    ]);
    expect(strFromU8(zip[`graph-data/texts/${ARTICLE_ID}.txt`]!)).toBe(TEXT);
  });
});
