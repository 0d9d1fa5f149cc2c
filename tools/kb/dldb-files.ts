import fs from 'node:fs';
import type { DldbImportInput } from '../../apps/api/src/import/dldb-import.service';

/** Reads the export files of `kb import-dldb`; a missing or malformed file is a clear error. */
export function readDldbFiles(servicesFile: string, locationsFile?: string): DldbImportInput {
  return { services: readJson(servicesFile), locations: locationsFile ? readJson(locationsFile) : undefined };
}

function readJson(file: string): unknown {
  if (!fs.existsSync(file)) throw new Error(`Datei nicht gefunden: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} ist kein gültiges JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
