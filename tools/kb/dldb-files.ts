import fs from 'node:fs';
import { detectDldbFileKind, requireKind } from '../../apps/api/src/import/dldb-format';
import type { DldbImportInput } from '../../apps/api/src/import/dldb-import.service';

/**
 * Reads the export files of `kb import-dldb` and checks that each is of its kind (services
 * first, locations second) before anything is started or stored; a missing, malformed or
 * wrong file is a clear error.
 */
export function readDldbFiles(servicesFile: string, locationsFile?: string): DldbImportInput {
  const services = readJson(servicesFile);
  const locations = locationsFile ? readJson(locationsFile) : undefined;
  if (locationsFile && detectDldbFileKind(services) === 'locations' && detectDldbFileKind(locations) === 'services') {
    throw new Error(
      `${servicesFile} und ${locationsFile} sind vertauscht: zuerst die Leistungen (services), dann die Standorte (locations). Es wurde nichts importiert.\n` +
        `${servicesFile} and ${locationsFile} are swapped: services first, then locations. Nothing was imported.`,
    );
  }
  checked(servicesFile, () => requireKind(services, 'services'));
  if (locationsFile) checked(locationsFile, () => requireKind(locations, 'locations'));
  return { services, locations };
}

function checked(file: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readJson(file: string): unknown {
  if (!fs.existsSync(file)) throw new Error(`Datei nicht gefunden / file not found: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} ist kein gültiges JSON / is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
