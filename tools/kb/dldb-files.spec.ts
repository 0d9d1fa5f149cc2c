import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDldbFiles } from './dldb-files';

const service = { id: '1', name: 'Hund anmelden', description: '<p>Text</p>', locations: [{ location: '10' }], authorities: [] };
const location = { id: '10', name: 'Bürgerbüro', address: { street: 'Markt' }, contact: { phone: '1' }, services: [{ service: '1' }] };

describe('readDldbFiles', () => {
  let dir: string;
  const file = (name: string, content: unknown): string => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, JSON.stringify(content));
    return target;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-dldb-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a services and a locations export', () => {
    const input = readDldbFiles(file('s.json', { data: [service] }), file('l.json', { data: [location] }));

    expect(input).toEqual({ services: { data: [service] }, locations: { data: [location] } });
  });

  it('refuses a locations export as the services file, naming the file, before anything is started', () => {
    const locations = file('locations_de.json', { data: [location] });

    expect(() => readDldbFiles(locations)).toThrow(
      `${locations}: Falsche Datei: erwartet wird ein Leistungs-Export (services_de.json), die Datei ist ein Standort-Export (locations_de.json). Es wurde nichts importiert.`,
    );
  });

  it('says when the two files are swapped', () => {
    expect(() => readDldbFiles(file('l2.json', { data: [location] }), file('s2.json', { data: [service] }))).toThrow(
      /vertauscht[\s\S]*swapped/,
    );
  });

  it('names a missing or malformed file', () => {
    expect(() => readDldbFiles(path.join(dir, 'fehlt.json'))).toThrow('Datei nicht gefunden');
    fs.writeFileSync(path.join(dir, 'kaputt.json'), '{');
    expect(() => readDldbFiles(path.join(dir, 'kaputt.json'))).toThrow('kein gültiges JSON');
  });
});
