import { analyzeField, analyzeQuery, compoundHead, decompound, nonNounClassifier, tokenize, type WordVocabulary } from './search-analysis';

const vocabulary = (words: string[]): WordVocabulary => {
  const set = new Set(words);
  return { has: (word) => set.has(word) };
};
const words = vocabulary([
  'kraft',
  'fahrzeug',
  'kraftfahrzeug',
  'zulassung',
  'niederlassung',
  'erlaubnis',
  'schule',
  'anmeldung',
  'kennzeichen',
  'saison',
  'führer',
  'schein',
  'geburt',
  'urkunde',
  'auto',
]);

describe(tokenize.name, () => {
  it('lower-cases, splits at hyphens and punctuation, keeps umlauts and numbers, drops single letters', () => {
    expect(tokenize('Kfz-Zulassung: Führerschein (Klasse B) § 47, 2 Ämter')).toEqual([
      'kfz',
      'zulassung',
      'führerschein',
      'klasse',
      '47',
      'ämter',
    ]);
  });
});

describe(decompound.name, () => {
  it('splits into the fewest known parts and splits each part again', () => {
    expect(decompound('kraftfahrzeugzulassung', words)).toEqual(['kraftfahrzeug', 'kraft', 'fahrzeug', 'zulassung']);
  });

  it('understands linking elements', () => {
    expect(decompound('niederlassungserlaubnis', words)).toEqual(['niederlassung', 'erlaubnis']);
    expect(decompound('geburtsurkunde', words)).toEqual(['geburt', 'urkunde']);
  });

  it('lets a head part drop its final e ("Schul-" is "Schule")', () => {
    expect(decompound('schulanmeldung', words)).toEqual(['schule', 'anmeldung']);
  });

  it('splits a word that is itself known (the corpus knows "saisonkennzeichen" whole)', () => {
    expect(decompound('saisonkennzeichen', vocabulary(['saisonkennzeichen', 'saison', 'kennzeichen']))).toEqual(['saison', 'kennzeichen']);
  });

  it('leaves short words, unknown words and parts under four letters alone', () => {
    expect(decompound('autobahn', words)).toEqual([]);
    expect(decompound('wohngeld', words)).toEqual([]);
    expect(decompound('beglaubigung', words)).toEqual([]);
  });

  it('between splits into as few parts, takes the one with the larger sum of squared part lengths', () => {
    // 4 + 10 letters (116) beats 7 + 7 (98): a long known part is the likelier reading.
    const v = vocabulary(['abcd', 'efghijklmn', 'abcdefg', 'hijklmn']);
    expect(decompound('abcdefghijklmn', v)).toEqual(['abcd', 'efghijklmn']);
  });
});

describe(compoundHead.name, () => {
  it('is the last part of the last part, or the word itself', () => {
    expect(compoundHead('kraftfahrzeugzulassung', words)).toBe('zulassung');
    expect(compoundHead('geburtsurkunde', words)).toBe('urkunde');
    expect(compoundHead('wohngeld', words)).toBe('wohngeld');
  });
});

describe(nonNounClassifier.name, () => {
  const nonNoun = nonNounClassifier(
    new Set(['termin', 'müll', 'auto', 'essen', 'verkauf']),
    new Set(['abholen', 'neu', 'melden', 'verkaufen']),
  );
  const vocabulary = words;
  const split = (known: string[]): WordVocabulary => ({ has: (w) => known.includes(w) });

  it('knows the words a word list has only in lower case as non-nouns, the others as nouns', () => {
    expect(nonNoun('abholen', vocabulary)).toBe(true);
    expect(nonNoun('melden', vocabulary)).toBe(true);
    expect(nonNoun('termin', vocabulary)).toBe(false);
    expect(nonNoun('essen', vocabulary)).toBe(false);
  });

  it('judges a compound by its head', () => {
    expect(nonNoun('abholtermin', split(['abholen', 'termin']))).toBe(false);
    expect(nonNoun('sperrmüll', split(['sperre', 'müll']))).toBe(false);
    expect(nonNoun('wiederabholen', split(['wieder', 'abholen']))).toBe(true);
  });

  it('does not call an unknown word (a name, a typo, an inflected form) a non-noun', () => {
    expect(nonNoun('huber', vocabulary)).toBe(false);
    expect(nonNoun('neue', vocabulary)).toBe(false);
    expect(nonNoun('xyzzy', vocabulary)).toBe(false);
  });
});

describe(analyzeField.name, () => {
  it('indexes the stems of the words and of their compound parts', () => {
    expect(analyzeField('Führerscheine', words)).toEqual(['fuhrerschein']);
    expect(analyzeField('Führerschein umschreiben', words)).toEqual(['fuhrerschein', 'fuhr', 'schein', 'umschreib']);
  });
});

describe(analyzeQuery.name, () => {
  const fillers = new Set(['hallo', 'ich', 'möchte', 'mein', 'bitte']);

  it('drops conversational fillers and keeps the words that carry the concern', () => {
    expect(analyzeQuery('Hallo, ich möchte bitte mein Auto ummelden', words, fillers).words).toEqual(['auto', 'ummelden']);
  });

  it('adds the compound parts of each word, tied to that word', () => {
    const q = analyzeQuery('Saisonkennzeichen', words, fillers);
    expect(q.terms).toEqual([
      { word: 'saisonkennzeichen', lexeme: 'saisonkennzeich', source: 'word', wordIndex: 0 },
      { word: 'saison', lexeme: 'saison', source: 'part', wordIndex: 0, partOf: 'saisonkennzeich' },
      { word: 'kennzeichen', lexeme: 'kennzeich', source: 'part', wordIndex: 0, partOf: 'saisonkennzeich' },
    ]);
  });

  it('searches a query of fillers only as typed', () => {
    expect(analyzeQuery('Hallo bitte', words, fillers).words).toEqual(['hallo', 'bitte']);
  });
});
