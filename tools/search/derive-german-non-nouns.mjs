// Derives search-config/german-non-nouns.txt from OpenThesaurus (LGPL-2.1): the single-word
// entries of at least 3 letters that OpenThesaurus lists only in lower case — German writes every
// noun capitalised, so these are verbs, adjectives and adverbs ("beantragen", "abholen", "neu"),
// the words that say what to do with a concern, never the concern itself. A word also listed
// capitalised ("Essen" / "essen") counts as a noun and is not in the list. The answer confidence
// can weigh such words less (search-config/README.md, answerNonNounWeight).
// Usage: node tools/search/derive-german-non-nouns.mjs <openthesaurus.txt> > search-config/german-non-nouns.txt
import { singleWordEntries, sourceArgument } from './openthesaurus.mjs';

const lower = new Set();
const capitalised = new Set();
for (const entry of singleWordEntries(sourceArgument('derive-german-non-nouns.mjs'), 3).flat()) {
  const word = entry.toLocaleLowerCase('de-DE');
  (entry === word ? lower : capitalised).add(word);
}
process.stdout.write(
  [...lower]
    .filter((word) => !capitalised.has(word))
    .sort()
    .join('\n') + '\n',
);
