import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPlainText } from '@bsc/domain';
import { DldbFileKindError, detectDldbFileKind, parseDldbLocations, parseDldbServices, type DldbService } from './dldb-format';
import { departmentCode, mapAuthority, mapKeywords, mapLocation, mapService, NO_RESPONSIBLE_OFFICE, shortAnswerOf } from './dldb-mapping';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
const services = parseDldbServices(fixture('dldb-services.json'));
const locations = parseDldbLocations(fixture('dldb-locations.json'));
const known = new Set(locations.entries.map((l) => l.id));
const service = (id: string): DldbService => {
  const found = services.entries.find((s) => s.id === id);
  if (!found) throw new Error(`fixture service ${id} missing`);
  return found;
};

describe('parseDldbServices', () => {
  it('reads valid entries and names the invalid ones with a reason', () => {
    expect(services.entries.map((s) => s.id)).toEqual(['900001', '900002', '900003', '900001']);
    expect(services.invalid).toEqual([{ index: 3, reason: 'id fehlt' }]);
  });

  it('refuses a file that is not a DLDB export', () => {
    expect(() => parseDldbServices({ services: [] })).toThrow('Keine DLDB-Exportdatei');
  });

  it('tells a services export from a locations export by the shape of the entries', () => {
    expect(detectDldbFileKind(fixture('dldb-services.json'))).toBe('services');
    expect(detectDldbFileKind(fixture('dldb-locations.json'))).toBe('locations');
    expect(detectDldbFileKind({ data: [{ id: '1', name: 'nur ein Name' }] })).toBe('unknown');
  });

  it('refuses a locations export given as services (and the other way round), in German and English', () => {
    expect(() => parseDldbServices(fixture('dldb-locations.json'))).toThrow(DldbFileKindError);
    expect(() => parseDldbServices(fixture('dldb-locations.json'))).toThrow(
      /erwartet wird ein Leistungs-Export.*Standort-Export[\s\S]*Wrong file: expected a services export, the file is a locations export/,
    );
    expect(() => parseDldbLocations(fixture('dldb-services.json'))).toThrow(/erwartet wird ein Standort-Export/);
    expect(() => parseDldbServices({ data: [{ id: '1', name: 'nur ein Name' }] })).toThrow(/kein erkennbarer DLDB-Export/);
  });

  it('treats the `false` DLDB writes for absent strings as empty', () => {
    expect(service('900003').keywords).toBe('');
    expect(locations.entries[1]).toMatchObject({ email: '', phone: '', url: null, organizationUnit: null });
  });
});

describe('mapService', () => {
  it('maps name, description, fees, links, LeiKa key and keywords of a service', () => {
    const article = mapService(service('900001'), known);

    expect(article.externalRef).toBe('dldb:900001');
    expect(article.departmentCode).toBe('DLDB-500');
    expect(article.fields.title).toBe('Hund anmelden');
    expect(article.fields.keywords).toEqual(['Hundesteuer', 'Hundemarke', 'Hund anmelden']);
    expect(article.fields.leikaKey).toBe('99108001000000');
    expect(article.fields.fees).toBe('Kostenfrei.');
    expect(toPlainText(article.fields.body)).toContain('persönlich im Bürgerbüro');
    expect(article.fields.body.content.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
  });

  it('takes forms, then links, then the booking link, without duplicate URLs', () => {
    expect(mapService(service('900001'), known).fields.links).toEqual([
      { label: 'Anmeldeformular', url: 'https://musterstadt.example/hund.pdf', kind: 'form' },
      { label: 'Satzung', url: 'https://musterstadt.example/satzung.pdf', kind: 'form' },
      { label: 'Termin vereinbaren', url: 'https://termine.musterstadt.example/#/services/900001', kind: 'appointment' },
    ]);
  });

  it('drops scripts and javascript: links from untrusted catalogue HTML', () => {
    const article = mapService(service('900002'), known);

    expect(JSON.stringify(article.fields.body)).not.toMatch(/javascript|alert/);
    expect(article.fields.links).toEqual([]);
  });

  it('uses the authority as department when the service names no known location', () => {
    expect(mapService(service('900002'), known).departmentCode).toBe('DLDB-A7');
    expect(mapService(service('900001'), new Set()).departmentCode).toBe('DLDB-A7');
  });

  it('invents no department for a service with neither a known location nor a named authority', () => {
    const orphan: DldbService = { ...service('900001'), locationIds: ['999'], authority: null };

    expect(() => mapService(orphan, known)).toThrow(NO_RESPONSIBLE_OFFICE);
    expect(() => mapService({ ...orphan, authority: { id: '3', name: ' ' } }, known)).toThrow(NO_RESPONSIBLE_OFFICE);
    expect(() => mapAuthority({ id: '3', name: '' })).toThrow(NO_RESPONSIBLE_OFFICE);
  });

  it('keeps an empty description valid and rejects a malformed LeiKa key', () => {
    const article = mapService(service('900003'), known);

    expect(article.fields.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(article.fields.shortAnswer).toBe('');
    expect(article.fields.leikaKey).toBeNull();
    expect(article.fields.fees).toBe('10 Euro\nermäßigt 5 Euro');
  });
});

describe('shortAnswerOf', () => {
  it('is the first paragraph without invisible characters', () => {
    expect(shortAnswerOf('<p>\u200bErster Satz. Zweiter Satz.</p><p>Anderer Absatz.</p>')).toBe('Erster Satz. Zweiter Satz.');
  });

  it('skips headings before the first paragraph', () => {
    expect(shortAnswerOf('<p><strong>Gewerbemeldungen</strong></p><p>Sie melden Ihr Gewerbe bei uns an.</p>')).toBe(
      'Sie melden Ihr Gewerbe bei uns an.',
    );
  });

  it('cuts a long paragraph after the last whole sentence that fits', () => {
    const long = `<p>${'Ein ganzer Satz mit einigen Wörtern. '.repeat(12)}</p>`;
    const answer = shortAnswerOf(long);

    expect(answer.length).toBeLessThanOrEqual(300);
    expect(answer.endsWith('Wörtern.')).toBe(true);
  });
});

describe('mapKeywords', () => {
  it('splits, trims and de-duplicates ignoring case', () => {
    expect(mapKeywords('Perso, Personalausweis;  perso ,\u200bAusweis ,,')).toEqual(['Perso', 'Personalausweis', 'Ausweis']);
  });

  it('drops keywords over the length limit', () => {
    expect(mapKeywords(`${'x'.repeat(81)}, kurz`)).toEqual(['kurz']);
  });
});

describe('mapLocation', () => {
  it('turns an office into a department with organisation unit, address and contact', () => {
    expect(mapLocation(locations.entries[0])).toEqual({
      code: 'DLDB-500',
      name: 'Bürgerbüro Mitte (BB-1) – Ordnungsamt',
      phone: '01234 567-0',
      email: 'buergerbuero@musterstadt.example',
      address: 'Marktplatz 3, 12345 Musterstadt',
      appointmentUrl: 'https://termine.musterstadt.example/#/locations/500',
    });
  });

  it('leaves out what the office does not state', () => {
    expect(mapLocation(locations.entries[1])).toMatchObject({
      name: 'Fischereibehörde',
      address: 'Am Wasser, 12345 Musterstadt',
      appointmentUrl: null,
    });
  });
});

describe('departmentCode', () => {
  it('is DLDB-<id> when that is a valid code, else a stable hash', () => {
    expect(departmentCode('10546')).toBe('DLDB-10546');
    const long = departmentCode('1234567890123456789');
    expect(long).toMatch(/^DLDB-[0-9A-F]{15}$/);
    expect(departmentCode('1234567890123456789')).toBe(long);
  });
});
