// Derives search-config/german-words.txt from OpenThesaurus (LGPL-2.1): every single-word entry
// of at least 4 letters (openthesaurus.mjs) — the general German vocabulary the decompounder
// splits compounds against (../shared/SEARCH-NOTES.md: corpus words alone reached 0.62 hit@3 on
// an independent set, with this list 0.74).
// Usage: node tools/search/derive-german-words.mjs <openthesaurus.txt> > search-config/german-words.txt
import { singleWordGroups, sourceArgument } from './openthesaurus.mjs';

const words = new Set(singleWordGroups(sourceArgument('derive-german-words.mjs'), 4).flat());
process.stdout.write([...words].sort().join('\n') + '\n');
