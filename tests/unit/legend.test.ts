// The image legend names exactly the relation types and actor kinds drawn, in the chosen language,
// including the categories the importer gives foreign data (related, unknown).
import { describe, expect, it } from 'vitest';
import { legendSections } from '../../src/export/legend';

describe('legendSections', () => {
  it('lists drawn relation types and kinds in vocabulary order, foreign ones by name', () => {
    const en = legendSections(
      new Set(['sanction', 'alliance', 'related', 'tariffs']),
      new Set(['person', 'state', 'unknown']),
      'en',
      'relation',
    );
    expect(en.kinds.map((k) => k.text)).toEqual(['State', 'Person', 'Unknown']);
    expect(en.relations.map((r) => r.text)).toEqual(['Alliance', 'Sanction', 'Related', 'tariffs']);
    const ja = legendSections(
      new Set(['related']),
      new Set(['unknown', 'state']),
      'ja',
      'relation',
    );
    expect(ja.kinds.map((k) => k.text)).toEqual(['国家', '不明']);
    expect(ja.relations.map((r) => r.text)).toEqual(['関連']);
  });
});
