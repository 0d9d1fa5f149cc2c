import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGermanThesaurus, loadSearchConfig, searchConfigDir } from './search-config';
import { parseStopWordsFile, parseSynonymsFile, type StopWordsFile, type SynonymsFile } from './thesaurus-files';

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(searchConfigDir(), name), 'utf8'));

describe('search-config/synonyms.json', () => {
  const file = readJson('synonyms.json') as SynonymsFile;
  const synonyms = loadSearchConfig().synonyms;

  it('names why every entry exists', () => {
    expect(file.entries.length).toBeGreaterThan(100);
    for (const entry of file.entries) expect(entry.why.trim()).not.toBe('');
  });

  it('gives lower-case keys, none mapping to itself or to nothing', () => {
    expect(Object.keys(synonyms).length).toBeGreaterThan(100);
    for (const [key, terms] of Object.entries(synonyms)) {
      expect(key).toBe(key.toLocaleLowerCase('de-DE'));
      expect(terms.length).toBeGreaterThan(0);
      expect(terms).not.toContain(key);
      for (const term of terms) expect(term).toBe(term.toLocaleLowerCase('de-DE'));
    }
  });

  it('maps one-way entries one way and mutual groups both ways', () => {
    expect(synonyms['perso']).toEqual(['ausweis', 'personalausweis']);
    expect(synonyms['personalausweis']).not.toContain('perso');
    expect(synonyms['fundbüro']).toEqual(['fundamt', 'fundsache', 'fundsachen']);
    expect(synonyms['fundsache']).toContain('fundbüro');
  });
});

describe('search-config/stop-words.json', () => {
  const file = readJson('stop-words.json') as StopWordsFile;
  const stopWords = loadSearchConfig().stopWords;

  it('names why every group exists', () => {
    for (const group of file.groups) expect(group.why.trim()).not.toBe('');
  });

  it('gives single lower-case words, each once, and keeps the prefix prepositions out', () => {
    expect(stopWords.length).toBeGreaterThan(100);
    expect(new Set(stopWords).size).toBe(stopWords.length);
    for (const word of stopWords) expect(word).toMatch(/^[\p{Ll}ß]+$/u);
    expect(stopWords).toEqual(expect.arrayContaining(['ich', 'möchte', 'bitte', 'wie']));
    for (const prefix of ['an', 'ab', 'auf', 'aus', 'vor', 'nicht', 'ohne', 'neu', 'verloren']) expect(stopWords).not.toContain(prefix);
  });
});

describe('search-config/not-learned-words.json', () => {
  const { stopWords, notLearnedWords } = loadSearchConfig();

  it('lists single lower-case words the search keeps (a stop word is never learned anyway)', () => {
    expect(notLearnedWords).toEqual(expect.arrayContaining(['guten', 'leider']));
    for (const word of notLearnedWords) expect(word).toMatch(/^[\p{Ll}ß]+$/u);
    expect(notLearnedWords.filter((word) => stopWords.includes(word))).toEqual([]);
  });
});

describe(parseSynonymsFile.name, () => {
  it('expands mutual groups to every direction and one-way entries to one, merging entries per key', () => {
    const record = parseSynonymsFile({
      entries: [
        { mutual: ['tüv', 'hu', 'hauptuntersuchung'], why: 'Abkürzung und Umgangssprache' },
        { terms: ['perso'], means: ['personalausweis', 'ausweis'], why: 'Umgangssprache' },
        { terms: ['hu'], means: ['prüfung'], why: 'Oberbegriff' },
      ],
    });

    expect(record).toEqual({
      hauptuntersuchung: ['hu', 'tüv'],
      hu: ['hauptuntersuchung', 'prüfung', 'tüv'],
      perso: ['ausweis', 'personalausweis'],
      tüv: ['hauptuntersuchung', 'hu'],
    });
    expect(Object.keys(record)).toEqual(['hauptuntersuchung', 'hu', 'perso', 'tüv']);
  });

  it('sorts each key’s terms in German alphabetical order (the order rewrites try them in)', () => {
    const record = parseSynonymsFile({
      entries: [{ terms: ['zeiten'], means: ['öffnungszeiten', 'sprechzeiten', 'abholzeiten'], why: 'x' }],
    });
    expect(record['zeiten']).toEqual(['abholzeiten', 'öffnungszeiten', 'sprechzeiten']);
  });

  it('refuses an entry without a reason, naming it', () => {
    const entries = [
      { mutual: ['abfall', 'müll'], why: 'Umgangssprache' },
      { terms: ['perso'], means: ['personalausweis'], why: '  ' },
    ];
    expect(() => parseSynonymsFile({ entries })).toThrow(
      'synonyms.json: entry 2 (perso) has no "why": every entry must name why it exists',
    );
    expect(() => parseSynonymsFile({ entries: [{ mutual: ['abfall', 'müll'] }] })).toThrow('entry 1 (abfall, müll) has no "why"');
  });

  it('refuses upper-case terms, self-mappings, repeated relations and malformed entries', () => {
    const parse =
      (...entries: unknown[]) =>
      () =>
        parseSynonymsFile({ entries });
    expect(parse({ terms: ['Perso'], means: ['personalausweis'], why: 'x' })).toThrow('"Perso" must be lower-case');
    expect(parse({ terms: ['perso'], means: ['Personalausweis'], why: 'x' })).toThrow('"Personalausweis" must be lower-case');
    expect(parse({ terms: ['kfz'], means: ['kfz', 'auto'], why: 'x' })).toThrow('entry 1 (kfz) maps "kfz" to itself');
    expect(parse({ mutual: ['kfz', 'kfz'], why: 'x' })).toThrow('lists "kfz" twice');
    expect(parse({ mutual: ['kfz'], why: 'x' })).toThrow('needs at least two terms');
    expect(parse({ mutual: ['kfz', 'auto'], why: 'x' }, { terms: ['kfz'], means: ['auto'], why: 'y' })).toThrow(
      'entry 2 (kfz) repeats "kfz" → "auto" of entry 1',
    );
    expect(parse({ mutual: ['a', 'b'], terms: ['a'], means: ['c'], why: 'x' })).toThrow('has both "mutual" and "terms"/"means"');
    expect(parse({ terms: ['a'], mean: ['b'], why: 'x' })).toThrow('unknown field "mean"');
    expect(parse({ terms: ['a'], why: 'x' })).toThrow('"means" must be a non-empty list of terms');
    expect(parse({ terms: [' a'], means: ['b'], why: 'x' })).toThrow('" a" has stray spaces');
    expect(() => parseSynonymsFile({ perso: ['personalausweis'] })).toThrow('unknown field "perso"');
    expect(() => parseSynonymsFile([])).toThrow('expected an object { "entries": [...] }');
  });
});

describe(parseStopWordsFile.name, () => {
  it('flattens the groups into one list in German alphabetical order', () => {
    const words = parseStopWordsFile({
      groups: [
        { why: 'Pronomen', words: ['ich', 'mein'] },
        { why: 'Modalverben', words: ['möchte', 'muss', 'kann'] },
      ],
    });
    expect(words).toEqual(['ich', 'kann', 'mein', 'möchte', 'muss']);
  });

  it('refuses a group without a reason, naming it', () => {
    const groups = [
      { why: 'Pronomen', words: ['ich'] },
      { why: '', words: ['bitte', 'danke', 'hallo', 'tschüss'] },
    ];
    expect(() => parseStopWordsFile({ groups })).toThrow('stop-words.json: group 2 (bitte, danke, hallo, …) has no "why"');
  });

  it('refuses upper-case words, phrases and words listed twice', () => {
    const parse =
      (...groups: unknown[]) =>
      () =>
        parseStopWordsFile({ groups });
    expect(parse({ why: 'x', words: ['Ich'] })).toThrow('"Ich" must be lower-case');
    expect(parse({ why: 'x', words: ['ich möchte'] })).toThrow('"ich möchte" is more than one word');
    expect(parse({ why: 'x', words: ['ich'] }, { why: 'y', words: ['du', 'ich'] })).toThrow('group 2 (du, ich) repeats "ich" of group 1');
    expect(() => parseStopWordsFile(['ich', 'du'])).toThrow('expected an object { "groups": [...] }');
  });
});

describe('search-config/german-thesaurus.txt', () => {
  const related = loadGermanThesaurus();

  it('relates every word of a synonym group to the others, over all its senses, never to itself', () => {
    expect(related.size).toBeGreaterThan(50_000);
    expect(related.get('drahtesel')).toEqual(expect.arrayContaining(['fahrrad', 'zweirad']));
    expect(related.get('fahrrad')).toContain('drahtesel');
    for (const [word, others] of related) expect(others).not.toContain(word);
  });

  it('reads an absent file as an empty thesaurus', () => {
    expect(loadGermanThesaurus(join(searchConfigDir(), 'no-such-dir')).size).toBe(0);
  });
});
