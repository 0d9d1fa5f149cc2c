import { SearchLimits } from './limits';
import { foldUmlauts, germanStem, normalizeQuery, reachesSearchFieldLimit, searchFieldText, stemGermanWords } from './search-text';

describe('normalizeQuery', () => {
  it.each([
    ['  Auto   UMMELDEN ', 'auto ummelden'],
    ['Perso verloren?!', 'perso verloren'],
    ['„Hund anmelden“', 'hund anmelden'],
    ['...Führerschein...', 'führerschein'],
    ['Kfz-Zulassung', 'kfz-zulassung'],
    ['§ 47 FeV', '§ 47 fev'],
    ['Ausweis\u200b\tbeantragen\n', 'ausweis beantragen'],
    ['ＦＵＬＬ　ｗｉｄｔｈ', 'full width'],
    ['Stra\u00dfe STRAẞE', 'straße straße'],
    ['?!', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('combines decomposed umlauts', () => {
    expect(normalizeQuery('Fu\u0308hrerschein')).toBe('führerschein');
  });

  it('cuts long queries to the limit and trims what the cut leaves', () => {
    const long = `${'a'.repeat(SearchLimits.queryMax - 1)} b c`;
    expect(normalizeQuery(long)).toBe('a'.repeat(SearchLimits.queryMax - 1));
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(SearchLimits.queryMax);
  });

  it('never splits a character outside the basic plane', () => {
    const result = normalizeQuery('😀'.repeat(SearchLimits.queryMax + 5));
    expect(Array.from(result)).toHaveLength(SearchLimits.queryMax);
    expect(result).not.toMatch(/[\uD800-\uDFFF]/u);
  });
});

describe('searchFieldText', () => {
  it('sends what was typed unchanged up to the limit', () => {
    const exact = 'ä'.repeat(SearchLimits.queryMax);
    expect(searchFieldText('Auto ummelden')).toBe('Auto ummelden');
    expect(searchFieldText(exact)).toBe(exact);
    expect(reachesSearchFieldLimit(exact)).toBe(true);
    expect(reachesSearchFieldLimit(exact.slice(1))).toBe(false);
    // The field's maxLength counts UTF-16 units: half as many emoji fill it, and it says so.
    expect(reachesSearchFieldLimit('😀'.repeat(SearchLimits.queryMax / 2))).toBe(true);
  });

  it('cuts a longer text to the limit in characters, never inside an emoji, so the request stays encodable', () => {
    const pasted = `${'x'.repeat(SearchLimits.queryMax - 1)}😀😀 Reisepass`;
    const sent = searchFieldText(pasted);
    expect(sent).toBe(`${'x'.repeat(SearchLimits.queryMax - 1)}😀`);
    expect(() => encodeURIComponent(sent)).not.toThrow();
    // Cutting by UTF-16 units, as the field did before, left half an emoji.
    expect(() => encodeURIComponent(pasted.slice(0, SearchLimits.queryMax))).toThrow(URIError);
  });
});

describe('germanStem', () => {
  it.each([
    ['Fahrzeuge', 'fahrzeug'],
    ['Fahrzeug', 'fahrzeug'],
    ['Hunde', 'hund'],
    ['Ausweises', 'ausweis'],
    ['Häuser', 'haus'],
    ['Anmeldungen', 'anmeld'],
    ['anmelden', 'anmeld'],
  ])('%s → %s', (word, stem) => {
    expect(germanStem(word)).toBe(stem);
  });

  it('gives inflected forms the same stem', () => {
    expect(new Set(['Gebühr', 'Gebühren', 'gebühren'].map(germanStem)).size).toBe(1);
    expect(germanStem('Straße')).toBe(germanStem('Strasse'));
  });
});

describe('stemGermanWords', () => {
  it('stems every word and drops punctuation', () => {
    expect(stemGermanWords('Hunde anmelden, Fahrzeuge zulassen!')).toEqual(['hund', 'anmeld', 'fahrzeug', 'zulass']);
    expect(stemGermanWords('  ')).toEqual([]);
  });
});

describe('foldUmlauts', () => {
  it('writes umlauts and ß in ASCII, keeping case', () => {
    expect(foldUmlauts('Führerschein Übergröße Äpfel Öl STRAẞE')).toBe('Fuehrerschein Uebergroesse Aepfel Oel STRASSE');
    expect(foldUmlauts('Fu\u0308hrerschein')).toBe('Fuehrerschein');
    expect(foldUmlauts('Anmeldung')).toBe('Anmeldung');
  });
});
