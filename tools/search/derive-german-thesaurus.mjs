// Derives search-config/german-thesaurus.txt from OpenThesaurus (LGPL-2.1): every synonym group,
// reduced to its single-word entries (annotations such as "(ugs.)" removed, lower-cased, letters
// only, at least 3 letters), one group per line, groups of fewer than two words dropped. The
// ranking uses it only for a citizen's word that no article contains ("Drahtesel" → "Fahrrad"),
// see search-config/README.md; the groups are general-purpose, not curated for the catalogue.
// Usage: node tools/search/derive-german-thesaurus.mjs <openthesaurus.txt> > search-config/german-thesaurus.txt
import fs from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('Usage: node tools/search/derive-german-thesaurus.mjs <openthesaurus.txt>');
  process.exit(2);
}
const groups = new Set();
for (const line of fs.readFileSync(source, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const words = new Set();
  for (const entry of line.split(';')) {
    const word = entry.replace(/\([^)]*\)/g, '').trim();
    if (!/^[A-Za-zÄÖÜäöüß]{3,}$/.test(word)) continue;
    words.add(word.toLocaleLowerCase('de-DE'));
  }
  if (words.size >= 2) groups.add([...words].sort().join(';'));
}
process.stdout.write([...groups].sort().join('\n') + '\n');
