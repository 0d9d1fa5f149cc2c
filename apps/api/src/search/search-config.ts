import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Index settings, stop words and the base synonyms, versioned as JSON in search-config/. */
export interface SearchConfigFiles {
  settings: Record<string, unknown>;
  stopWords: string[];
  synonyms: Record<string, string[]>;
}

/** Finds search-config/ upwards from this file (works from src/ under Jest and from dist/). */
export function searchConfigDir(start = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'search-config');
    if (existsSync(join(candidate, 'index-settings.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('search-config/index-settings.json not found');
    dir = parent;
  }
}

/** Reads the three JSON files; a missing optional file counts as empty. */
export function loadSearchConfig(dir = searchConfigDir()): SearchConfigFiles {
  const read = <T>(name: string, fallback: T): T => {
    const path = join(dir, name);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
  };
  return {
    settings: read<Record<string, unknown>>('index-settings.json', {}),
    stopWords: read<string[]>('stop-words.json', []),
    synonyms: read<Record<string, string[]>>('synonyms.json', {}),
  };
}
