// The DLDB JSON export ("Dienstleistungsdatenbank", used by Berlin's and Munich's service portals
// and their appointment system). Only the fields the import reads are described; the files carry
// many more. Input is untrusted: every field is checked, a malformed entry is skipped with a
// reason instead of failing the whole import.

/** A link or form of a service. */
export interface DldbLink {
  name: string;
  link: string;
}

/** A public service of the catalogue. */
export interface DldbService {
  id: string;
  name: string;
  /** HTML. */
  description: string;
  /** HTML; absent when the service is free or the fee is unknown. */
  fees: string;
  /** Comma-separated citizen words ("Gewerbe anmelden, Gewerbeschein, …"). */
  keywords: string;
  leika: string | null;
  /** Location ids in the order the catalogue lists them. */
  locationIds: string[];
  /** The first authority (used as department when no location is known). */
  authority: { id: string; name: string } | null;
  links: DldbLink[];
  forms: DldbLink[];
  /** Appointment booking URL, may contain the placeholder {serviceId}. */
  appointmentUrl: string | null;
  /** When the catalogue last changed the entry (`meta.lastupdate`), ISO; null when absent or unreadable. */
  lastUpdate: string | null;
}

/** An office (Standort) of the catalogue. */
export interface DldbLocation {
  id: string;
  name: string;
  organizationUnit: string | null;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  /** Booking URL, may contain the placeholder {locationId}. */
  url: string | null;
}

/** Entries of one export file, plus those that could not be read. */
export interface ParsedExport<T> {
  entries: T[];
  invalid: { index: number; reason: string }[];
}

type Json = Record<string, unknown>;

/** What a DLDB export file holds, told by the shape of its entries. */
export type DldbFileKind = 'services' | 'locations' | 'unknown';

/** A file of the wrong kind: nothing of it may be imported. */
export class DldbFileKindError extends Error {
  constructor(
    readonly expected: 'services' | 'locations',
    readonly found: DldbFileKind,
  ) {
    super(kindMessage(expected, found));
    this.name = 'DldbFileKindError';
  }
}

const KIND_NAMES = {
  services: { de: 'ein Leistungs-Export (services_de.json)', en: 'a services export' },
  locations: { de: 'ein Standort-Export (locations_de.json)', en: 'a locations export' },
  unknown: { de: 'kein erkennbarer DLDB-Export', en: 'no recognisable DLDB export' },
} as const;

function kindMessage(expected: 'services' | 'locations', found: DldbFileKind): string {
  const wanted = KIND_NAMES[expected];
  const got = KIND_NAMES[found];
  return (
    `Falsche Datei: erwartet wird ${wanted.de}, die Datei ist ${got.de}. Es wurde nichts importiert.\n` +
    `Wrong file: expected ${wanted.en}, the file is ${got.en}. Nothing was imported.`
  );
}

/**
 * Tells a services export from a locations export. A service lists its `locations`
 * ([{ location }]) and has `description`, `fees`, `leika` or `authorities`; a location has an
 * `address`, a `contact` and the `services` ([{ service }]) offered there. The majority of the
 * entries decides; a file whose entries show neither is `unknown`.
 */
export function detectDldbFileKind(json: unknown): DldbFileKind {
  const data = dataOf(json);
  if (!data) return 'unknown';
  let services = 0;
  let locations = 0;
  for (const entry of data) {
    if (!isObject(entry)) continue;
    if (looksLikeLocation(entry)) locations += 1;
    else if (looksLikeService(entry)) services += 1;
  }
  if (locations > services) return 'locations';
  return services > 0 ? 'services' : 'unknown';
}

function looksLikeLocation(entry: Json): boolean {
  const offered = listOf(entry.services);
  return isObject(entry.address) || isObject(entry.contact) || (offered !== null && offered.some((s) => isObject(s) && 'service' in s));
}

function looksLikeService(entry: Json): boolean {
  const offices = listOf(entry.locations);
  return (
    (offices !== null && (offices.length === 0 || offices.some((l) => isObject(l) && 'location' in l))) ||
    'description' in entry ||
    'fees' in entry ||
    'leika' in entry ||
    listOf(entry.authorities) !== null
  );
}

/**
 * Reads a services export (`{ data: [...], meta }` or a bare array). A locations export (or a
 * file whose entries are neither) is refused whole with a DldbFileKindError.
 */
export function parseDldbServices(json: unknown): ParsedExport<DldbService> {
  requireKind(json, 'services');
  return parseEntries(json, readService);
}

/** Reads a locations export (`{ data: [...], meta }` or a bare array); a services export is refused. */
export function parseDldbLocations(json: unknown): ParsedExport<DldbLocation> {
  requireKind(json, 'locations');
  return parseEntries(json, readLocation);
}

/** Throws when the file is a DLDB export of the other kind or not recognisable (an empty list passes). */
export function requireKind(json: unknown, expected: 'services' | 'locations'): void {
  const data = dataOf(json);
  if (!data) throw new Error(NOT_AN_EXPORT);
  if (data.length === 0) return;
  const found = detectDldbFileKind(json);
  if (found !== expected) throw new DldbFileKindError(expected, found);
}

const NOT_AN_EXPORT = 'Keine DLDB-Exportdatei: erwartet wird { "data": [ … ] }. / Not a DLDB export: expected { "data": [ … ] }.';

function dataOf(json: unknown): unknown[] | null {
  return listOf(json) ?? (isObject(json) ? listOf(json.data) : null);
}

function parseEntries<T>(json: unknown, read: (entry: Json) => T | string): ParsedExport<T> {
  const data = dataOf(json);
  if (!data) throw new Error(NOT_AN_EXPORT);
  const result: ParsedExport<T> = { entries: [], invalid: [] };
  data.forEach((entry: unknown, index: number) => {
    const parsed = isObject(entry) ? read(entry) : 'Eintrag ist kein Objekt';
    if (typeof parsed === 'string') result.invalid.push({ index, reason: parsed });
    else result.entries.push(parsed);
  });
  return result;
}

function readService(entry: Json): DldbService | string {
  const id = idOf(entry.id);
  if (!id) return 'id fehlt';
  const name = text(entry.name).trim();
  if (!name) return `Leistung ${id}: Name fehlt`;
  const meta = isObject(entry.meta) ? entry.meta : {};
  const authority = (listOf(entry.authorities) ?? []).find(isObject) ?? null;
  return {
    id,
    name,
    description: text(entry.description),
    fees: text(entry.fees),
    keywords: text(meta.keywords),
    leika: typeof entry.leika === 'string' ? entry.leika.trim() : null,
    locationIds: (listOf(entry.locations) ?? []).map((l) => (isObject(l) ? idOf(l.location) : null)).filter(isString),
    authority: authority && idOf(authority.id) ? { id: idOf(authority.id) ?? '', name: text(authority.name).trim() } : null,
    links: readLinks(entry.links),
    forms: readLinks(entry.forms),
    appointmentUrl: isObject(entry.appointment) ? text(entry.appointment.link) || null : null,
    lastUpdate: dateOf(meta.lastupdate),
  };
}

function readLocation(entry: Json): DldbLocation | string {
  const id = idOf(entry.id);
  if (!id) return 'id fehlt';
  const name = text(entry.name).trim();
  if (!name) return `Standort ${id}: Name fehlt`;
  const address = isObject(entry.address) ? entry.address : {};
  const contact = isObject(entry.contact) ? entry.contact : {};
  const meta = isObject(entry.meta) ? entry.meta : {};
  return {
    id,
    name,
    organizationUnit: text(entry.organizationUnit).trim() || null,
    street: text(address.street).trim(),
    houseNumber: text(address.house_number).trim(),
    postalCode: text(address.postal_code).trim(),
    city: text(address.city).trim(),
    phone: text(contact.phone).trim(),
    email: text(contact.email).trim(),
    url: text(meta.url).trim() || null,
  };
}

// DLDB writes local times without a zone ("2026-06-08T07:41:01"): they are the office's (Berlin).
function dateOf(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) || !value.includes('T') ? value : `${value}${berlinOffset(value)}`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1990 ? null : date.toISOString();
}

// Central European time: +01:00, summer time (last Sunday of March to last Sunday of October) +02:00.
function berlinOffset(local: string): string {
  const asUtc = new Date(`${local}Z`);
  if (Number.isNaN(asUtc.getTime())) return '';
  const year = asUtc.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 2));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  return asUtc.getTime() >= lastSunday(2) && asUtc.getTime() < lastSunday(9) + 3_600_000 ? '+02:00' : '+01:00';
}

function readLinks(value: unknown): DldbLink[] {
  return (listOf(value) ?? [])
    .filter(isObject)
    .map((l) => ({ name: text(l.name).trim(), link: text(l.link).trim() }))
    .filter((l) => l.link.length > 0);
}

function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' && /^[0-9A-Za-z_-]{1,40}$/.test(value.trim()) ? value.trim() : null;
}

// DLDB writes `false` for absent strings.
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function listOf(value: unknown): unknown[] | null {
  return Array.isArray(value) ? (value as unknown[]) : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: string | null): value is string {
  return value !== null;
}
