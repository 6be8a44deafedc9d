// Interop details on small hand-built graphs: attribute recovery of what NetworkX/igraph write
// (igraph ids n0…, "" values, JSON-list text, the `undirected` flag), --lang ja labels, control
// characters in CSV, colours with alpha in GEXF.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import { exportGraph, importText, toCsv, toGexf, type ImportResult } from '../../src/io/index';
import { parseCssColor } from '../../src/io/gexf';

function ok(result: ImportResult): AlignmapGraph {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.graph;
}

/** GraphML as igraph writes it: ids n0…, ids of the file in an `id` attribute, "" for missing. */
const IGRAPH_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="v_label" for="node" attr.name="label" attr.type="string"/>
  <key id="v_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="v_role" for="node" attr.name="role" attr.type="string"/>
  <key id="v_id" for="node" attr.name="id" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_undirected" for="edge" attr.name="undirected" attr.type="boolean"/>
  <key id="e_id" for="edge" attr.name="id" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="v_label">Japan</data><data key="v_aliases">["日本国","Nippon, \\"x\\""]</data><data key="v_role"></data><data key="v_id">japan</data></node>
    <node id="n1"><data key="v_label">United States</data><data key="v_aliases">[]</data><data key="v_role">ally</data><data key="v_id">us</data></node>
    <edge source="n0" target="n1"><data key="e_evidence">[{"source":"s1","quote":"同盟"}]</data><data key="e_undirected">true</data><data key="e_id">r1</data></edge>
    <edge source="n1" target="n0"><data key="e_evidence"></data><data key="e_undirected">false</data><data key="e_id">r2</data></edge>
  </graph>
</graphml>
`;

describe('attribute recovery of imported files', () => {
  it('takes node ids and edge keys from unique id attributes when the ids are igraph n0…', async () => {
    const g = ok(await importText('ig.graphml', IGRAPH_GRAPHML));
    expect(g.nodes()).toEqual(['japan', 'us']);
    expect(g.edges()).toEqual(['r1', 'r2']);
    expect(g.getNodeAttribute('japan', 'id')).toBeUndefined();
    expect(g.getEdgeAttribute('r1', 'id')).toBeUndefined();
  });

  it('reads JSON-list text in aliases and evidence as lists, and "" as missing', async () => {
    const g = ok(await importText('ig.graphml', IGRAPH_GRAPHML));
    expect(g.getNodeAttribute('japan', 'aliases')).toEqual(['日本国', 'Nippon, "x"']);
    expect(g.getNodeAttribute('us', 'aliases')).toEqual([]);
    expect(g.getNodeAttribute('japan', 'role')).toBeUndefined();
    expect(g.getNodeAttribute('us', 'role')).toBe('ally');
    expect(g.getEdgeAttribute('r1', 'evidence')).toEqual([{ source: 's1', quote: '同盟' }]);
    expect(g.getEdgeAttribute('r2', 'evidence')).toEqual([]);
    expect(g.getEdgeAttribute('r2', 'evidenceRaw')).toBeUndefined();
  });

  it('turns undirected=true edges of a directed file back into undirected edges', async () => {
    const g = ok(await importText('ig.graphml', IGRAPH_GRAPHML));
    expect(g.isUndirected('r1')).toBe(true);
    expect(g.isDirected('r2')).toBe(true);
    expect(g.getEdgeAttribute('r1', 'undirected')).toBeUndefined();
  });

  it('keeps n0… ids when the id attribute is not unique', async () => {
    const text = IGRAPH_GRAPHML.replace(
      '<data key="v_id">us</data>',
      '<data key="v_id">japan</data>',
    );
    const g = ok(await importText('ig.graphml', text));
    expect(g.nodes()).toEqual(['n0', 'n1']);
    expect(g.getNodeAttribute('n1', 'id')).toBe('japan');
  });

  it('drops the vertex ids igraph 1.0 writes into the edge id attribute', async () => {
    const text = IGRAPH_GRAPHML.replace(
      '<data key="e_id">r1</data>',
      '<data key="e_id">japan</data>',
    ).replace('<data key="e_id">r2</data>', '<data key="e_id">us</data>');
    const g = ok(await importText('ig.graphml', text));
    expect(g.edges()).toEqual(['e1', 'e2']);
    expect(g.getEdgeAttribute('e1', 'id')).toBeUndefined();
  });

  it('leaves list-looking text in other fields alone', async () => {
    const text = IGRAPH_GRAPHML.replace(
      '<data key="v_role">ally</data>',
      '<data key="v_role">[not json</data>',
    );
    const g = ok(await importText('ig.graphml', text));
    expect(g.getNodeAttribute('us', 'role')).toBe('[not json');
  });
});

function smallGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  g.replaceAttributes({ name: 'Small' });
  g.addNode('jp', { label: 'Japan', labelJa: '日本', kind: 'state', aliases: [] });
  g.addNode('us', { label: 'United States', labelJa: 'アメリカ', kind: 'state', aliases: [] });
  g.addNode('x', { label: 'Only English', labelJa: '', kind: 'group', aliases: [] });
  g.addUndirectedEdgeWithKey('a', 'jp', 'us', {
    relation: 'alliance',
    status: 'active',
    certainty: 'confirmed',
    note: 'bell\u0007 nul\u0000 esc\u001b tab\tok',
    evidence: [],
  });
  g.addDirectedEdgeWithKey('p', 'x', 'jp', {
    relation: 'pressure',
    status: 'active',
    certainty: 'reported',
    evidence: [],
  });
  return g;
}

describe('--lang ja exports', () => {
  it('puts Japanese names into label and keeps English as labelEn in GEXF, GraphML and CSV', async () => {
    const g = smallGraph();
    const gexf = exportGraph('gexf', g, undefined, { language: 'ja' }).data as string;
    expect(gexf).toContain('<node id="jp" label="日本">');
    expect(gexf).toContain('<attvalue for="labelEn" value="Japan"/>');
    // no Japanese name: the English one stays the label
    expect(gexf).toContain('<node id="x" label="Only English">');
    const graphml = exportGraph('graphml', g, undefined, { language: 'ja' }).data as string;
    expect(graphml).toContain('<data key="n.label">日本</data>');
    expect(graphml).toContain('<data key="n.labelEn">Japan</data>');
    const nodes = exportGraph('csv-nodes', g, undefined, { language: 'ja' }).data as string;
    expect(nodes.split('\r\n')[0]).toMatch(/^id,label,.*labelEn/);
    expect(nodes).toContain('jp,日本,');
    // English files stay English
    expect(exportGraph('gexf', g).data).toContain('<node id="jp" label="Japan">');
    // and our importer reads a Japanese file back into the same names
    const back = ok(await importText('ja.gexf', gexf));
    expect(back.getNodeAttribute('jp', 'label')).toBe('Japan');
    expect(back.getNodeAttribute('jp', 'labelJa')).toBe('日本');
    expect(back.getNodeAttribute('jp', 'labelEn')).toBeUndefined();
  });
});

describe('CSV control characters', () => {
  it('become U+FFFD as in the XML writers, so our importer reads the file back', async () => {
    const { edges } = toCsv(smallGraph());
    // eslint-disable-next-line no-control-regex -- checks that none are written
    expect(edges).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(edges).toContain('bell\uFFFD nul\uFFFD esc\uFFFD tab\tok');
    const back = ok(await importText('e.csv', edges));
    expect(back.getEdgeAttribute('a', 'note')).toBe('bell\uFFFD nul\uFFFD esc\uFFFD tab\tok');
  });
});

describe('GEXF 1.2draft details', () => {
  it('writes colours with alpha and the name as the meta description, read back as the name', async () => {
    const g = smallGraph();
    const gexf = toGexf(g, undefined, {
      nodeColor: (id) => (id === 'jp' ? 'rgba(255, 128, 0, 0.5)' : '#00ff0080'),
    });
    expect(gexf).toContain('<viz:color r="255" g="128" b="0" a="0.5"/>');
    expect(gexf).toContain('<viz:color r="0" g="255" b="0" a="0.502"/>');
    expect(gexf).toContain('<description>Small</description>');
    const back = ok(await importText('c.gexf', gexf));
    expect(back.getNodeAttribute('jp', 'color')).toBe('#ff800080');
    expect(back.getAttribute('name')).toBe('Small');
  });

  it('parses the CSS colours it accepts', () => {
    expect(parseCssColor('#abc')).toEqual([170, 187, 204, 1]);
    expect(parseCssColor('rgb(1,2,3)')).toEqual([1, 2, 3, 1]);
    expect(parseCssColor('rgba(1,2,3,1.5)')).toBeNull();
    expect(parseCssColor('red')).toBeNull();
  });
});
