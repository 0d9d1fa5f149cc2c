// Derives search-config/german-thesaurus.txt from OpenThesaurus (LGPL-2.1): every synonym group
// reduced to its single-word entries of at least 3 letters (openthesaurus.mjs), one group per
// line, groups of fewer than two words dropped. The ranking uses it only for a citizen's word
// that no article contains ("Drahtesel" → "Fahrrad"), see search-config/README.md; the groups are
// general-purpose, not curated for the catalogue.
// Usage: node tools/search/derive-german-thesaurus.mjs <openthesaurus.txt> > search-config/german-thesaurus.txt
import { singleWordGroups, sourceArgument } from './openthesaurus.mjs';

const groups = new Set(
  singleWordGroups(sourceArgument('derive-german-thesaurus.mjs'), 3)
    .filter((group) => group.length >= 2)
    .map((group) => [...group].sort().join(';')),
);
process.stdout.write([...groups].sort().join('\n') + '\n');
