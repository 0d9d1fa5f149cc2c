// A small DLDB export whose service leaves out what the real catalogue often leaves out: no
// fees, no documents (the catalogue has no such field), no opening hours at its offices; it is
// served at three offices. Used by the import spec and the browser check of the card (issue 14).

/** The service's external reference after the import. */
export const INCOMPLETE_SERVICE_REF = 'dldb:910001';
/** Its title. */
export const INCOMPLETE_SERVICE_TITLE = 'Wohnsitz anmelden (Testkatalog)';
/** Its `meta.lastupdate` (Berlin local time, as DLDB writes it) and the same moment in UTC. */
export const INCOMPLETE_SERVICE_LASTUPDATE = '2026-03-02T10:15:00';
export const INCOMPLETE_SERVICE_LASTUPDATE_UTC = '2026-03-02T09:15:00.000Z';
/** Its description, one paragraph, which the import also takes as the short answer. */
export const INCOMPLETE_SERVICE_SHORT_ANSWER =
  'Wer in die Stadt zieht, meldet seinen Wohnsitz innerhalb von zwei Wochen in einem der Bürgerbüros an.';
/** Names of its offices in the catalogue's order. */
export const INCOMPLETE_SERVICE_OFFICES = [
  'Bürgerbüro Nord – Kreisverwaltungsreferat',
  'Bürgerbüro Süd – Kreisverwaltungsreferat',
  'Bürgerbüro West',
];

/** The services export (fresh objects on every call). */
export function incompleteServicesExport(): unknown {
  return {
    meta: { generated: '2026-03-03T06:00:00', datacount: 1 },
    data: [
      {
        id: '910001',
        name: INCOMPLETE_SERVICE_TITLE,
        description: `<p>${INCOMPLETE_SERVICE_SHORT_ANSWER}</p>`,
        meta: { lastupdate: INCOMPLETE_SERVICE_LASTUPDATE, locale: 'de', keywords: 'Ummelden, Anmelden, Umzug', id: '910001' },
        authorities: [{ id: '9', name: 'Teststadt Verwaltung' }],
        locations: [{ location: '920001' }, { location: '920002' }, { location: '920003' }],
        leika: '99115001000000',
        public: true,
        links: [],
        forms: [],
        appointment: { link: false },
      },
    ],
  };
}

/** The locations export: three offices, none with opening hours (DLDB has none). */
export function incompleteLocationsExport(): unknown {
  const office = (id: string, name: string, unit: string | null, street: string) => ({
    id,
    name,
    organizationUnit: unit,
    meta: { url: false },
    address: { street, house_number: '1', postal_code: '80000', city: 'Teststadt' },
    contact: { phone: `089 000-${id.slice(-1)}`, email: false },
    services: [{ service: '910001' }],
  });
  return {
    meta: { generated: '2026-03-03T06:00:00', datacount: 3 },
    data: [
      office('920001', 'Bürgerbüro Nord', 'Kreisverwaltungsreferat', 'Nordstraße'),
      office('920002', 'Bürgerbüro Süd', 'Kreisverwaltungsreferat', 'Südstraße'),
      office('920003', 'Bürgerbüro West', null, 'Weststraße'),
    ],
  };
}
