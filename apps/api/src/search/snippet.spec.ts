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

describe('documentSnippet (first match found by one pattern)', () => {
  const body = 'Vorwort ohne Treffer. Die Straßenverkehrsbehörde prüft die Zulassung; Kfz-Zulassungen dauern.';

  it('crops around the first word that starts with a stem or contains a long stem', () => {
    expect(documentSnippet(body, 'kurz', ['zulass'], 220)).toContain('<mark>Zulassung</mark>');
    expect(documentSnippet(body, 'kurz', ['zulass'], 220)).toContain('Kfz-<mark>Zulassungen</mark>');
    expect(documentSnippet(body, 'kurz', ['strass'], 220)).toContain('<mark>Straßenverkehrsbehörde</mark>');
  });

  it('does not match short stems inside words, and falls back to the short answer without a match', () => {
    expect(documentSnippet(body, 'Die Antwort', ['ohn'], 220)).toContain('<mark>ohne</mark>');
    expect(documentSnippet('Schuhgröße', 'Die Antwort', ['hgr'], 220)).toBe('Die Antwort');
  });
});
