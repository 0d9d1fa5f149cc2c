// Derives search-config/german-words.txt from OpenThesaurus (LGPL-2.1): every single-word entry
// with its annotations ("(ugs.)") removed, lower-cased, letters only, at least 4 letters — the
// general German vocabulary the decompounder splits compounds against (../shared/SEARCH-NOTES.md:
// corpus words alone reached 0.62 hit@3 on an independent set, with this list 0.74).
// Usage: node tools/search/derive-german-words.mjs <openthesaurus.txt> > search-config/german-words.txt
import fs from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('Usage: node tools/search/derive-german-words.mjs <openthesaurus.txt>');
  process.exit(2);
}
const words = new Set();
for (const line of fs.readFileSync(source, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  for (const entry of line.split(';')) {
    const word = entry.replace(/\([^)]*\)/g, '').trim();
    if (!/^[A-Za-zÄÖÜäöüß]{4,}$/.test(word)) continue;
    words.add(word.toLocaleLowerCase('de-DE'));
  }
}
process.stdout.write([...words].sort().join('\n') + '\n');
