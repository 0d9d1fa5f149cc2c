import { describe, expect, it } from '@jest/globals';
import { buildVariantCorpus, type DldbFiles } from './corpus';

const sample: DldbFiles = {
  services: {
    data: [
      {
        id: '100',
        name: 'Personalausweis beantragen',
        description: '<p>Erster Absatz.</p>\n<p>Zweiter.</p>\n<ul><li>Dritter</li></ul>',
        meta: { keywords: 'Perso' },
      },
      { id: '200', name: 'Wohnung anmelden', description: '<p>Nur ein Absatz.</p>', meta: { keywords: '' } },
    ],
  },
  locations: { data: [] },
};

describe(buildVariantCorpus.name, () => {
  it('derives distinct services with their own ids and titles', () => {
    const corpus = buildVariantCorpus(sample, 40);
    const ids = corpus.services.data.map((s) => s.id);
    const names = corpus.services.data.map((s) => s.name);

    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(new Set(names).size).toBe(40);
    expect(ids[0]).toBe('100-v0');
    expect(ids[1]).toBe('200-v0');
    expect(ids[2]).toBe('100-v1');
  });

  it('keeps the first paragraph first (it becomes the short answer) and names the district', () => {
    const [first] = buildVariantCorpus(sample, 1).services.data;
    const description = String(first.description);

    expect(description.startsWith('<p>Erster Absatz.</p>')).toBe(true);
    expect(description).toContain('<p>Zweiter.</p>');
    expect(description).toMatch(/<p>Gilt für: Bürgerbüro im Stadtbezirk Altstadt-Lehel\. [^<]*<\/p>$/);
    expect(first.meta).toEqual({ keywords: 'Perso, Altstadt-Lehel, Bürgerbüro' });
  });

  it('is the same on every run', () => {
    expect(buildVariantCorpus(sample, 30)).toEqual(buildVariantCorpus(sample, 30));
  });

  it('refuses more variants than distinct district and service point pairs', () => {
    expect(() => buildVariantCorpus(sample, 2 * 175 + 1)).toThrow('at most 350 variants');
  });
});
