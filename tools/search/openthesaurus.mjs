// Reads OpenThesaurus's text format (one synonym group per line, entries separated by ";") for
// the two lists derived from it: every group's single-word entries, annotations in parentheses
// ("(ugs.)") removed, lower-cased, letters only, of at least `minLetters` letters.
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
  const word = new RegExp(`^[A-Za-zÄÖÜäöüß]{${minLetters},}$`);
  return fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .map((line) => [
      ...new Set(
        line
          .split(';')
          .map((entry) => entry.replace(/\([^)]*\)/g, '').trim())
          .filter((entry) => word.test(entry))
          .map((entry) => entry.toLocaleLowerCase('de-DE')),
      ),
    ]);
}
