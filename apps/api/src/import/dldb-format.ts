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

/** Reads a services export (`{ data: [...], meta }` or a bare array). */
export function parseDldbServices(json: unknown): ParsedExport<DldbService> {
  return parseEntries(json, readService);
}

/** Reads a locations export (`{ data: [...], meta }` or a bare array). */
export function parseDldbLocations(json: unknown): ParsedExport<DldbLocation> {
  return parseEntries(json, readLocation);
}

function parseEntries<T>(json: unknown, read: (entry: Json) => T | string): ParsedExport<T> {
  const data = listOf(json) ?? (isObject(json) ? listOf(json.data) : null);
  if (!data) throw new Error('Keine DLDB-Exportdatei: erwartet wird { "data": [ … ] }.');
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
