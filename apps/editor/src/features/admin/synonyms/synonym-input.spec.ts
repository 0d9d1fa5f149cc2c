import { readSynonymInput, splitSynonyms } from './synonym-input';

describe('splitSynonyms', () => {
  it('splits at commas, trims, collapses blanks and drops empty and repeated words', () => {
    expect(splitSynonyms(' Personalausweis,  Ausweis ,, ausweis , Perso  Karte')).toEqual(['Personalausweis', 'Ausweis', 'Perso Karte']);
  });
});

describe('readSynonymInput', () => {
  it('returns the request body for a valid entry', () => {
    expect(readSynonymInput(' Perso ', 'Personalausweis, Ausweis')).toEqual({
      valid: true,
      term: 'Perso',
      synonyms: ['Personalausweis', 'Ausweis'],
    });
  });

  it('requires a term and at least one synonym', () => {
    expect(readSynonymInput(' ', ' , ')).toEqual({
      valid: false,
      errors: { term: 'Bitte ausfüllen.', synonyms: 'Bitte mindestens ein gleichbedeutendes Wort angeben.' },
    });
  });

  it('refuses the term as its own synonym, too many and too long words', () => {
    expect(readSynonymInput('Auto', 'KFZ, auto')).toMatchObject({
      valid: false,
      errors: { synonyms: expect.stringContaining('eigenes Synonym') },
    });
    const many = Array.from({ length: 21 }, (_, i) => `w${i}`).join(',');
    expect(readSynonymInput('Auto', many)).toMatchObject({ valid: false, errors: { synonyms: 'Höchstens 20 Wörter.' } });
    expect(readSynonymInput('Auto', 'x'.repeat(81))).toMatchObject({
      valid: false,
      errors: { synonyms: expect.stringContaining('80 Zeichen') },
    });
  });
});

describe('readSynonymInput characters', () => {
  it('accepts letters with umlauts, digits, spaces and hyphens only, as the search tokenizer does', () => {
    expect(readSynonymInput('Kfz-Schein', 'Fahrzeugschein, Zulassungsbescheinigung Teil 1')).toMatchObject({ valid: true });
    expect(readSynonymInput('Führerschein', 'Lappen')).toMatchObject({ valid: true });
    expect(readSynonymInput('Perso?', 'Ausweis')).toMatchObject({
      valid: false,
      errors: { term: expect.stringContaining('Nur Buchstaben') },
    });
    expect(readSynonymInput('Perso', 'Ausweis; Pass')).toMatchObject({
      valid: false,
      errors: { synonyms: expect.stringContaining('Nur Buchstaben') },
    });
    expect(readSynonymInput('Perso', '-Ausweis')).toMatchObject({ valid: false });
  });
});
