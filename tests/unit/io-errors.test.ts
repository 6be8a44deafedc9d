// Bad input: each importer names the line, element or row and says what was expected; limits and
// non-text input are refused with a message.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  importFile,
  importFiles,
  importText,
  type ImportProblem,
  type ImportResult,
} from '../../src/io/index';

function errors(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

const GEXF_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n';

describe('GEXF errors', () => {
  it('a mismatched end tag names both tags and lines', async () => {
    const text = `${GEXF_HEAD}<nodes>\n<node id="a">\n</nodes>\n</graph>\n</gexf>\n`;
    expect(errors(await importText('x.gexf', text))).toEqual([
      {
        where: 'line 6',
        message: 'not well-formed XML: expected </node> (opened at line 5), found </nodes>',
      },
    ]);
  });

  it('a truncated file says which element is not closed', async () => {
    const text = `${GEXF_HEAD}<nodes>\n<node id="a"/>\n`;
    expect(errors(await importText('x.gexf', text))).toEqual([
      {
        where: 'line 6',
        message:
          'not well-formed XML: unexpected end of file: <nodes> opened at line 4 is not closed',
      },
    ]);
  });

  it('an edge without a target names the element and its line', async () => {
    const text = `${GEXF_HEAD}<nodes><node id="a"/><node id="b"/></nodes>\n<edges>\n<edge id="e1" source="a" target="b"/>\n<edge id="e3" source="a"/>\n</edges></graph></gexf>`;
    expect(errors(await importText('x.gexf', text))).toEqual([
      {
        where: 'line 7, <edge id="e3">',
        message: 'expected "source" and "target" attributes on <edge>',
      },
    ]);
  });

  it('a duplicate node id is an error', async () => {
    const text = `${GEXF_HEAD}<nodes>\n<node id="a"/>\n<node id="a" label="again"/>\n</nodes></graph></gexf>`;
    expect(errors(await importText('x.gexf', text))).toEqual([
      { where: 'line 6, <node id="a">', message: 'node id "a" is defined twice' },
    ]);
  });

  it('another root element is refused', async () => {
    expect(errors(await importText('x.gexf', '<svg><g/></svg>'))).toEqual([
      { where: 'line 1, <svg>', message: 'expected a <gexf> root element, found <svg>' },
    ]);
  });

  it('a value that does not fit its declared type is kept as text, with a located warning', async () => {
    const text = `${GEXF_HEAD}<attributes class="node"><attribute id="0" title="pop" type="integer"/></attributes>\n<nodes>\n<node id="a"><attvalues><attvalue for="0" value="many"/></attvalues></node>\n</nodes></graph></gexf>`;
    const result = await importText('x.gexf', text);
    expect(result.ok && result.graph.getNodeAttribute('a', 'pop')).toBe('many');
    expect(result.warnings).toEqual([
      {
        where: 'line 6, <node id="a"> <attvalue for="0">',
        message: '"many" is not an integer as declared for "pop"; kept as text',
      },
    ]);
  });

  it('DTD entities are never expanded (no billion laughs)', async () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<gexf><graph><nodes><node id="n" label="&b;"/></nodes></graph></gexf>`;
    const result = await importText('x.gexf', text);
    expect(result.ok && result.graph.getNodeAttribute('n', 'label')).toBe('&b;');
  });
});

describe('GraphML errors', () => {
  it('an attribute without quotes names the line and the element', async () => {
    const text =
      '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="directed">\n<node id=a/>\n</graph>\n</graphml>';
    expect(errors(await importText('x.graphml', text))).toEqual([
      {
        where: 'line 4',
        message: 'not well-formed XML: attribute id of <node>: expected a quoted value',
      },
    ]);
  });

  it('a node without an id', async () => {
    const text = '<graphml>\n<graph>\n<node/>\n</graph>\n</graphml>';
    expect(errors(await importText('x.graphml', text))).toEqual([
      { where: 'line 3, <node>', message: 'expected an "id" attribute on <node>' },
    ]);
  });
});

describe('JSON errors', () => {
  it('a syntax error names its line', async () => {
    const text = '{\n  "nodes": [\n    {"key": "a"},\n    {"key": "b"\n  ]\n}';
    const [first] = errors(await importText('x.json', text));
    expect(first?.where).toBe('line 5');
    expect(first?.message).toMatch(/^not valid JSON: /);
  });

  it('a node without a key names its index', async () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a' }, { key: 'b' }, { attributes: { label: 'x' } }],
      edges: [],
    });
    expect(errors(await importText('x.json', text))).toEqual([
      { where: 'nodes[2]', message: 'expected an object with a string "key"' },
    ]);
  });

  it('an edge without a target names its index and key', async () => {
    const text = JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ key: 'e0', source: 'a' }] });
    expect(errors(await importText('x.json', text))).toEqual([
      { where: 'edges[0] (key "e0")', message: 'expected string "source" and "target" node keys' },
    ]);
  });

  it('JSON of another shape', async () => {
    expect(errors(await importText('x.json', '[1, 2, 3]'))).toEqual([
      {
        where: 'file',
        message:
          'expected a graphology export ({ "nodes": [...], "edges": [...] }) or an Alignmap dataset ({ sources, actors, relations })',
      },
    ]);
  });
});

describe('CSV errors', () => {
  it('an unclosed quote names the row and the line where it starts', async () => {
    const text = 'source,target,note\na,b,fine\nb,c,"open\nand never closed\n';
    expect(errors(await importText('x.csv', text))).toEqual([
      { where: 'row 3', message: 'a quoted field (column 3) is not closed; expected a closing "' },
    ]);
  });

  it('too many fields names the row and the expected count', async () => {
    const text = 'source,target,relation\na,b,alliance\nb,c,trade\nc,d,trade,extra,more\n';
    expect(errors(await importText('x.csv', text))).toEqual([
      {
        where: 'row 4',
        message:
          '5 fields, but the header has 3 columns; expected at most 3 (quote fields that contain the delimiter)',
      },
    ]);
  });

  it('text after a closing quote', async () => {
    const text = 'source,target,note\n"a"x,b,\n';
    expect(errors(await importText('x.csv', text))).toEqual([
      {
        where: 'row 2',
        message:
          'unexpected "x" after the closing quote of column 1; expected "," or the end of the line',
      },
    ]);
  });

  it('an empty source names the row and the column', async () => {
    const text = 'from;to\nJapan;USA\n;China\n';
    expect(errors(await importText('x.csv', text))).toEqual([
      { where: 'row 3', message: 'expected node ids in the "from" and "to" columns' },
    ]);
  });

  it('rows are counted as records: a row after a multi-line field also names its line', async () => {
    const text = 'source,target,note\na,b,"two\nlines"\n,c,\n';
    expect(errors(await importText('x.csv', text))).toEqual([
      {
        where: 'row 3 (line 4)',
        message: 'expected node ids in the "source" and "target" columns',
      },
    ]);
  });

  it('a nodes file names its file and row', async () => {
    const enc = new TextEncoder();
    const result = await importFiles([
      { name: 'nodes.csv', bytes: enc.encode('id,label\na,A\na,again\n') },
      { name: 'edges.csv', bytes: enc.encode('source,target\na,b\n') },
    ]);
    expect(errors(result)).toEqual([
      { where: 'nodes.csv row 3', message: 'node id "a" is defined twice' },
    ]);
  });
});

describe('limits and non-graph input', () => {
  it('refuses files over the size limit before reading them', async () => {
    const result = await importFile('big.csv', new Uint8Array(2 * 1024 * 1024), {
      maxBytes: 1024 * 1024,
    });
    expect(errors(result)).toEqual([
      {
        where: 'big.csv',
        message:
          'the file is 2.0 MB, larger than the import limit of 1.0 MB; import a smaller file or a filtered export',
      },
    ]);
  });

  it('refuses binary data', async () => {
    const result = await importFile('x.csv', new Uint8Array([0x00, 0x01, 0x02, 0x41]));
    expect(errors(result)[0]?.message).toMatch(/^not a text file/);
  });

  it('refuses an unknown format and says which formats it takes', async () => {
    const result = await importFile(
      'notes.md',
      new TextEncoder().encode('# Notes\n\nnothing here'),
    );
    expect(errors(result)[0]?.message).toMatch(/^unrecognised format; expected GEXF/);
  });

  it('a zip whose contents exceed the limit is refused', async () => {
    const zip = zipSync({ 'edges.csv': strToU8(`source,target\n${'a,b\n'.repeat(300000)}`) });
    const result = await importFile('x.zip', zip, { maxBytes: 1024 * 1024 });
    expect(errors(result)[0]?.message).toMatch(/larger than the import limit of 1\.0 MB/);
  });

  it('a zip with unrelated files', async () => {
    const zip = zipSync({ 'a.csv': strToU8('x'), 'b.csv': strToU8('y'), 'c.json': strToU8('{}') });
    expect(errors(await importFile('x.zip', zip))[0]?.message).toMatch(
      /expected one graph file, or nodes\.csv and edges\.csv/,
    );
  });

  it('an empty graph is an error, not an empty view', async () => {
    expect(errors(await importText('x.json', '{"nodes": [], "edges": []}'))).toEqual([
      { where: 'file', message: 'no nodes found; expected at least one node or edge' },
    ]);
  });

  it('a cancelled import ends with an error', async () => {
    const controller = new AbortController();
    controller.abort();
    const text = `source,target\n${Array.from({ length: 20000 }, (_, i) => `n${i},n${i + 1}`).join('\n')}`;
    const result = await importText('x.csv', text, { signal: controller.signal, sliceMs: 0 });
    expect(errors(result)).toEqual([{ where: 'file', message: 'import: cancelled' }]);
  });
});
