import { describe, expect, it } from 'vitest';
import { SECTIONS } from './sections.js';
import { uk } from './uk.js';

function paths(node: unknown, path = ''): string[] {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) return node.flatMap((item, i) => paths(item, `${path}[${i}]`));
  return Object.entries(node as object).flatMap(([k, v]) => paths(v, path ? `${path}.${k}` : k));
}

describe('catalogue sections', () => {
  for (const [name, loaders] of Object.entries(SECTIONS)) {
    it(`${name}: the same keys in Ukrainian and English, none of them in the main catalogue`, async () => {
      const [ukSection, enSection] = await Promise.all([loaders.uk(), loaders.en()]);
      expect(paths(enSection)).toEqual(paths(ukSection));
      // Sections are merged at the top level, so each must bring keys of its own.
      for (const key of Object.keys(ukSection)) expect(Object.keys(uk)).not.toContain(key);
    });
  }

  it('bring top-level keys of their own, none shared with another section', async () => {
    const sections = await Promise.all(Object.values(SECTIONS).map((loaders) => loaders.uk()));
    const keys = sections.flatMap((section) => Object.keys(section));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
