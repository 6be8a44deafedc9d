// CSV formula injection: cells a spreadsheet would run as a formula are written with a leading "'",
// plain numbers are not, and our own reader gives the original text back.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import { guardFormula, unguardFormula } from '../../src/io/csv';
import { importFiles, toCsv } from '../../src/io/index';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    ['-', "'-"],
  ])('prefixes %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it.each(['-12.5', '+3', '-3.25e-7', '1e21', 'Japan', '', "'quoted", 'a=b', '[1,2]'])(
    'leaves %j alone',
    (input) => {
      expect(guardFormula(input)).toBe(input);
    },
  );

  it('unguardFormula undoes exactly what guardFormula added', () => {
    for (const v of ['=1', '-x', '@a', '＠b', '-12', "'-12", "'hello", 'plain'])
      expect(unguardFormula(guardFormula(v))).toBe(v);
    // a foreign apostrophe before a number stays (we never write that)
    expect(unguardFormula("'-12")).toBe("'-12");
  });
});

describe('toCsv', () => {
  function graph() {
    const g = createEmptyGraph();
    g.addNode('=cmd|calc', {
      label: '=HYPERLINK("http://evil.example","click")',
      labelJa: '＝１＋１',
      kind: 'state',
      aliases: [],
      x: -266.8,
      y: 1,
    });
    g.addNode('b', { label: '@b', labelJa: 'b', kind: 'state', aliases: [], x: 0, y: -1e-7 });
    g.addEdgeWithKey('e1', '=cmd|calc', 'b', {
      relation: 'alliance',
      status: 'active',
      certainty: 'confirmed',
      note: '-2+3',
      evidence: [{ source: 's', quote: '=1' }],
    });
    return g;
  }

  it('writes no cell that starts with a formula character', () => {
    const { nodes, edges } = toCsv(graph());
    const cells = (text: string) =>
      text
        .trim()
        .split('\r\n')
        .flatMap((line) => line.split(','))
        .map((c) => c.replace(/^"/, ''));
    for (const c of [...cells(nodes), ...cells(edges)])
      expect(c === '' || !/^[=+@＝＋＠]/.test(c) || c.startsWith("'")).toBe(true);
    expect(nodes).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(nodes).toContain("'＝１＋１");
    expect(nodes).toContain('-266.8'); // a number, not guarded
    expect(nodes).not.toContain("'-266.8");
    expect(edges).toContain("'-2+3");
    expect(edges).toContain("'=cmd|calc");
  });

  it('reads its own guarded cells back to the original text', async () => {
    const g = graph();
    const { nodes, edges } = toCsv(g);
    const enc = new TextEncoder();
    const result = await importFiles([
      { name: 'edges.csv', bytes: enc.encode(edges) },
      { name: 'nodes.csv', bytes: enc.encode(nodes) },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const back = result.graph;
    expect(back.nodes()).toEqual(['=cmd|calc', 'b']);
    expect(back.getNodeAttribute('=cmd|calc', 'label')).toBe(
      '=HYPERLINK("http://evil.example","click")',
    );
    expect(back.getNodeAttribute('=cmd|calc', 'labelJa')).toBe('＝１＋１');
    expect(back.getNodeAttribute('=cmd|calc', 'x')).toBe(-266.8);
    expect(back.getNodeAttribute('b', 'label')).toBe('@b');
    expect(back.getEdgeAttribute('e1', 'note')).toBe('-2+3');
    expect(back.getEdgeAttribute('e1', 'evidence')).toEqual([{ source: 's', quote: '=1' }]);
  });
});
