// Reads OpenThesaurus's text format (one synonym group per line, entries separated by ";") for
// the lists derived from it: every group's single-word entries, annotations in parentheses
// ("(ugs.)") removed, letters only, of at least `minLetters` letters (lower-cased for the word
// list and the thesaurus; as written for the word classes).
import fs from 'node:fs';

/** The source file named on the command line, or the usage line and exit code 2. */
export function sourceArgument(script) {
  const source = process.argv[2];
  if (!source) {
    console.error(`Usage: node tools/search/${script} <openthesaurus.txt>`);
    process.exit(2);
  }
  return source;
}

/** Each synonym group's single-word entries (groups may come back empty). */
export function singleWordGroups(source, minLetters) {
  return singleWordEntries(source, minLetters).map((group) => [...new Set(group.map((entry) => entry.toLocaleLowerCase('de-DE')))]);
}

/** Each synonym group's single-word entries as written (German nouns capitalised). */
export function singleWordEntries(source, minLetters) {
  const word = new RegExp(`^[A-Za-zÄÖÜäöüß]{${minLetters},}$`);
  return fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .map((line) =>
      line
        .split(';')
        .map((entry) => entry.replace(/\([^)]*\)/g, '').trim())
        .filter((entry) => word.test(entry)),
    );
}
