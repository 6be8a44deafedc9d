// Format detection from the file name and the first characters of its content; content wins
// when the two disagree (a GEXF saved as .xml, a CSV saved as .txt).

export type DetectedFormat = 'gexf' | 'graphml' | 'json' | 'yaml' | 'csv' | 'zip';

/** `head`: the first few kilobytes of the file as text (or the raw bytes' text for zip). */
export function detectFormat(name: string, head: string): DetectedFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(stripProlog(text))?.[1]?.toLowerCase() ?? '';
    const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
    if (local === 'gexf') return 'gexf';
    if (local === 'graphml') return 'graphml';
    if (ext === 'gexf') return 'gexf';
    if (ext === 'graphml') return 'graphml';
    return null;
  }
  if (text.startsWith('{') || text.startsWith('['))
    return ext === 'yaml' || ext === 'yml' ? 'yaml' : 'json';
  switch (ext) {
    case 'gexf':
      return 'gexf';
    case 'graphml':
      return 'graphml';
    case 'json':
      return 'json';
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'zip':
      return 'zip';
  }
  // No telling extension: YAML documents of our format start with a known key.
  if (/^(---\s*\n)?(#[^\n]*\n\s*)*(sources|actors|relations)\s*:/m.test(text)) return 'yaml';
  if (/^[^\n]*[,;\t][^\n]*\n/.test(text)) return 'csv';
  return null;
}

function stripProlog(text: string): string {
  return text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/, '');
}
