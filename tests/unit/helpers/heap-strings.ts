// Counts the strings of a given value in this process's heap (a V8 heap snapshot, which collects
// garbage first): JavaScript cannot tell two equal strings apart, the heap can. For tests that check
// that equal strings are shared (one copy) rather than repeated per object.
import { getHeapSnapshot } from 'node:v8';

export async function countHeapStrings(value: string): Promise<number> {
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const type = fields.indexOf('type');
  const name = fields.indexOf('name');
  const stringType = snap.snapshot.meta.node_types[0].indexOf('string');
  let count = 0;
  for (let i = 0; i < snap.nodes.length; i += width)
    if (snap.nodes[i + type] === stringType && snap.strings[snap.nodes[i + name]!] === value)
      count++;
  return count;
}
