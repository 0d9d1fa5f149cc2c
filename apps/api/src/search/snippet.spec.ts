import { documentSnippet, highlightSnippet, markStems, matchesStem } from './snippet';

describe(markStems.name, () => {
  it('marks inflected forms and compounds of the query stems, and escapes everything else', () => {
    const { html, marked } = markStems('<b>Fahrzeuge</b> & Fahrzeugzulassung: Zulassungen', ['fahrzeug', 'zulass']);

    expect(marked).toBe(true);
    expect(html).toBe('&lt;b&gt;<mark>Fahrzeuge</mark>&lt;/b&gt; &amp; <mark>Fahrzeugzulassung</mark>: <mark>Zulassungen</mark>');
  });

  it('ignores stems too short to mean anything', () => {
    expect(markStems('ab an in', ['ab', 'an']).marked).toBe(false);
  });
});

describe(matchesStem.name, () => {
  it('finds short stems only at the start of a word, long ones inside compounds', () => {
    expect(matchesStem('Autokennzeichen', ['auto'])).toBe(true);
    expect(matchesStem('Gebrauchtauto', ['auto'])).toBe(false);
    expect(matchesStem('Kirchenaustritt', ['austritt'])).toBe(true);
  });
});

describe(highlightSnippet.name, () => {
  it('crops around the first match', () => {
    const text = `${'Vorrede '.repeat(30)}Die Hundesteuer ist jährlich fällig.`;
    const snippet = highlightSnippet(text, ['hundesteu']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>Hundesteuer</mark>');
  });
});

describe(documentSnippet.name, () => {
  it('shows the body around its first match, else the short answer', () => {
    expect(documentSnippet('Bringen Sie den alten Personalausweis mit.', 'Kurz.', ['personalausweis'])).toBe(
      'Bringen Sie den alten <mark>Personalausweis</mark> mit.',
    );
    expect(documentSnippet('Nichts hier.', 'Zum Personalausweis & mehr', ['personalausweis'])).toBe(
      'Zum <mark>Personalausweis</mark> &amp; mehr',
    );
    expect(documentSnippet('', '', ['x'])).toBe('');
  });
});
