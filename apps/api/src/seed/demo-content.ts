import type { ArticleContent, ArticleKind, ArticleLink, DepartmentInput, OpeningHours, TiptapDoc, TiptapNode } from '@bsc/domain';

// Demo content of the fictional "Landratsamt Musterkreis" (a Bavarian district office, hence
// BayBO and the Bavarian split of duties). Names, phone numbers and addresses are invented; own
// URLs use the reserved .example domain. Fees and deadlines are plausible as of 2026 but are demo
// data, not legal advice. One data file on purpose: the seeder and reviewers read it top to bottom.

/** A catalogue document (Unterlage); `key` is how demo articles refer to it. */
export interface DemoDocument {
  key: string;
  name: string;
  description: string;
}

/** A demo article with its department, workflow state and age of its last review. */
export interface DemoArticle {
  key: string;
  departmentCode: string;
  kind: ArticleKind;
  content: Omit<ArticleContent, 'documents'>;
  documents: { documentKey: string; note?: string }[];
  state: 'published' | 'draft' | 'in_review';
  lastVerifiedDaysAgo: number;
}

// --- Tiptap body builders: keep the article bodies below readable as prose. ---

type Inline = string | TiptapNode;

const toInline = (part: Inline): TiptapNode => (typeof part === 'string' ? { type: 'text', text: part } : part);
const bold = (text: string): TiptapNode => ({ type: 'text', text, marks: [{ type: 'bold' }] });
const italic = (text: string): TiptapNode => ({ type: 'text', text, marks: [{ type: 'italic' }] });
const link = (text: string, href: string): TiptapNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});
const p = (...parts: Inline[]): TiptapNode => ({ type: 'paragraph', content: parts.map(toInline) });
const h2 = (text: string): TiptapNode => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [toInline(text)],
});
const h3 = (text: string): TiptapNode => ({
  type: 'heading',
  attrs: { level: 3 },
  content: [toInline(text)],
});
const items = (entries: (Inline | Inline[])[]): TiptapNode[] =>
  entries.map((entry) => ({
    type: 'listItem',
    content: [p(...(Array.isArray(entry) ? entry : [entry]))],
  }));
const ul = (...entries: (Inline | Inline[])[]): TiptapNode => ({
  type: 'bulletList',
  content: items(entries),
});
const ol = (...entries: (Inline | Inline[])[]): TiptapNode => ({
  type: 'orderedList',
  content: items(entries),
});
const body = (...nodes: TiptapNode[]): TiptapDoc => ({ type: 'doc', content: nodes });

/** The note every agent-facing body ends with: what the BSC itself can do. */
const bscNote = (lead: string, ...rest: Inline[]): TiptapNode[] => [
  h2('Hinweise für das Bürgerservicecenter'),
  p(bold(lead), ' ', ...rest),
];

// --- Departments ---

const ADDRESS = 'Landratsamt Musterkreis, Landrat-Huber-Platz 1, 12345 Musterstadt';
const SITE = 'https://www.musterkreis.example';

/** Opening hours from [day, opens, closes] triples (day 0 = Monday). */
function hours(slots: [number, string, string][], note?: string): OpeningHours {
  const weekly = slots.map(([day, opens, closes]) => ({ day, opens, closes }));
  return note ? { weekly, note } : { weekly };
}

const WEEKDAYS = [0, 1, 2, 3, 4];
const mornings = (opens: string, closes: string): [number, string, string][] => WEEKDAYS.map((day) => [day, opens, closes]);

/** The departments (Fachbereiche) of the demo district office. */
export const DEMO_DEPARTMENTS: readonly DepartmentInput[] = [
  {
    code: 'BSC',
    name: 'Bürgerservicecenter',
    phone: '01234 567-100',
    email: 'buergerservice@musterkreis.example',
    room: 'Erdgeschoss, Foyer, Schalter 1–6',
    address: ADDRESS,
    openingHours: hours(
      [
        [0, '07:30', '16:00'],
        [1, '07:30', '16:00'],
        [2, '07:30', '13:00'],
        [3, '07:30', '18:00'],
        [4, '07:30', '12:30'],
      ],
      'Jeden ersten Samstag im Monat zusätzlich 9:00–12:00 Uhr (nur Kfz-Zulassung mit Termin).',
    ),
    appointmentUrl: `${SITE}/termine/buergerservice`,
    reviewIntervalDays: 90,
  },
  {
    code: 'KFZ',
    name: 'Zulassungsstelle',
    phone: '01234 567-310',
    email: 'zulassung@musterkreis.example',
    room: 'Erdgeschoss, Zimmer E.12–E.18',
    address: ADDRESS,
    openingHours: hours(
      [...mornings('07:30', '12:00'), [3, '14:00', '17:30']],
      'Vorsprache nur mit Termin; Abmeldungen auch ohne Termin am BSC. Letzte Annahme 30 Minuten vor Schalterschluss.',
    ),
    appointmentUrl: `${SITE}/termine/zulassungsstelle`,
    reviewIntervalDays: 180,
  },
  {
    code: 'FS',
    name: 'Führerscheinstelle',
    phone: '01234 567-320',
    email: 'fuehrerschein@musterkreis.example',
    room: 'Erdgeschoss, Zimmer E.20–E.23',
    address: ADDRESS,
    openingHours: hours([...mornings('07:30', '12:00'), [3, '14:00', '17:30']], 'Abholung fertiger Führerscheine ohne Termin.'),
    appointmentUrl: `${SITE}/termine/fuehrerscheinstelle`,
    reviewIntervalDays: 180,
  },
  {
    code: 'ABH',
    name: 'Ausländerbehörde',
    phone: '01234 567-330',
    email: 'auslaenderbehoerde@musterkreis.example',
    room: '2. Obergeschoss, Zimmer 2.10–2.19',
    address: ADDRESS,
    openingHours: hours(
      [
        [0, '08:00', '12:00'],
        [1, '08:00', '12:00'],
        [3, '13:30', '17:30'],
        [4, '08:00', '12:00'],
      ],
      'Nur nach Terminvereinbarung; mittwochs keine Vorsprache.',
    ),
    appointmentUrl: `${SITE}/termine/auslaenderbehoerde`,
    reviewIntervalDays: 90,
  },
  {
    code: 'BAU',
    name: 'Bauamt – Untere Bauaufsichtsbehörde',
    phone: '01234 567-340',
    email: 'bauamt@musterkreis.example',
    room: '3. Obergeschoss, Zimmer 3.01–3.15',
    address: ADDRESS,
    openingHours: hours([...mornings('08:00', '12:00'), [3, '14:00', '16:00']], 'Bauberatung nach Terminvereinbarung.'),
    appointmentUrl: `${SITE}/termine/bauberatung`,
    reviewIntervalDays: 365,
  },
  {
    code: 'JUG',
    name: 'Amt für Jugend und Familie',
    phone: '01234 567-350',
    email: 'jugendamt@musterkreis.example',
    room: 'Gebäude B, 1. Obergeschoss',
    address: 'Landratsamt Musterkreis, Gebäude B, Schulstraße 4, 12345 Musterstadt',
    openingHours: hours(
      [...mornings('08:00', '12:00'), [3, '14:00', '17:00']],
      'Bei Gefahr für ein Kind außerhalb der Öffnungszeiten: Polizei 110.',
    ),
    appointmentUrl: null,
    reviewIntervalDays: 365,
  },
  {
    code: 'SOZ',
    name: 'Sozialamt und Wohngeldstelle',
    phone: '01234 567-360',
    email: 'sozialamt@musterkreis.example',
    room: '1. Obergeschoss, Zimmer 1.30–1.42',
    address: ADDRESS,
    openingHours: hours([...mornings('08:00', '12:00'), [3, '14:00', '17:00']]),
    appointmentUrl: `${SITE}/termine/sozialamt`,
    reviewIntervalDays: 180,
  },
];

// --- Document catalogue ---

const doc = (key: string, name: string, description: string): DemoDocument => ({
  key,
  name,
  description,
});

/** The catalogue of documents (Unterlagen) the demo articles refer to. */
export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  doc(
    'id-card',
    'Personalausweis oder Reisepass',
    'Gültiges amtliches Ausweisdokument mit Lichtbild. Beim Reisepass zusätzlich eine aktuelle Meldebescheinigung, da er keine Anschrift enthält.',
  ),
  doc(
    'passport',
    'Gültiger Nationalpass',
    'Pass des Herkunftsstaats, mindestens für die beantragte Dauer gültig. Ausweisersatz nur, wenn kein Pass zumutbar zu erlangen ist.',
  ),
  doc(
    'evb',
    'eVB-Nummer (elektronische Versicherungsbestätigung)',
    'Siebenstelliger Code der Kfz-Haftpflichtversicherung. Erhältlich bei der Versicherung, meist sofort per E-Mail oder SMS.',
  ),
  doc('zb1', 'Zulassungsbescheinigung Teil I (Fahrzeugschein)', 'Im Original. Bei älteren Fahrzeugen auch der bisherige Fahrzeugschein.'),
  doc(
    'zb2',
    'Zulassungsbescheinigung Teil II (Fahrzeugbrief)',
    'Im Original. Bei finanzierten oder geleasten Fahrzeugen liegt er oft bei der Bank – rechtzeitig anfordern.',
  ),
  doc(
    'coc',
    'Übereinstimmungsbescheinigung (CoC-Papier)',
    'Vom Hersteller ausgestellte EG-Übereinstimmungsbescheinigung des Neufahrzeugs; das Autohaus händigt sie mit dem Fahrzeug aus.',
  ),
  doc(
    'sepa',
    'SEPA-Lastschriftmandat für die Kfz-Steuer',
    'Vordruck des Zolls, unterschrieben von der Kontoinhaberin oder dem Kontoinhaber. Liegt in der Zulassungsstelle aus und steht online bereit.',
  ),
  doc(
    'hu',
    'Nachweis über die Hauptuntersuchung',
    'Prüfbericht der letzten Hauptuntersuchung (HU), sofern die HU-Fälligkeit nicht in der Zulassungsbescheinigung Teil I eingetragen ist.',
  ),
  doc(
    'plates',
    'Bisherige Kennzeichenschilder',
    'Beide Schilder des Fahrzeugs. Fehlt ein Schild, wird eine Verlusterklärung vor Ort aufgenommen.',
  ),
  doc(
    'scrap-certificate',
    'Verwertungsnachweis',
    'Bescheinigung eines anerkannten Demontagebetriebs, dass das Fahrzeug verschrottet wird.',
  ),
  doc(
    'power-of-attorney',
    'Vollmacht mit Ausweis der vertretenen Person',
    'Schriftliche Vollmacht und Personalausweis (oder Kopie) der vertretenen Person; die bevollmächtigte Person bringt ihren eigenen Ausweis mit.',
  ),
  doc(
    'company-register',
    'Gewerbeanmeldung oder Handelsregisterauszug',
    'Für Zulassungen auf eine Firma; bei Vereinen ein Vereinsregisterauszug.',
  ),
  doc(
    'plate-reservation',
    'Reservierungsbestätigung für das Wunschkennzeichen',
    'Ausdruck oder Reservierungsnummer der Online-Reservierung.',
  ),
  doc(
    'biometric-photo',
    'Biometrisches Passbild',
    'Aktuelles Passbild 35 × 45 mm, frontal, neutraler Hintergrund. Bei vielen Behörden auch digital über einen zertifizierten Fotografen.',
  ),
  doc(
    'eye-test',
    'Sehtestbescheinigung',
    'Bescheinigung einer amtlich anerkannten Sehteststelle (z. B. Optiker), nicht älter als zwei Jahre.',
  ),
  doc(
    'first-aid',
    'Nachweis über die Erste-Hilfe-Schulung',
    'Teilnahmebescheinigung einer anerkannten Stelle über einen Erste-Hilfe-Kurs (9 Unterrichtseinheiten).',
  ),
  doc('driving-school', 'Anmeldebestätigung der Fahrschule', 'Bestätigung der Fahrschule über die Anmeldung zur Ausbildung.'),
  doc('driving-licence', 'Bisheriger Führerschein', 'Der aktuelle Führerschein im Original (Papier- oder Kartenführerschein).'),
  doc(
    'index-card-copy',
    'Karteikartenabschrift',
    'Auszug der Behörde, die den bisherigen Führerschein ausgestellt hat; nur nötig, wenn dies nicht das Landratsamt Musterkreis war.',
  ),
  doc('loss-report', 'Diebstahlsanzeige der Polizei', 'Bescheinigung über die Anzeige bei der Polizei, wenn das Dokument gestohlen wurde.'),
  doc(
    'parental-consent',
    'Einverständniserklärung der Sorgeberechtigten',
    'Unterschrift aller Sorgeberechtigten auf dem Antrag; bei alleinigem Sorgerecht ein Nachweis darüber.',
  ),
  doc(
    'companion-licences',
    'Führerscheine der Begleitpersonen (Kopie)',
    'Kopie von Vorder- und Rückseite des Führerscheins jeder Begleitperson.',
  ),
  doc('residence-permit', 'Bisheriger Aufenthaltstitel', 'Elektronischer Aufenthaltstitel (eAT) oder Visum im Pass, im Original.'),
  doc(
    'health-insurance',
    'Nachweis über die Krankenversicherung',
    'Aktuelle Mitgliedsbescheinigung der gesetzlichen oder privaten Krankenversicherung.',
  ),
  doc(
    'income-proof',
    'Einkommensnachweise',
    'Arbeitsvertrag und Gehaltsabrechnungen, bei Selbstständigen der letzte Steuerbescheid; welche Zeiträume nötig sind, steht im jeweiligen Artikel.',
  ),
  doc(
    'rental-contract',
    'Mietvertrag bzw. Nachweis der Wohnkosten',
    'Mietvertrag mit Angabe von Kaltmiete und Nebenkosten; bei Wohneigentum Nachweise über die Belastungen.',
  ),
  doc(
    'pension-proof',
    'Versicherungsverlauf der Deutschen Rentenversicherung',
    'Aktueller Versicherungsverlauf mit den gezahlten Pflichtbeiträgen; kostenlos bei der Deutschen Rentenversicherung erhältlich.',
  ),
  doc(
    'language-certificate',
    'Sprachnachweis Deutsch (Niveau B1)',
    'Zertifikat „Deutsch-Test für Zuwanderer“ B1 oder ein gleichwertiger Nachweis, z. B. deutscher Schulabschluss.',
  ),
  doc(
    'civic-test',
    'Bescheinigung „Leben in Deutschland“',
    'Nachweis über Grundkenntnisse der Rechts- und Gesellschaftsordnung, z. B. Test „Leben in Deutschland“ oder Orientierungskurs.',
  ),
  doc(
    'guest-passport',
    'Passdaten der eingeladenen Personen',
    'Name, Geburtsdatum, Staatsangehörigkeit und Passnummer jeder Person, am besten als Kopie der Passdatenseite.',
  ),
  doc(
    'building-plans',
    'Bauvorlagen',
    'Lageplan, Bauzeichnungen, Baubeschreibung und Berechnungen, unterschrieben von der Entwurfsverfasserin oder dem Entwurfsverfasser und der Bauherrschaft.',
  ),
  doc(
    'land-register',
    'Nachweis des Grundeigentums',
    'Grundbuchauszug oder, wenn die Bauherrschaft nicht Eigentümer ist, die schriftliche Zustimmung der Eigentümer.',
  ),
  doc('birth-certificate', 'Geburtsurkunde des Kindes', 'Geburtsurkunde oder Abstammungsurkunde des Kindes.'),
  doc('residence-registration', 'Meldebescheinigung', 'Aktuelle Bescheinigung der Wohnsitzgemeinde über die Anmeldung.'),
  doc(
    'kita-contract',
    'Betreuungsvertrag',
    'Vertrag mit der Kindertageseinrichtung oder Tagespflegeperson mit Angabe des monatlichen Elternbeitrags.',
  ),
  doc(
    'benefit-notice',
    'Aktueller Leistungsbescheid',
    'Bescheid über Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz.',
  ),
];

// --- Links ---

const online = (label: string, path: string): ArticleLink => ({
  label,
  url: `${SITE}${path}`,
  kind: 'online_service',
});
const form = (label: string, path: string): ArticleLink => ({
  label,
  url: `${SITE}${path}`,
  kind: 'form',
});
const appointment = (label: string, path: string): ArticleLink => ({
  label,
  url: `${SITE}${path}`,
  kind: 'appointment',
});
const info = (label: string, url: string): ArticleLink => ({ label, url, kind: 'info' });

// --- Articles: Zulassungsstelle (KFZ) ---

const KFZ_ARTICLES: DemoArticle[] = [
  {
    key: 'kfz-neuzulassung',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 20,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'evb' },
      {
        documentKey: 'coc',
        note: 'Bei Neufahrzeugen; hat der Hersteller bereits eine Zulassungsbescheinigung Teil II ausgestellt, diese mitbringen.',
      },
      { documentKey: 'zb2', note: 'Nur falls bereits vorhanden.' },
      { documentKey: 'sepa' },
      { documentKey: 'plate-reservation', note: 'Nur bei reserviertem Wunschkennzeichen.' },
      {
        documentKey: 'power-of-attorney',
        note: 'Nur wenn eine andere Person die Zulassung für Sie erledigt.',
      },
      {
        documentKey: 'company-register',
        note: 'Nur bei Zulassung auf eine Firma oder einen Verein.',
      },
    ],
    content: {
      title: 'Fahrzeugzulassung – Neuzulassung eines Pkw',
      keywords: [
        'Auto anmelden',
        'Neuwagen zulassen',
        'Auto zulassen',
        'Erstzulassung',
        'Nummernschild beantragen',
        'Kennzeichen neu',
        'Pkw anmelden',
        'Zulassungsstelle',
      ],
      shortAnswer:
        'Einen neuen Pkw lassen Sie bei der Zulassungsstelle des Landratsamts zulassen – persönlich mit Termin oder online über i-Kfz. Mitzubringen sind Ausweis, eVB-Nummer, die Übereinstimmungsbescheinigung (CoC) und ein SEPA-Mandat für die Kfz-Steuer. Die Zulassung kostet 30,70 Euro, dazu kommen die Kennzeichenschilder.',
      body: body(
        h2('Wer stellt den Antrag?'),
        p(
          'Die Zulassung beantragt die Person oder Firma, auf die das Fahrzeug laufen soll (künftige Halterin oder künftiger Halter). Sie muss ihren Wohnsitz oder Firmensitz im Musterkreis haben. Mit schriftlicher Vollmacht kann eine andere Person den Antrag stellen; Autohäuser und Zulassungsdienste übernehmen das häufig.',
        ),
        h2('Ablauf'),
        ol(
          'Kfz-Haftpflichtversicherung abschließen und die eVB-Nummer geben lassen.',
          'Bei Bedarf ein Wunschkennzeichen reservieren.',
          'Termin bei der Zulassungsstelle buchen oder den Antrag online über i-Kfz stellen.',
          'Unterlagen vorlegen und Gebühren bezahlen.',
          'Kennzeichenschilder bei einem Schilderprägebetrieb besorgen und am Schalter siegeln lassen.',
        ),
        h3('Online-Zulassung mit i-Kfz'),
        p(
          'Wer einen Personalausweis mit Online-Ausweisfunktion hat, kann die Zulassung vollständig online beantragen. Die Zulassungsbescheinigung und die Siegelplaketten kommen per Post; bis dahin darf das Fahrzeug mit dem vorläufigen Zulassungsnachweis ',
          italic('innerhalb Deutschlands'),
          ' gefahren werden.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC prüft die Unterlagen auf Vollständigkeit und vergibt Termine. Die Zulassung selbst erfolgt am Schalter der Zulassungsstelle. Gebrauchtfahrzeuge: siehe „Umschreibung eines Gebrauchtfahrzeugs“.',
        ),
      ),
      prerequisites:
        'Wohnsitz oder Firmensitz im Musterkreis; gültige Kfz-Haftpflichtversicherung (eVB-Nummer); Übereinstimmungsbescheinigung oder Zulassungsbescheinigung Teil II des Fahrzeugs; keine Kfz-Steuerrückstände beim Hauptzollamt.',
      fees: 'Zulassung eines Neufahrzeugs: 30,70 €\nOnline über i-Kfz: 27,90 €\nWunschkennzeichen: zusätzlich 10,20 € (Reservierung 2,60 €)\nKennzeichenschilder: ca. 25–40 € je Paar beim Schilderprägebetrieb (keine Gebühr des Landratsamts)',
      procedure:
        '1. Termin online buchen oder i-Kfz nutzen.\n2. Unterlagen am Schalter vorlegen; die Zulassungsstelle erfasst die Daten.\n3. Gebühren bezahlen (Karte oder Kassenautomat).\n4. Kennzeichenschilder prägen lassen und zur Siegelung vorlegen.\n5. Zulassungsbescheinigung Teil I und gesiegelte Schilder mitnehmen – das Fahrzeug darf sofort fahren.',
      processingTime: 'Am Schalter sofort (etwa 20 Minuten). Online über i-Kfz in der Regel 1–3 Werktage.',
      deadlines: 'Keine gesetzliche Frist. Die eVB-Nummer ist je nach Versicherung nur einige Monate gültig.',
      links: [
        appointment('Termin Zulassungsstelle buchen', '/termine/zulassungsstelle'),
        online('Online-Zulassung (i-Kfz)', '/ikfz'),
        form('Antrag auf Zulassung (PDF)', '/formulare/kfz-zulassung.pdf'),
        info('Kraftfahrt-Bundesamt', 'https://www.kba.de'),
      ],
      legalBasis:
        '§ 6 Fahrzeug-Zulassungsverordnung (FZV); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt); Kraftfahrzeugsteuergesetz (KraftStG)',
      contactOverride: null,
      leikaKey: '99036012104000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'kfz-umschreibung',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 45,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'zb1' },
      { documentKey: 'zb2' },
      { documentKey: 'evb' },
      { documentKey: 'sepa' },
      { documentKey: 'hu', note: 'Nur wenn die HU-Fälligkeit nicht im Fahrzeugschein steht.' },
      { documentKey: 'plates', note: 'Nur wenn das Fahrzeug ein neues Kennzeichen bekommt.' },
      {
        documentKey: 'power-of-attorney',
        note: 'Nur wenn eine andere Person die Umschreibung erledigt.',
      },
    ],
    content: {
      title: 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)',
      keywords: [
        'Auto ummelden',
        'Gebrauchtwagen anmelden',
        'Auto gekauft',
        'Halterwechsel',
        'Fahrzeug ummelden',
        'Besitzumschreibung',
        'Kennzeichen behalten',
      ],
      shortAnswer:
        'Wer ein gebrauchtes Fahrzeug kauft, lässt es bei der Zulassungsstelle auf sich umschreiben. Mitzubringen sind Ausweis, Fahrzeugschein und Fahrzeugbrief, eine eVB-Nummer und ein SEPA-Mandat für die Kfz-Steuer. Die Umschreibung kostet ab 26,30 Euro.',
      body: body(
        h2('Wann ist eine Umschreibung nötig?'),
        p(
          'Immer wenn ein Fahrzeug den Halter wechselt – durch Kauf, Schenkung oder Erbschaft. Das gilt für zugelassene und für außer Betrieb gesetzte Fahrzeuge. Die Verkäuferin oder der Verkäufer sollte den Verkauf zusätzlich der eigenen Versicherung melden.',
        ),
        h2('Was passiert mit dem Kennzeichen?'),
        ul(
          'Fahrzeug ist bereits im Musterkreis zugelassen: Das Kennzeichen kann bleiben.',
          'Fahrzeug kommt aus einem anderen Zulassungsbezirk: Es bekommt in der Regel ein neues MKR-Kennzeichen.',
          'Fahrzeug war außer Betrieb gesetzt: Es braucht neue Kennzeichen, sofern das alte nicht reserviert wurde.',
        ),
        p(
          'Nur Umzug ohne Halterwechsel? Dann genügt eine Adressänderung in den Fahrzeugpapieren; das bisherige Kennzeichen darf bundesweit behalten werden.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC prüft die Unterlagen und vergibt Termine; umgeschrieben wird am Schalter der Zulassungsstelle.',
        ),
      ),
      prerequisites:
        'Sie sind neue Halterin oder neuer Halter und wohnen im Musterkreis; eVB-Nummer Ihrer Versicherung; gültige Hauptuntersuchung (sonst zuerst die HU durchführen lassen).',
      fees: 'Umschreibung ohne Kennzeichenwechsel: 26,30 €\nUmschreibung mit neuem Kennzeichen: 28,80 €\nOnline über i-Kfz: 24,10 €\nWunschkennzeichen: zusätzlich 10,20 €\nKennzeichenschilder: ca. 25–40 € beim Schilderprägebetrieb',
      procedure:
        '1. eVB-Nummer bei der Versicherung anfordern.\n2. Termin buchen oder online über i-Kfz beantragen.\n3. Unterlagen vorlegen und Gebühren zahlen.\n4. Bei Kennzeichenwechsel: neue Schilder prägen und siegeln lassen, alte Schilder abgeben.\n5. Neue Zulassungsbescheinigung Teil I erhalten; der Fahrzeugbrief wird auf Sie umgeschrieben.',
      processingTime: 'Am Schalter sofort. Online in der Regel 1–3 Werktage.',
      deadlines:
        'Die Umschreibung ist unverzüglich nach dem Halterwechsel zu beantragen. Wer sie verzögert, riskiert ein Verwarnungsgeld und die Zwangsabmeldung.',
      links: [
        appointment('Termin Zulassungsstelle buchen', '/termine/zulassungsstelle'),
        online('Online-Umschreibung (i-Kfz)', '/ikfz'),
        form('SEPA-Lastschriftmandat Kfz-Steuer (PDF)', '/formulare/sepa-kfz-steuer.pdf'),
      ],
      legalBasis: '§ 13 Fahrzeug-Zulassungsverordnung (FZV); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99036006080000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'kfz-ausserbetriebsetzung',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 170,
    documents: [
      { documentKey: 'zb1' },
      { documentKey: 'plates', note: 'Beide Schilder abgeschraubt mitbringen.' },
      { documentKey: 'scrap-certificate', note: 'Nur wenn das Fahrzeug verschrottet wird.' },
    ],
    content: {
      title: 'Außerbetriebsetzung (Abmeldung) eines Fahrzeugs',
      keywords: [
        'Auto abmelden',
        'Fahrzeug abmelden',
        'Abmeldung',
        'stilllegen',
        'Auto verkauft',
        'Auto verschrotten',
        'Kennzeichen abgeben',
        'Nummernschild abgeben',
      ],
      shortAnswer:
        'Ein Fahrzeug können Sie direkt im Bürgerservicecenter abmelden, ohne Termin. Mitzubringen sind der Fahrzeugschein und beide Kennzeichenschilder; der Fahrzeugbrief ist nicht nötig. Die Abmeldung kostet 8,30 Euro, Versicherung und Zoll werden automatisch informiert.',
      body: body(
        h2('Was passiert bei der Abmeldung?'),
        p(
          'Die Siegel auf den Kennzeichen werden entfernt, der Fahrzeugschein erhält einen Vermerk und die Zulassungsstelle meldet die Außerbetriebsetzung elektronisch an Versicherung und Hauptzollamt. Damit enden Versicherungspflicht und Kfz-Steuer. Das Fahrzeug darf danach nicht mehr auf öffentlichen Straßen fahren oder abgestellt werden.',
        ),
        h2('Gut zu wissen'),
        ul(
          'Eine Vollmacht ist nicht nötig: Wer Fahrzeugschein und Schilder vorlegt, kann abmelden.',
          'Fahrzeuge aus anderen Landkreisen können ebenfalls im Musterkreis abgemeldet werden.',
          'Das Kennzeichen kann auf Wunsch für zwölf Monate reserviert werden.',
          'Bei Verschrottung den Verwertungsnachweis des Demontagebetriebs vorlegen.',
        ),
        h3('Online abmelden'),
        p(
          'Mit den Sicherheitscodes unter den Siegelplaketten und auf dem Fahrzeugschein ist die Abmeldung auch online über i-Kfz möglich.',
        ),
        ...bscNote('Vollständig im BSC:', 'Abmeldungen werden am BSC-Schalter 1–3 ohne Termin erledigt.'),
      ),
      prerequisites: 'Das Fahrzeug ist zugelassen; Fahrzeugschein und Kennzeichenschilder liegen vor.',
      fees: 'Außerbetriebsetzung: 8,30 €\nOnline über i-Kfz: 5,70 €\nReservierung des Kennzeichens: 2,60 €',
      procedure:
        '1. Kennzeichenschilder abschrauben.\n2. Mit Fahrzeugschein und Schildern zum BSC oder zur Zulassungsstelle kommen.\n3. Gebühr bezahlen; die Siegel werden entfernt, der Fahrzeugschein erhält einen Vermerk.\n4. Den Fahrzeugschein mit Vermerk aufbewahren – er dient als Nachweis für Versicherung, Käufer oder Verwerter.',
      processingTime: 'Sofort, in der Regel 10 Minuten.',
      deadlines:
        'Keine Frist. Fehlt der Versicherungsschutz, meldet die Versicherung das der Zulassungsstelle; dann wird das Fahrzeug gebührenpflichtig zwangsweise abgemeldet.',
      links: [online('Online-Abmeldung (i-Kfz)', '/ikfz'), info('Kraftfahrt-Bundesamt', 'https://www.kba.de')],
      legalBasis: '§ 14 Fahrzeug-Zulassungsverordnung (FZV); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99036009104000',
      bscResolution: 'complete',
    },
  },
  {
    key: 'kfz-wunschkennzeichen',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 10,
    documents: [{ documentKey: 'id-card', note: 'Nur bei Reservierung am Schalter.' }],
    content: {
      title: 'Wunschkennzeichen reservieren',
      keywords: [
        'Wunschnummer',
        'Wunschkennzeichen',
        'Nummernschild aussuchen',
        'Kennzeichen reservieren',
        'eigene Buchstaben',
        'persönliches Kennzeichen',
      ],
      shortAnswer:
        'Ein Wunschkennzeichen können Sie online oder direkt im Bürgerservicecenter für 90 Tage reservieren. Die Reservierung kostet 2,60 Euro; bei der Zulassung kommen 10,20 Euro für das Wunschkennzeichen hinzu.',
      body: body(
        h2('Welche Kombinationen sind möglich?'),
        p(
          'Das Unterscheidungszeichen des Musterkreises ist ',
          bold('MKR'),
          '. Dahinter folgen ein oder zwei Buchstaben und eine Zahl mit bis zu vier Ziffern. Insgesamt sind höchstens acht Zeichen erlaubt, bei E- und H-Kennzeichen höchstens sieben.',
        ),
        p('Nicht vergeben werden Kombinationen, die gegen die guten Sitten verstoßen, etwa Abkürzungen aus der NS-Zeit.'),
        h2('Ablauf'),
        ol(
          'Im Online-Portal oder am BSC-Schalter eine freie Kombination suchen.',
          'Reservieren und die Reservierungsnummer notieren.',
          'Bei der Zulassung die Reservierungsbestätigung vorlegen.',
        ),
        ...bscNote('Vollständig im BSC:', 'Verfügbarkeit prüfen, reservieren und die Bestätigung ausdrucken oder per E-Mail senden.'),
      ),
      prerequisites: 'Keine. Die Reservierung gilt nur für eine Zulassung im Musterkreis.',
      fees: 'Reservierung: 2,60 €\nZuteilung des Wunschkennzeichens bei der Zulassung: 10,20 €',
      procedure:
        '1. Freie Kombination online oder am BSC-Schalter suchen.\n2. Reservieren.\n3. Reservierungsbestätigung zur Zulassung mitbringen.',
      processingTime: 'Sofort.',
      deadlines: 'Die Reservierung gilt 90 Tage; danach wird die Kombination wieder frei.',
      links: [online('Wunschkennzeichen online reservieren', '/wunschkennzeichen')],
      legalBasis:
        'Fahrzeug-Zulassungsverordnung (FZV), Vorschriften über die Zuteilung von Kennzeichen; Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99036015012000',
      bscResolution: 'complete',
    },
  },
  {
    key: 'kfz-kurzzeitkennzeichen',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 60,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'evb', note: 'Eine eVB-Nummer speziell für Kurzzeitkennzeichen.' },
      {
        documentKey: 'zb2',
        note: 'Oder ein anderer Nachweis über das Fahrzeug, z. B. die Übereinstimmungsbescheinigung.',
      },
      { documentKey: 'hu', note: 'Sofern vorhanden.' },
    ],
    content: {
      title: 'Kurzzeitkennzeichen für Überführungs- und Probefahrten',
      keywords: [
        'Kurzzeitkennzeichen',
        'Überführungskennzeichen',
        'gelbes Kennzeichen',
        '5-Tage-Kennzeichen',
        'Auto überführen',
        'Probefahrt',
        'zum TÜV fahren',
      ],
      shortAnswer:
        'Für Überführungs-, Probe- oder Prüfungsfahrten mit einem nicht zugelassenen Fahrzeug gibt die Zulassungsstelle ein Kurzzeitkennzeichen aus, das fünf Tage gilt. Nötig sind Ausweis, eine eVB-Nummer für Kurzzeitkennzeichen und Angaben zum Fahrzeug. Die Gebühr beträgt 13,10 Euro zuzüglich Schilder.',
      body: body(
        h2('Wofür gibt es Kurzzeitkennzeichen?'),
        p(
          'Nur für Prüfungs-, Probe- und Überführungsfahrten, etwa um ein gekauftes Auto nach Hause oder zur Hauptuntersuchung zu fahren. Urlaubs- oder Alltagsfahrten sind damit nicht erlaubt.',
        ),
        ul(
          'Das Kennzeichen wird einem bestimmten Fahrzeug (Fahrzeug-Identifizierungsnummer) zugeordnet.',
          'Ohne gültige Hauptuntersuchung ist nur die Fahrt zur nächsten Prüfstelle erlaubt.',
          'Ausgabe nur bei der Zulassungsstelle des Wohnorts oder des Fahrzeugstandorts.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC prüft die Unterlagen und bucht einen Termin; ausgegeben wird das Kennzeichen nur am Schalter der Zulassungsstelle.',
        ),
      ),
      prerequisites:
        'Wohnsitz im Musterkreis oder Fahrzeug steht im Musterkreis; eVB-Nummer für Kurzzeitkennzeichen; gültige Hauptuntersuchung oder Fahrt direkt zur HU-Prüfstelle.',
      fees: 'Kurzzeitkennzeichen: 13,10 €\nKennzeichenschilder: ca. 15–25 € beim Schilderprägebetrieb',
      procedure:
        '1. eVB-Nummer für Kurzzeitkennzeichen bei einer Versicherung anfordern.\n2. Termin bei der Zulassungsstelle buchen.\n3. Unterlagen vorlegen, Gebühr zahlen, Fahrzeugschein für Kurzzeitkennzeichen erhalten.\n4. Schilder prägen lassen (gelber Streifen mit Ablaufdatum).',
      processingTime: 'Sofort am Schalter.',
      deadlines: 'Gültig höchstens fünf Tage ab Ausgabe; das Ablaufdatum steht auf dem gelben Streifen des Schildes.',
      links: [appointment('Termin Zulassungsstelle buchen', '/termine/zulassungsstelle')],
      legalBasis:
        'Fahrzeug-Zulassungsverordnung (FZV), Vorschriften über Kurzzeitkennzeichen; Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99036014012000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'kfz-zulassungsbescheinigung-verlust',
    departmentCode: 'KFZ',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 200,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'zb1', note: 'Wenn nur der Fahrzeugbrief fehlt.' },
      { documentKey: 'zb2', note: 'Wenn nur der Fahrzeugschein fehlt.' },
      { documentKey: 'loss-report', note: 'Nur bei Diebstahl.' },
      { documentKey: 'hu' },
    ],
    content: {
      title: 'Zulassungsbescheinigung verloren – Ersatz für Fahrzeugschein oder Fahrzeugbrief',
      keywords: [
        'Fahrzeugschein verloren',
        'Fahrzeugbrief verloren',
        'Fahrzeugpapiere gestohlen',
        'Ersatzpapiere Auto',
        'Kfz-Brief weg',
        'Zweitschrift Fahrzeugschein',
      ],
      shortAnswer:
        'Bei Verlust des Fahrzeugscheins oder Fahrzeugbriefs stellt die Zulassungsstelle Ersatz aus; dafür versichern Sie den Verlust vor Ort an Eides statt. Beim Fahrzeugbrief fragt die Zulassungsstelle erst beim Kraftfahrt-Bundesamt nach, das dauert einige Tage. Bitte einen Termin bei der Zulassungsstelle buchen – im BSC ist das nicht möglich.',
      body: body(
        h2('Fahrzeugschein (Teil I) verloren'),
        p(
          'Den Ersatz gibt es sofort am Schalter. Bis dahin darf das Fahrzeug nicht gefahren werden, weil der Fahrzeugschein mitzuführen ist.',
        ),
        h2('Fahrzeugbrief (Teil II) verloren'),
        p(
          'Die Zulassungsstelle prüft beim Kraftfahrt-Bundesamt, ob der Brief als gestohlen gemeldet oder mit einem Sperrvermerk versehen ist. Der verlorene Brief wird für ungültig erklärt. Finanzierte Fahrzeuge: Der Brief liegt oft bei der Bank – erst dort nachfragen.',
        ),
        h2('Gestohlen?'),
        p('Zuerst Anzeige bei der Polizei erstatten und die Bescheinigung mitbringen.'),
        ...bscNote(
          'Verweis an die Zulassungsstelle:',
          'Die eidesstattliche Versicherung nimmt nur die Zulassungsstelle auf. Das BSC bucht den Termin und nennt die Unterlagen.',
        ),
      ),
      prerequisites:
        'Sie sind Halterin oder Halter des Fahrzeugs. Den Verlust versichern Sie persönlich an Eides statt. Bei Diebstahl: Anzeige bei der Polizei.',
      fees: 'Ersatz Zulassungsbescheinigung Teil I: 13,40 €\nErsatz Zulassungsbescheinigung Teil II: 12,50 €\nEidesstattliche Versicherung: 30,70 €\nAnfrage beim Kraftfahrt-Bundesamt: 5,10 €',
      procedure:
        '1. Termin bei der Zulassungsstelle buchen.\n2. Verlust an Eides statt versichern.\n3. Teil I: Ersatz sofort. Teil II: Anfrage beim Kraftfahrt-Bundesamt abwarten, dann Ersatz abholen oder per Post erhalten.',
      processingTime: 'Teil I sofort; Teil II in der Regel 3–10 Werktage.',
      deadlines: 'Keine Frist. Ohne Fahrzeugschein darf das Fahrzeug nicht gefahren werden – deshalb zügig ersetzen.',
      links: [
        appointment('Termin Zulassungsstelle buchen', '/termine/zulassungsstelle'),
        info('Kraftfahrt-Bundesamt', 'https://www.kba.de'),
      ],
      legalBasis:
        'Fahrzeug-Zulassungsverordnung (FZV); § 27 Verwaltungsverfahrensgesetz (Versicherung an Eides statt); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99036010007000',
      bscResolution: 'referral',
    },
  },
  {
    key: 'kfz-faq-zahlungsarten',
    departmentCode: 'KFZ',
    kind: 'faq',
    state: 'published',
    lastVerifiedDaysAgo: 30,
    documents: [],
    content: {
      title: 'Welche Zahlungsarten akzeptiert die Zulassungsstelle?',
      keywords: ['bezahlen Zulassungsstelle', 'EC-Karte', 'Kartenzahlung', 'Barzahlung', 'Kreditkarte', 'Girocard', 'mit Handy zahlen'],
      shortAnswer:
        'An der Zulassungsstelle und im Bürgerservicecenter zahlen Sie mit Girocard, Kreditkarte oder mobil per Smartphone. Bargeld nimmt nur der Kassenautomat im Erdgeschoss an. Auf Rechnung zahlen nur registrierte Autohäuser und Zulassungsdienste.',
      body: body(
        p('Die Gebühren werden direkt nach der Bearbeitung fällig. Möglich sind:'),
        ul(
          [bold('Girocard'), ' (EC-Karte) am Schalter'],
          [bold('Kreditkarte'), ' (Visa, Mastercard) und mobiles Bezahlen am Schalter'],
          [bold('Bargeld'), ' am Kassenautomaten im Erdgeschoss neben Schalter 1; der Automat gibt Wechselgeld'],
        ),
        h3('Online-Anträge'),
        p(
          'Bei i-Kfz und der Wunschkennzeichen-Reservierung wird über das Bezahlportal des Landkreises gezahlt (Kreditkarte oder Lastschrift).',
        ),
      ),
      prerequisites: '',
      fees: 'Für Karten- oder Barzahlung fallen keine zusätzlichen Gebühren an.',
      procedure: '',
      processingTime: '',
      deadlines: '',
      links: [],
      legalBasis: '',
      contactOverride: null,
      leikaKey: null,
      bscResolution: 'complete',
    },
  },
  {
    key: 'kfz-stoerung-terminvergabe',
    departmentCode: 'KFZ',
    kind: 'notice',
    state: 'draft',
    lastVerifiedDaysAgo: 0,
    documents: [],
    content: {
      title: 'Störung: Online-Terminvergabe der Zulassungsstelle',
      keywords: ['Termin buchen geht nicht', 'Terminvergabe Störung', 'keine Termine', 'Online-Termin Fehler'],
      shortAnswer:
        'Die Online-Terminvergabe der Zulassungsstelle ist derzeit gestört. Termine vergibt das Bürgerservicecenter telefonisch unter 01234 567-100 oder direkt am Schalter. Abmeldungen sind weiterhin ohne Termin möglich.',
      body: body(
        p(
          'Wegen einer technischen Störung beim Dienstleister können derzeit keine Termine online gebucht werden. Bereits gebuchte Termine bleiben gültig.',
        ),
        ul(
          'Termine telefonisch über das BSC: 01234 567-100',
          'Abmeldungen ohne Termin am BSC-Schalter 1–3',
          'i-Kfz und Wunschkennzeichen-Reservierung funktionieren normal',
        ),
      ),
      prerequisites: '',
      fees: '',
      procedure: '',
      processingTime: '',
      deadlines: 'Gilt bis zur Behebung der Störung.',
      links: [],
      legalBasis: '',
      contactOverride: {
        phone: '01234 567-100',
        note: 'Terminvergabe während der Störung über das Bürgerservicecenter.',
      },
      leikaKey: null,
      bscResolution: 'complete',
    },
  },
];

// --- Articles: Führerscheinstelle (FS) ---

const FS_ARTICLES: DemoArticle[] = [
  {
    key: 'fs-ersterteilung',
    departmentCode: 'FS',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 90,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'eye-test', note: 'Nicht älter als zwei Jahre.' },
      { documentKey: 'first-aid' },
      {
        documentKey: 'driving-school',
        note: 'Nur falls die Fahrschule den Antrag nicht selbst übermittelt.',
      },
    ],
    content: {
      title: 'Führerschein – Ersterteilung der Fahrerlaubnis Klasse B',
      keywords: [
        'Führerschein machen',
        'Führerscheinantrag',
        'Lappen',
        'Autoführerschein',
        'Fahrerlaubnis beantragen',
        'Fahrschule Antrag',
        'Klasse B',
      ],
      shortAnswer:
        'Den Antrag auf die erste Fahrerlaubnis stellen Sie persönlich bei der Führerscheinstelle oder im Bürgerservicecenter, am besten gleich nach der Anmeldung in der Fahrschule. Mitzubringen sind Ausweis, biometrisches Passbild, Sehtestbescheinigung und Erste-Hilfe-Nachweis. Die Gebühr beträgt 43,40 Euro, die Bearbeitung dauert etwa vier bis sechs Wochen.',
      body: body(
        h2('Ablauf'),
        ol(
          'In einer Fahrschule anmelden.',
          'Sehtest beim Optiker und Erste-Hilfe-Kurs machen.',
          'Antrag persönlich stellen (Unterschrift und Abgleich mit dem Lichtbild).',
          'Die Führerscheinstelle prüft den Antrag, fragt das Fahreignungsregister ab und schickt den Prüfauftrag an die Technische Prüfstelle.',
          'Theorie- und Fahrprüfung ablegen; den Führerschein übergibt die Prüferin oder der Prüfer nach bestandener Fahrprüfung.',
        ),
        h2('Mindestalter'),
        ul(
          'Klasse B: 18 Jahre, mit Begleitetem Fahren 17 Jahre.',
          'Der Antrag ist frühestens sechs Monate vor Erreichen des Mindestalters möglich.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC nimmt den unterschriebenen Antrag mit allen Unterlagen entgegen. Fragen zu Eignung, Sehvermögen oder Vorstrafen klärt die Führerscheinstelle.',
        ),
      ),
      prerequisites:
        'Mindestalter erreicht (Klasse B 18 Jahre, mit Begleitetem Fahren 17 Jahre); Wohnsitz im Musterkreis; ausreichendes Sehvermögen; Erste-Hilfe-Schulung; Ausbildung in einer Fahrschule.',
      fees: 'Antrag auf Ersterteilung (Klasse B): 43,40 €\nPrüfgebühren der Technischen Prüfstelle: Theorie ca. 26 €, Fahrprüfung ca. 130 € (werden von der Prüfstelle erhoben)\nSehtest ca. 6,50 €, Erste-Hilfe-Kurs ca. 40–70 € (private Anbieter)',
      procedure:
        '1. Fahrschule wählen und anmelden.\n2. Sehtest und Erste-Hilfe-Kurs absolvieren.\n3. Antrag mit Unterlagen persönlich abgeben.\n4. Nach Prüfauftrag Theorie- und Fahrprüfung ablegen.\n5. Führerschein nach bestandener Fahrprüfung erhalten.',
      processingTime: 'Etwa 4–6 Wochen bis zur Prüfreife. Der Führerschein wird direkt nach der bestandenen Fahrprüfung ausgehändigt.',
      deadlines:
        'Antrag frühestens sechs Monate vor dem Mindestalter. Die Fahrprüfung muss innerhalb von zwölf Monaten nach der bestandenen Theorieprüfung abgelegt werden.',
      links: [
        form('Antrag auf Erteilung einer Fahrerlaubnis (PDF)', '/formulare/fahrerlaubnis-antrag.pdf'),
        appointment('Termin Führerscheinstelle buchen', '/termine/fuehrerscheinstelle'),
      ],
      legalBasis:
        '§§ 21 und 22 Fahrerlaubnis-Verordnung (FeV); § 12 FeV (Sehtest); § 19 FeV (Erste Hilfe); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99086001012000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'fs-pflichtumtausch',
    departmentCode: 'FS',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 15,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'driving-licence' },
      {
        documentKey: 'index-card-copy',
        note: 'Nur wenn der Führerschein nicht vom Landratsamt Musterkreis stammt; auf Wunsch fordert das Landratsamt sie an.',
      },
    ],
    content: {
      title: 'Umtausch alter Führerscheine (Pflichtumtausch)',
      keywords: [
        'Führerschein umtauschen',
        'rosa Führerschein',
        'grauer Lappen',
        'alter Führerschein',
        'Kartenführerschein',
        'Umtauschfrist',
        'EU-Führerschein',
      ],
      shortAnswer:
        'Alle vor dem 19. Januar 2013 ausgestellten Führerscheine müssen gestaffelt nach Geburts- oder Ausstellungsjahr in den EU-Kartenführerschein umgetauscht werden. Den Antrag stellen Sie direkt im Bürgerservicecenter mit Ausweis, biometrischem Passbild und altem Führerschein. Die Gebühr beträgt 25,30 Euro.',
      body: body(
        h2('Fristen'),
        h3('Papierführerscheine (ausgestellt bis 31.12.1998), nach Geburtsjahr'),
        ul(
          'vor 1953: bis 19.01.2033',
          '1953–1958: bis 19.01.2022 (abgelaufen)',
          '1959–1964: bis 19.01.2023 (abgelaufen)',
          '1965–1970: bis 19.01.2024 (abgelaufen)',
          '1971 oder später: bis 19.01.2025 (abgelaufen)',
        ),
        h3('Kartenführerscheine (ausgestellt 1999 bis 18.01.2013), nach Ausstellungsjahr'),
        ul(
          '1999–2001: bis 19.01.2026 (abgelaufen)',
          '2002–2004: bis 19.01.2027',
          '2005–2007: bis 19.01.2028',
          '2008: bis 19.01.2029',
          '2009: bis 19.01.2030',
          '2010: bis 19.01.2031',
          '2011: bis 19.01.2032',
          '2012 bis 18.01.2013: bis 19.01.2033',
        ),
        h2('Was ändert sich?'),
        p(
          'Nur das Dokument: Die Fahrerlaubnis bleibt, erworbene Besitzstände (etwa Lkw bis 7,5 t bei alter Klasse 3) werden übertragen. Der neue Führerschein ist 15 Jahre gültig; danach wird nur das Dokument erneuert, ohne Prüfung.',
        ),
        ...bscNote(
          'Vollständig im BSC:',
          'Antrag aufnehmen, Passbild prüfen, Gebühr kassieren. Der alte Führerschein bleibt bis zur Abholung des neuen beim Bürger.',
        ),
      ),
      prerequisites: 'Sie besitzen einen vor dem 19.01.2013 ausgestellten Führerschein und wohnen im Musterkreis.',
      fees: 'Umtausch: 25,30 €\nDirektversand per Post: zusätzlich 5,10 €\nVerwarnungsgeld bei Fahren mit abgelaufenem Dokument: 10 €',
      procedure:
        '1. Antrag im BSC oder bei der Führerscheinstelle stellen (im BSC ohne Termin).\n2. Der Kartenführerschein wird bei der Bundesdruckerei hergestellt.\n3. Abholung nach Benachrichtigung; dabei wird der alte Führerschein entwertet und einbehalten.',
      processingTime: '3–4 Wochen; mit Karteikartenabschrift einer anderen Behörde bis zu 8 Wochen.',
      deadlines: 'Siehe Fristen im Text. Nächste Frist: 19.01.2027 für Kartenführerscheine aus den Jahren 2002 bis 2004.',
      links: [
        form('Antrag auf Umtausch (PDF)', '/formulare/fuehrerschein-umtausch.pdf'),
        info('Kraftfahrt-Bundesamt', 'https://www.kba.de'),
      ],
      legalBasis:
        '§ 24a Fahrerlaubnis-Verordnung (FeV) in Verbindung mit Anlage 8e FeV; Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99086008089000',
      bscResolution: 'complete',
    },
  },
  {
    key: 'fs-international',
    departmentCode: 'FS',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 40,
    documents: [
      {
        documentKey: 'driving-licence',
        note: 'Nur EU-Kartenführerschein; Papierführerscheine vorher umtauschen.',
      },
      { documentKey: 'id-card' },
      { documentKey: 'biometric-photo' },
    ],
    content: {
      title: 'Internationaler Führerschein',
      keywords: [
        'internationaler Führerschein',
        'Führerschein Ausland',
        'Führerschein USA',
        'Mietwagen Ausland',
        'Urlaub Führerschein',
        'internationale Fahrerlaubnis',
      ],
      shortAnswer:
        'Den internationalen Führerschein stellt das Bürgerservicecenter sofort aus, wenn Sie einen EU-Kartenführerschein besitzen. Mitzubringen sind Kartenführerschein, Ausweis und ein biometrisches Passbild; die Gebühr beträgt 16,70 Euro. Er gilt drei Jahre und nur zusammen mit dem nationalen Führerschein.',
      body: body(
        p(
          'In vielen Ländern außerhalb der EU ist der internationale Führerschein vorgeschrieben oder wird von Mietwagenfirmen verlangt, etwa in den USA, in Australien oder in Thailand. Welche Länder ihn fordern, steht bei den Reise- und Sicherheitshinweisen des ',
          link('Auswärtigen Amts', 'https://www.auswaertiges-amt.de'),
          '.',
        ),
        ul(
          'Er ist nur zusammen mit dem nationalen Führerschein gültig.',
          'Wer noch einen Papierführerschein besitzt, muss ihn zuerst in einen Kartenführerschein umtauschen.',
        ),
        ...bscNote('Vollständig im BSC:', 'Ausstellung sofort am Schalter.'),
      ),
      prerequisites: 'Gültiger EU-Kartenführerschein; Wohnsitz im Musterkreis.',
      fees: 'Internationaler Führerschein: 16,70 €',
      procedure:
        '1. Mit den Unterlagen ins BSC oder zur Führerscheinstelle kommen.\n2. Gebühr zahlen.\n3. Internationalen Führerschein sofort mitnehmen.',
      processingTime: 'Sofort.',
      deadlines: 'Gültig drei Jahre ab Ausstellung, längstens so lange wie der nationale Führerschein.',
      links: [info('Auswärtiges Amt: Reise- und Sicherheitshinweise', 'https://www.auswaertiges-amt.de')],
      legalBasis: '§ 25b Fahrerlaubnis-Verordnung (FeV); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99086004012000',
      bscResolution: 'complete',
    },
  },
  {
    key: 'fs-verlust',
    departmentCode: 'FS',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 120,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'loss-report', note: 'Nur bei Diebstahl.' },
      {
        documentKey: 'index-card-copy',
        note: 'Nur wenn der Führerschein nicht vom Landratsamt Musterkreis stammt.',
      },
    ],
    content: {
      title: 'Führerschein verloren oder gestohlen – Ersatzführerschein',
      keywords: [
        'Führerschein verloren',
        'Lappen weg',
        'Führerschein gestohlen',
        'Ersatzführerschein',
        'Duplikat Führerschein',
        'Führerschein kaputt',
      ],
      shortAnswer:
        'Bei Verlust oder Diebstahl beantragen Sie einen Ersatzführerschein im Bürgerservicecenter oder bei der Führerscheinstelle und versichern den Verlust dort an Eides statt. Mitzubringen sind Ausweis und ein biometrisches Passbild. Eine vorläufige Bescheinigung, die nur in Deutschland gilt, stellt die Führerscheinstelle auf Wunsch sofort aus.',
      body: body(
        h2('Ablauf'),
        ol(
          'Bei Diebstahl zuerst Anzeige bei der Polizei erstatten.',
          'Ersatz beantragen und den Verlust an Eides statt versichern.',
          'Auf Wunsch einen vorläufigen Nachweis der Fahrberechtigung erhalten.',
          'Den neuen Führerschein nach Benachrichtigung abholen.',
        ),
        p(
          'Taucht der alte Führerschein wieder auf, ist er ungültig und muss abgegeben werden. Auch beschädigte oder unleserliche Führerscheine werden auf diesem Weg ersetzt.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC nimmt Antrag und eidesstattliche Versicherung auf. Den vorläufigen Nachweis stellt nur die Führerscheinstelle aus (Zimmer E.20).',
        ),
      ),
      prerequisites: 'Sie besitzen eine gültige Fahrerlaubnis und wohnen im Musterkreis.',
      fees: 'Ersatzführerschein: 39,00 €\nEidesstattliche Versicherung: 30,70 € (entfällt bei Diebstahl mit polizeilicher Anzeige)\nVorläufiger Nachweis der Fahrberechtigung: 10,20 €',
      procedure:
        '1. Antrag im BSC oder bei der Führerscheinstelle stellen.\n2. Verlust an Eides statt versichern, Gebühren zahlen.\n3. Führerschein wird bei der Bundesdruckerei hergestellt.\n4. Abholung nach Benachrichtigung.',
      processingTime: '3–4 Wochen.',
      deadlines:
        'Keine Frist. Die Fahrerlaubnis bleibt bestehen; wer ohne Führerschein fährt, riskiert bei einer Kontrolle ein Verwarnungsgeld von 10 €. Bis zur Abholung daher den vorläufigen Nachweis mitführen.',
      links: [appointment('Termin Führerscheinstelle buchen', '/termine/fuehrerscheinstelle')],
      legalBasis:
        '§ 25 Abs. 4 Fahrerlaubnis-Verordnung (FeV); § 27 Verwaltungsverfahrensgesetz; Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99086007007000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'fs-begleitetes-fahren',
    departmentCode: 'FS',
    kind: 'service',
    state: 'draft',
    lastVerifiedDaysAgo: 0,
    documents: [
      { documentKey: 'id-card' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'eye-test' },
      { documentKey: 'first-aid' },
      { documentKey: 'parental-consent' },
      { documentKey: 'companion-licences' },
    ],
    content: {
      title: 'Begleitetes Fahren ab 17 (BF17)',
      keywords: ['Führerschein mit 17', 'BF17', 'begleitetes Fahren', 'Begleitperson eintragen', 'Prüfungsbescheinigung'],
      shortAnswer:
        'Jugendliche können den Pkw-Führerschein ab 17 machen und bis zum 18. Geburtstag mit einer eingetragenen Begleitperson fahren. Der Antrag läuft wie bei der Ersterteilung, zusätzlich mit dem Einverständnis der Eltern und den Angaben zu den Begleitpersonen. Die Gebühr beträgt 48,60 Euro.',
      body: body(
        h2('Wer darf begleiten?'),
        ul(
          'Mindestens 30 Jahre alt.',
          'Seit mindestens fünf Jahren im Besitz der Klasse B.',
          'Höchstens ein Punkt im Fahreignungsregister.',
        ),
        p(
          'Statt des Führerscheins gibt es eine Prüfungsbescheinigung, in der die Begleitpersonen namentlich stehen. Sie gilt bis drei Monate nach dem 18. Geburtstag; rechtzeitig vorher den Kartenführerschein beantragen.',
        ),
        ...bscNote('Teilweise im BSC:', 'Das BSC nimmt den Antrag entgegen; Begleitpersonen nachtragen kann nur die Führerscheinstelle.'),
      ),
      prerequisites:
        'Mindestalter 17 Jahre (Antrag ab 16 Jahren und 6 Monaten); Zustimmung aller Sorgeberechtigten; mindestens eine geeignete Begleitperson.',
      fees: 'Antrag auf Begleitetes Fahren: 48,60 €\nNachtrag einer Begleitperson: 10,20 €\nUmschreibung in den Kartenführerschein mit 18: 25,30 €',
      procedure:
        '1. Fahrschule anmelden.\n2. Antrag mit Angaben zu den Begleitpersonen stellen.\n3. Prüfungen ablegen.\n4. Prüfungsbescheinigung erhalten; mit 18 den Kartenführerschein beantragen.',
      processingTime: 'Etwa 4–6 Wochen bis zur Prüfreife.',
      deadlines: 'Die Prüfungsbescheinigung gilt bis drei Monate nach dem 18. Geburtstag.',
      links: [form('Antrag Begleitetes Fahren (PDF)', '/formulare/bf17.pdf')],
      legalBasis: '§ 48a Fahrerlaubnis-Verordnung (FeV); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
      contactOverride: null,
      leikaKey: '99086002012000',
      bscResolution: 'partial',
    },
  },
];

// --- Articles: Ausländerbehörde (ABH) ---

const ABH_ARTICLES: DemoArticle[] = [
  {
    key: 'abh-aufenthaltserlaubnis-verlaengern',
    departmentCode: 'ABH',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 30,
    documents: [
      { documentKey: 'passport' },
      { documentKey: 'residence-permit' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'health-insurance' },
      {
        documentKey: 'income-proof',
        note: 'Arbeitsvertrag und Gehaltsabrechnungen der letzten drei Monate.',
      },
      { documentKey: 'rental-contract' },
    ],
    content: {
      title: 'Aufenthaltserlaubnis verlängern',
      keywords: [
        'Visum verlängern',
        'Aufenthaltstitel verlängern',
        'Aufenthaltserlaubnis läuft ab',
        'eAT verlängern',
        'Fiktionsbescheinigung',
        'Aufenthalt verlängern',
      ],
      shortAnswer:
        'Die Verlängerung beantragen Sie bei der Ausländerbehörde, und zwar bevor der Aufenthaltstitel abläuft – am besten sechs bis acht Wochen vorher über das Online-Formular. Wer rechtzeitig beantragt, darf bis zur Entscheidung unter den bisherigen Bedingungen bleiben und arbeiten; darüber gibt es eine Fiktionsbescheinigung. Das Bürgerservicecenter kann nur Formulare ausgeben und auf die Terminvergabe verweisen.',
      body: body(
        h2('Wichtig: vor Ablauf beantragen'),
        p(
          'Geht der Antrag ',
          bold('vor'),
          ' dem Ablauf des Titels ein, gilt der bisherige Aufenthaltstitel bis zur Entscheidung fort. Die Fiktionsbescheinigung weist das gegenüber Arbeitgeber und Behörden nach. Ein verspäteter Antrag löst diese Wirkung in der Regel nicht aus.',
        ),
        h2('Ablauf'),
        ol(
          'Online-Antrag ausfüllen und Unterlagen hochladen.',
          'Die Ausländerbehörde prüft und lädt zur Vorsprache ein (Fingerabdrücke, Unterschrift).',
          'Die Bundesdruckerei stellt den elektronischen Aufenthaltstitel her.',
          'Abholung nach Erhalt des PIN-Briefs.',
        ),
        ...bscNote(
          'Verweis an die Ausländerbehörde:',
          'Keine Annahme von Pässen oder Anträgen im BSC. Ist der Titel bereits abgelaufen, sofort telefonisch an die Ausländerbehörde verweisen, nicht auf einen Termin warten lassen.',
        ),
      ),
      prerequisites:
        'Der Aufenthaltszweck besteht weiter (z. B. Arbeit, Studium, Familie); gesicherter Lebensunterhalt; ausreichender Krankenversicherungsschutz; gültiger Nationalpass.',
      fees: 'Verlängerung um bis zu ein Jahr: 96 €\nVerlängerung um mehr als ein Jahr: 100 €\nFiktionsbescheinigung: 13 €\nErmäßigungen u. a. für Minderjährige und türkische Staatsangehörige',
      procedure:
        '1. Online-Antrag stellen.\n2. Einladung zur Vorsprache abwarten.\n3. Vorsprache mit Originalunterlagen, Fingerabdrücke und Unterschrift.\n4. Abholung des Aufenthaltstitels mit PIN-Brief.',
      processingTime: 'In der Regel 6–8 Wochen ab vollständigem Antrag, davon etwa 4 Wochen für die Herstellung des Kartendokuments.',
      deadlines: 'Antrag vor Ablauf des Aufenthaltstitels stellen, empfohlen acht Wochen vorher.',
      links: [
        online('Online-Antrag Verlängerung', '/auslaenderbehoerde/verlaengerung'),
        appointment('Termin Ausländerbehörde', '/termine/auslaenderbehoerde'),
        info('Bundesamt für Migration und Flüchtlinge', 'https://www.bamf.de'),
      ],
      legalBasis: '§ 8 Aufenthaltsgesetz (AufenthG); § 81 Abs. 4 AufenthG (Fortgeltung); § 45 Aufenthaltsverordnung (AufenthV)',
      contactOverride: null,
      leikaKey: '99010005103000',
      bscResolution: 'referral',
    },
  },
  {
    key: 'abh-niederlassungserlaubnis',
    departmentCode: 'ABH',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 100,
    documents: [
      { documentKey: 'passport' },
      { documentKey: 'residence-permit' },
      { documentKey: 'biometric-photo' },
      { documentKey: 'pension-proof' },
      { documentKey: 'language-certificate' },
      { documentKey: 'civic-test' },
      { documentKey: 'income-proof', note: 'Gehaltsabrechnungen der letzten sechs Monate.' },
      { documentKey: 'rental-contract', note: 'Als Nachweis über ausreichenden Wohnraum.' },
      { documentKey: 'health-insurance' },
    ],
    content: {
      title: 'Niederlassungserlaubnis (unbefristeter Aufenthalt)',
      keywords: [
        'unbefristete Aufenthaltserlaubnis',
        'Niederlassungserlaubnis',
        'Daueraufenthalt',
        'permanent residence',
        'unbefristet bleiben',
        'Daueraufenthalt-EU',
      ],
      shortAnswer:
        'Eine Niederlassungserlaubnis erhält in der Regel, wer seit fünf Jahren eine Aufenthaltserlaubnis besitzt, seinen Lebensunterhalt selbst sichert, 60 Monate Rentenbeiträge nachweist und Deutsch auf Niveau B1 spricht. Fachkräfte können sie schon früher bekommen. Der Antrag geht online an die Ausländerbehörde; die Gebühr beträgt 113 Euro.',
      body: body(
        h2('Kürzere Wege'),
        ul(
          'Fachkräfte mit Berufsausbildung oder Studium: nach drei Jahren.',
          'Blaue Karte EU: nach 27 Monaten, mit Deutsch B1 nach 21 Monaten.',
          'Ehegatten Deutscher: nach drei Jahren bei fortbestehender Ehe.',
        ),
        h2('Niederlassungserlaubnis oder Daueraufenthalt-EU?'),
        p(
          'Beide sind unbefristet. Die Erlaubnis zum Daueraufenthalt-EU erleichtert zusätzlich den Umzug in andere EU-Staaten. Die Ausländerbehörde berät, welcher Titel passt.',
        ),
        ...bscNote(
          'Verweis an die Ausländerbehörde:',
          'Das BSC nennt die Unterlagen und den Online-Antrag; Beratung zu den Voraussetzungen nur durch die Ausländerbehörde.',
        ),
      ),
      prerequisites:
        'Seit fünf Jahren Aufenthaltserlaubnis; gesicherter Lebensunterhalt; mindestens 60 Monate Pflichtbeiträge zur Rentenversicherung; Deutschkenntnisse B1; Grundkenntnisse der Rechts- und Gesellschaftsordnung; ausreichender Wohnraum; keine Verurteilung zu einer erheblichen Strafe.',
      fees: 'Niederlassungserlaubnis: 113 €\nFür Fachkräfte: 124 €\nFür hoch qualifizierte Fachkräfte: 147 €\nErlaubnis zum Daueraufenthalt-EU: 109 €',
      procedure:
        '1. Online-Antrag mit Unterlagen stellen.\n2. Vorsprache bei der Ausländerbehörde nach Einladung.\n3. Abholung des Aufenthaltstitels mit PIN-Brief.',
      processingTime: 'In der Regel 2–3 Monate.',
      deadlines:
        'Keine. Der Antrag ist möglich, sobald die Voraussetzungen erfüllt sind – spätestens vor Ablauf der aktuellen Aufenthaltserlaubnis.',
      links: [
        online('Online-Antrag Niederlassungserlaubnis', '/auslaenderbehoerde/niederlassungserlaubnis'),
        info('Make it in Germany', 'https://www.make-it-in-germany.com'),
      ],
      legalBasis:
        '§ 9 Aufenthaltsgesetz (AufenthG); § 9a AufenthG (Daueraufenthalt-EU); § 18c AufenthG (Fachkräfte); § 44 Aufenthaltsverordnung (AufenthV)',
      contactOverride: null,
      leikaKey: '99010011012000',
      bscResolution: 'referral',
    },
  },
  {
    key: 'abh-verpflichtungserklaerung',
    departmentCode: 'ABH',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 80,
    documents: [
      {
        documentKey: 'id-card',
        note: 'Ausländische Staatsangehörige: Nationalpass und Aufenthaltstitel.',
      },
      {
        documentKey: 'income-proof',
        note: 'Gehaltsabrechnungen der letzten drei Monate; Selbstständige: letzter Steuerbescheid.',
      },
      { documentKey: 'rental-contract', note: 'Wenn die Gäste bei Ihnen wohnen.' },
      { documentKey: 'guest-passport' },
    ],
    content: {
      title: 'Verpflichtungserklärung für Besuch aus dem Ausland',
      keywords: ['Einladung Visum', 'Verpflichtungserklärung', 'Bürgschaft Visum', 'Besuchervisum', 'Gäste einladen', 'formelle Einladung'],
      shortAnswer:
        'Wer Gäste aus einem visumpflichtigen Land einlädt, kann sich bei der Ausländerbehörde verpflichten, alle Kosten ihres Aufenthalts zu tragen. Sie kommen persönlich mit Ausweis, Einkommensnachweisen und den Passdaten der Gäste; die Erklärung kostet 29 Euro. Die Ausländerbehörde prüft Ihre Zahlungsfähigkeit und beglaubigt Ihre Unterschrift auf dem Bundesvordruck.',
      body: body(
        h2('Was bedeutet die Erklärung?'),
        p(
          'Sie haften für sämtliche Kosten des Aufenthalts, auch für Krankheit und eine mögliche Rückreise. Die Verpflichtung endet fünf Jahre nach der Einreise der Gäste. Eine Reisekrankenversicherung der Gäste verlangt die Botschaft ohnehin.',
        ),
        h2('Ablauf'),
        ol(
          'Termin vereinbaren (dienstags und donnerstags).',
          'Persönlich mit allen Unterlagen erscheinen und unterschreiben.',
          'Das Original an die Gäste schicken; sie legen es bei der Botschaft vor.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC gibt das Merkblatt aus und prüft die Unterlagen vorab. Unterschrift und Prüfung der Zahlungsfähigkeit nur bei der Ausländerbehörde.',
        ),
      ),
      prerequisites:
        'Wohnsitz im Musterkreis; ausreichendes Einkommen, um für die Gäste aufzukommen; bei Unterbringung in der eigenen Wohnung ausreichender Wohnraum.',
      fees: '29 € je Erklärung (eine Erklärung kann mehrere Gäste einer Familie umfassen).',
      procedure:
        '1. Termin vereinbaren.\n2. Vorsprache mit Unterlagen, Prüfung der Zahlungsfähigkeit.\n3. Unterschrift auf dem Bundesvordruck, Beglaubigung.\n4. Original an die Gäste senden.',
      processingTime: 'Bei vollständigen Unterlagen sofort.',
      deadlines: 'Die Erklärung sollte bei Visumantrag nicht älter als sechs Monate sein.',
      links: [
        appointment('Termin Ausländerbehörde', '/termine/auslaenderbehoerde'),
        form('Merkblatt Verpflichtungserklärung (PDF)', '/formulare/merkblatt-verpflichtungserklaerung.pdf'),
      ],
      legalBasis: '§§ 66 und 68 Aufenthaltsgesetz (AufenthG); § 47 Aufenthaltsverordnung (AufenthV)',
      contactOverride: {
        phone: '01234 567-335',
        room: '2. Obergeschoss, Zimmer 2.14',
        note: 'Verpflichtungserklärungen nur dienstags und donnerstags nach Terminvereinbarung.',
      },
      leikaKey: '99010031001000',
      bscResolution: 'partial',
    },
  },
];

// --- Articles: Bauamt (BAU) ---

const BAU_ARTICLES: DemoArticle[] = [
  {
    key: 'bau-baugenehmigung',
    departmentCode: 'BAU',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 200,
    documents: [{ documentKey: 'building-plans' }, { documentKey: 'land-register' }],
    content: {
      title: 'Baugenehmigung – Bauantrag stellen',
      keywords: ['Bauantrag', 'Baugenehmigung', 'Haus bauen', 'Anbau genehmigen', 'Baueingabe', 'Garage bauen', 'Bauplan einreichen'],
      shortAnswer:
        'Den Bauantrag reicht Ihre Entwurfsverfasserin oder Ihr Entwurfsverfasser (z. B. Architekt) bei der Gemeinde ein, in der gebaut wird; die Gemeinde leitet ihn an das Bauamt des Landratsamts weiter. Viele Anträge sind auch digital möglich. Das Bürgerservicecenter nimmt keine Bauanträge an, vermittelt aber einen Termin bei der Bauberatung.',
      body: body(
        h2('Brauche ich eine Genehmigung?'),
        p(
          'Kleinere Vorhaben sind verfahrensfrei, etwa ein Gartenhaus bis 75 m³ Brutto-Rauminhalt oder eine Garage bis 50 m² Grundfläche – aber nicht im Außenbereich. Auch verfahrensfreie Vorhaben müssen Bebauungsplan und Abstandsflächen einhalten. Im Zweifel hilft die Bauberatung.',
        ),
        h2('Welches Verfahren?'),
        ul(
          [bold('Genehmigungsfreistellung:'), ' Wohngebäude im Gebiet eines Bebauungsplans, wenn die Gemeinde nicht widerspricht.'],
          [bold('Vereinfachtes Verfahren:'), ' der Regelfall, etwa für Einfamilienhäuser.'],
          [bold('Baugenehmigungsverfahren:'), ' für Sonderbauten wie Versammlungsstätten oder Hochhäuser.'],
        ),
        h2('Nachbarn'),
        p('Die Eigentümer der angrenzenden Grundstücke werden beteiligt; ihre Unterschrift auf den Plänen beschleunigt das Verfahren.'),
        ...bscNote(
          'Verweis an das Bauamt:',
          'Termin bei der Bauberatung vermitteln. Auskunft zum Stand eines Verfahrens nur an die Bauherrschaft mit Aktenzeichen.',
        ),
      ),
      prerequisites:
        'Das Vorhaben ist genehmigungspflichtig; die Bauvorlagen erstellt eine bauvorlageberechtigte Person (z. B. Architektin, Bauingenieur); Eigentum am Grundstück oder Zustimmung der Eigentümer.',
      fees: 'Nach dem Kostengesetz in der Regel 1 bis 3 Promille der Baukosten, mindestens 75 €. Hinzu kommen ggf. Kosten für Stellungnahmen von Fachstellen (z. B. Naturschutz, Wasserwirtschaft).',
      procedure:
        '1. Bauberatung im Landratsamt nutzen (nach Termin).\n2. Entwurfsverfasser erstellt die Bauvorlagen; Nachbarn unterschreiben.\n3. Einreichen bei der Gemeinde, auf Papier oder digital.\n4. Die Gemeinde entscheidet über ihr Einvernehmen und leitet weiter.\n5. Das Bauamt prüft, beteiligt Fachstellen und erteilt den Bescheid.\n6. Baubeginn mindestens eine Woche vorher anzeigen.',
      processingTime: 'Im vereinfachten Verfahren in der Regel drei Monate ab vollständigem Antrag.',
      deadlines:
        'Die Baugenehmigung erlischt, wenn nicht innerhalb von vier Jahren mit dem Bau begonnen wird; eine Verlängerung ist auf Antrag möglich.',
      links: [
        online('Digitaler Bauantrag', '/bauamt/digitaler-bauantrag'),
        appointment('Termin Bauberatung', '/termine/bauberatung'),
        info('Bayerisches Staatsministerium für Wohnen, Bau und Verkehr', 'https://www.stmb.bayern.de'),
      ],
      legalBasis: 'Art. 55 ff., 64 und 68 Bayerische Bauordnung (BayBO); Baugesetzbuch (BauGB); Kostengesetz (KG)',
      contactOverride: null,
      leikaKey: '99013001012000',
      bscResolution: 'referral',
    },
  },
  {
    key: 'bau-vorbescheid',
    departmentCode: 'BAU',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 300,
    documents: [
      {
        documentKey: 'building-plans',
        note: 'Je nach Frage genügen Lageplan, Skizze und Beschreibung.',
      },
      { documentKey: 'land-register' },
    ],
    content: {
      title: 'Vorbescheid (Bauvoranfrage)',
      keywords: ['Bauvoranfrage', 'Vorbescheid', 'darf ich hier bauen', 'Grundstück bebaubar', 'Voranfrage', 'Bauvorbescheid'],
      shortAnswer:
        'Mit einem Vorbescheid klären Sie einzelne Fragen Ihres Bauvorhabens verbindlich, bevor Sie den vollständigen Bauantrag stellen – etwa, ob ein Grundstück überhaupt bebaubar ist. Der Antrag läuft wie der Bauantrag über die Gemeinde. Der Vorbescheid gilt drei Jahre.',
      body: body(
        p(
          'Typische Fragen: Ist das Grundstück bebaubar? Darf ein zweites Vollgeschoss entstehen? Ist eine Nutzungsänderung zulässig? Je genauer die Fragen formuliert sind, desto verbindlicher die Antwort.',
        ),
        p('Der Vorbescheid bindet das Bauamt im späteren Bauantrag, soweit sich Vorhaben und Rechtslage nicht ändern.'),
        ...bscNote('Verweis an das Bauamt:', 'Termin bei der Bauberatung vermitteln.'),
      ),
      prerequisites: 'Konkrete Fragen zu einem Bauvorhaben auf einem bestimmten Grundstück; Eigentum oder Zustimmung der Eigentümer.',
      fees: 'Je nach Umfang der Fragen, in der Regel die Hälfte der Gebühr für eine Baugenehmigung, mindestens 75 €.',
      procedure:
        '1. Fragen und Unterlagen zusammenstellen.\n2. Antrag bei der Gemeinde einreichen.\n3. Gemeinde leitet mit Stellungnahme an das Bauamt weiter.\n4. Bescheid des Bauamts.',
      processingTime: 'In der Regel zwei bis drei Monate.',
      deadlines: 'Der Vorbescheid gilt drei Jahre und kann auf Antrag um bis zu zwei Jahre verlängert werden.',
      links: [appointment('Termin Bauberatung', '/termine/bauberatung')],
      legalBasis: 'Art. 71 Bayerische Bauordnung (BayBO); Kostengesetz (KG)',
      contactOverride: null,
      leikaKey: '99013003012000',
      bscResolution: 'referral',
    },
  },
];

// --- Articles: Amt für Jugend und Familie (JUG) ---

const JUG_ARTICLES: DemoArticle[] = [
  {
    key: 'jug-beistandschaft',
    departmentCode: 'JUG',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 60,
    documents: [{ documentKey: 'birth-certificate' }, { documentKey: 'id-card' }],
    content: {
      title: 'Beistandschaft für Unterhalt und Vaterschaft',
      keywords: [
        'Beistandschaft',
        'Unterhalt für Kind',
        'Vater zahlt keinen Unterhalt',
        'Vaterschaft feststellen',
        'Kindesunterhalt berechnen',
        'Beistand Jugendamt',
      ],
      shortAnswer:
        'Alleinerziehende können beim Jugendamt kostenlos eine Beistandschaft beantragen. Die Beiständin oder der Beistand stellt dann die Vaterschaft fest oder macht den Kindesunterhalt gegenüber dem anderen Elternteil geltend, notfalls vor Gericht. Ein formloser schriftlicher Antrag genügt.',
      body: body(
        h2('Was übernimmt die Beistandschaft?'),
        ul(
          'Feststellung der Vaterschaft, auch gerichtlich.',
          'Berechnung des Kindesunterhalts nach dem Einkommen des anderen Elternteils.',
          'Beurkundung des Unterhalts und, wenn nötig, Durchsetzung vor Gericht und Vollstreckung.',
        ),
        h2('Was bleibt gleich?'),
        p('Das Sorgerecht wird nicht eingeschränkt. Die Beistandschaft endet, sobald Sie es schriftlich verlangen.'),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC nimmt den schriftlichen Antrag entgegen und leitet ihn weiter; beraten wird nur im Jugendamt.',
        ),
      ),
      prerequisites:
        'Das Kind lebt bei Ihnen und hat seinen gewöhnlichen Aufenthalt im Musterkreis; Sie haben das alleinige Sorgerecht oder das Kind lebt bei gemeinsamer Sorge überwiegend bei Ihnen. Der Antrag ist auch schon vor der Geburt möglich.',
      fees: 'Kostenfrei.',
      procedure:
        '1. Formlosen schriftlichen Antrag stellen.\n2. Erstgespräch im Jugendamt.\n3. Das Jugendamt fordert den anderen Elternteil zur Auskunft über sein Einkommen auf.\n4. Unterhalt wird beurkundet oder gerichtlich geltend gemacht.',
      processingTime:
        'Die Beistandschaft beginnt mit Eingang des Antrags. Bis zur ersten Unterhaltszahlung vergehen oft zwei bis drei Monate.',
      deadlines: 'Unterhalt für die Vergangenheit gibt es erst ab der Aufforderung zur Auskunft – deshalb früh beantragen.',
      links: [form('Antrag auf Beistandschaft (PDF)', '/formulare/beistandschaft.pdf')],
      legalBasis: '§§ 1712 ff. Bürgerliches Gesetzbuch (BGB); § 1613 BGB; §§ 18 und 55 Sozialgesetzbuch VIII (SGB VIII)',
      contactOverride: null,
      leikaKey: '99041005000000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'jug-unterhaltsvorschuss',
    departmentCode: 'JUG',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 150,
    documents: [
      { documentKey: 'birth-certificate' },
      { documentKey: 'id-card' },
      {
        documentKey: 'residence-registration',
        note: 'Für das Kind und den antragstellenden Elternteil.',
      },
      { documentKey: 'income-proof', note: 'Nur bei Kindern ab 12 Jahren.' },
    ],
    content: {
      title: 'Unterhaltsvorschuss beantragen',
      keywords: ['Unterhaltsvorschuss', 'UVG', 'Unterhalt vom Amt', 'Vater zahlt nicht', 'Mutter zahlt nicht', 'alleinerziehend Geld'],
      shortAnswer:
        'Zahlt der andere Elternteil keinen oder zu wenig Unterhalt, zahlt das Jugendamt für Kinder bis 18 Jahre Unterhaltsvorschuss. Den Antrag stellen Sie schriftlich oder online beim Jugendamt; das Bürgerservicecenter nimmt ihn ebenfalls an. Rückwirkend gibt es die Leistung höchstens für den Monat vor dem Antrag.',
      body: body(
        h2('Wer hat Anspruch?'),
        ul(
          'Kinder unter 12 Jahren, die bei einem alleinerziehenden Elternteil leben und keinen oder zu wenig Unterhalt erhalten.',
          'Kinder von 12 bis 17 Jahren zusätzlich nur, wenn sie kein Bürgergeld beziehen oder der Elternteil mindestens 600 € brutto im Monat verdient.',
          'Kein Anspruch, wenn der Elternteil wieder heiratet oder mit dem anderen Elternteil zusammenlebt.',
        ),
        h2('Höhe'),
        p(
          'Der Betrag richtet sich nach dem Mindestunterhalt abzüglich des Kindergelds und ist nach drei Altersstufen gestaffelt (0–5, 6–11, 12–17 Jahre). Die aktuellen Beträge stehen im Merkblatt.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Das BSC nimmt den unterschriebenen Antrag mit Unterlagen entgegen und leitet ihn weiter; Rückfragen beantwortet das Jugendamt.',
        ),
      ),
      prerequisites:
        'Das Kind lebt im Musterkreis bei einem alleinerziehenden Elternteil; der andere Elternteil zahlt nicht, nicht regelmäßig oder weniger als den Unterhaltsvorschuss.',
      fees: 'Kostenfrei.',
      procedure:
        '1. Antrag online oder auf Papier stellen.\n2. Unterlagen nachreichen, falls angefordert.\n3. Bescheid des Jugendamts.\n4. Das Jugendamt holt sich den Unterhalt beim anderen Elternteil zurück.',
      processingTime: 'In der Regel 4–8 Wochen nach Eingang aller Unterlagen.',
      deadlines:
        'Rückwirkend höchstens für den Monat vor dem Antrag. Änderungen wie Umzug, Heirat oder Zahlungen des anderen Elternteils sind sofort mitzuteilen.',
      links: [
        online('Unterhaltsvorschuss online beantragen', '/jugendamt/unterhaltsvorschuss'),
        info('Bundesfamilienministerium', 'https://www.bmfsfj.de'),
      ],
      legalBasis: 'Unterhaltsvorschussgesetz (UVG), insbesondere §§ 1, 2 und 4 UVG',
      contactOverride: null,
      leikaKey: '99107001012000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'jug-kita-gebuehren',
    departmentCode: 'JUG',
    kind: 'service',
    state: 'published',
    lastVerifiedDaysAgo: 220,
    documents: [
      { documentKey: 'kita-contract' },
      {
        documentKey: 'benefit-notice',
        note: 'Falls vorhanden – dann entfällt meist die Einkommensprüfung.',
      },
      { documentKey: 'income-proof', note: 'Aller Haushaltsmitglieder der letzten drei Monate.' },
      { documentKey: 'rental-contract' },
    ],
    content: {
      title: 'Übernahme der Kita-Gebühren durch das Jugendamt',
      keywords: [
        'Kita-Gebühren übernehmen',
        'Kindergartenbeitrag',
        'Kita zu teuer',
        'Krippengebühren',
        'Elternbeitrag Zuschuss',
        'wirtschaftliche Jugendhilfe',
      ],
      shortAnswer:
        'Familien mit geringem Einkommen können beim Jugendamt beantragen, dass der Elternbeitrag für Krippe, Kindergarten, Hort oder Tagespflege ganz oder teilweise übernommen wird. Wer Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen bezieht, zahlt in der Regel nichts. Die Übernahme gilt frühestens ab dem Monat des Antrags.',
      body: body(
        p('Übernommen wird nur der Elternbeitrag, nicht das Essensgeld; dafür gibt es Leistungen für Bildung und Teilhabe.'),
        h2('Wie wird gerechnet?'),
        p(
          'Das Jugendamt stellt das Einkommen der Familie einer Einkommensgrenze gegenüber. Liegt es darüber, wird ein Teil des Beitrags als zumutbar angesehen; den Rest übernimmt das Jugendamt.',
        ),
        ...bscNote('Teilweise im BSC:', 'Antrag und Unterlagen entgegennehmen; die Berechnung macht die wirtschaftliche Jugendhilfe.'),
      ),
      prerequisites:
        'Das Kind besucht eine Kindertageseinrichtung oder Tagespflege; die Familie wohnt im Musterkreis; der Elternbeitrag ist nach dem Einkommen nicht zumutbar.',
      fees: 'Kostenfrei.',
      procedure:
        '1. Antrag mit Betreuungsvertrag und Nachweisen stellen.\n2. Das Jugendamt prüft das Einkommen.\n3. Bescheid; der Beitrag wird direkt an den Träger gezahlt.',
      processingTime: '4–6 Wochen.',
      deadlines:
        'Antrag möglichst vor Betreuungsbeginn stellen; rückwirkend vor dem Antragsmonat ist keine Übernahme möglich. Bewilligung meist für ein Betreuungsjahr, Folgeantrag rechtzeitig stellen.',
      links: [form('Antrag auf Übernahme des Elternbeitrags (PDF)', '/formulare/kita-beitrag.pdf')],
      legalBasis: '§ 90 Abs. 3 und 4 Sozialgesetzbuch VIII (SGB VIII)',
      contactOverride: null,
      leikaKey: '99044007061000',
      bscResolution: 'partial',
    },
  },
];

// --- Articles: Sozialamt (SOZ) and Bürgerservicecenter (BSC) ---

const SOZ_AND_BSC_ARTICLES: DemoArticle[] = [
  {
    key: 'soz-wohngeld',
    departmentCode: 'SOZ',
    kind: 'service',
    state: 'in_review',
    lastVerifiedDaysAgo: 0,
    documents: [
      { documentKey: 'id-card' },
      {
        documentKey: 'rental-contract',
        note: 'Mit aktueller Mietbescheinigung der Vermieterin oder des Vermieters.',
      },
      { documentKey: 'income-proof', note: 'Aller Haushaltsmitglieder der letzten zwölf Monate.' },
      { documentKey: 'residence-registration' },
    ],
    content: {
      title: 'Wohngeld – Mietzuschuss und Lastenzuschuss',
      keywords: ['Wohngeld', 'Mietzuschuss', 'Zuschuss zur Miete', 'Lastenzuschuss', 'Wohngeld Plus', 'Miete zu hoch', 'Wohngeldantrag'],
      shortAnswer:
        'Wohngeld ist ein Zuschuss zur Miete oder – für Eigentümer – zu den Wohnkosten, für Haushalte mit geringem Einkommen, die kein Bürgergeld und keine Grundsicherung beziehen. Den Antrag stellen Sie bei der Wohngeldstelle des Landratsamts, online oder auf Papier. Wohngeld gibt es ab dem Monat, in dem der Antrag eingeht.',
      body: body(
        h2('Mietzuschuss oder Lastenzuschuss'),
        ul(
          [bold('Mietzuschuss'), ' für Mieterinnen und Mieter sowie Bewohner eines Heims.'],
          [bold('Lastenzuschuss'), ' für Eigentümer, die ihr Haus oder ihre Wohnung selbst bewohnen.'],
        ),
        p(
          'Wie hoch das Wohngeld ist, hängt von der Zahl der Haushaltsmitglieder, dem Einkommen und der Miete ab. Der Wohngeldrechner gibt eine erste Orientierung.',
        ),
        ...bscNote(
          'Teilweise im BSC:',
          'Antrag ausgeben und entgegennehmen. Wichtig: Der Eingangstag zählt – den Antrag auch unvollständig sofort abgeben lassen.',
        ),
      ),
      prerequisites:
        'Wohnsitz im Musterkreis; das Haushaltseinkommen liegt unter den Grenzen des Wohngeldgesetzes, reicht aber für den Lebensunterhalt; keine Leistungen, in denen die Wohnkosten schon enthalten sind (z. B. Bürgergeld, Grundsicherung).',
      fees: 'Kostenfrei.',
      procedure:
        '1. Antrag online oder auf Papier stellen.\n2. Unterlagen nachreichen, falls angefordert.\n3. Bescheid der Wohngeldstelle; Zahlung monatlich im Voraus.',
      processingTime: 'In der Regel 6–10 Wochen nach Eingang aller Unterlagen.',
      deadlines:
        'Wohngeld gibt es ab dem Monat des Antrags, nicht rückwirkend. Bewilligt wird meist für zwölf Monate; den Weiterleistungsantrag zwei Monate vor Ablauf stellen.',
      links: [
        online('Wohngeld online beantragen', '/wohngeld/online-antrag'),
        form('Wohngeldantrag (PDF)', '/formulare/wohngeld.pdf'),
        info('Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen', 'https://www.bmwsb.bund.de'),
      ],
      legalBasis: 'Wohngeldgesetz (WoGG); Wohngeldverordnung (WoGV)',
      contactOverride: null,
      leikaKey: '99128001012000',
      bscResolution: 'partial',
    },
  },
  {
    key: 'bsc-oeffnungszeiten-jahreswechsel',
    departmentCode: 'BSC',
    kind: 'notice',
    state: 'published',
    lastVerifiedDaysAgo: 5,
    documents: [],
    content: {
      title: 'Geänderte Öffnungszeiten zwischen den Jahren 2026/2027',
      keywords: [
        'Weihnachten geöffnet',
        'Silvester',
        'Öffnungszeiten Feiertage',
        'zwischen den Jahren',
        'Heiligabend',
        'Landratsamt geschlossen',
      ],
      shortAnswer:
        'Vom 24. Dezember 2026 bis 1. Januar 2027 sind das Landratsamt und alle Außenstellen geschlossen. Ausnahme: Am 29. und 30. Dezember öffnen Bürgerservicecenter und Zulassungsstelle von 8 bis 12 Uhr für dringende Anliegen, nur mit Termin.',
      body: body(
        ul(
          'Donnerstag, 24.12., bis Montag, 28.12.: geschlossen',
          [bold('Dienstag, 29.12., und Mittwoch, 30.12.: '), 'BSC und Zulassungsstelle 8–12 Uhr, nur mit Termin'],
          'Donnerstag, 31.12., und Freitag, 01.01.: geschlossen',
          'Ab Montag, 04.01.2027: reguläre Öffnungszeiten',
        ),
        p(
          'Online-Dienste wie i-Kfz und die Wunschkennzeichen-Reservierung stehen durchgehend zur Verfügung. Bei Gefahr für ein Kind ist der Bereitschaftsdienst des Jugendamts über die Polizei (110) erreichbar.',
        ),
      ),
      prerequisites: '',
      fees: '',
      procedure: '',
      processingTime: '',
      deadlines: 'Gilt vom 24.12.2026 bis 01.01.2027.',
      links: [appointment('Termin im Bürgerservicecenter', '/termine/buergerservice')],
      legalBasis: '',
      contactOverride: null,
      leikaKey: null,
      bscResolution: 'complete',
    },
  },
];

/** All demo articles: 2 drafts, 1 in review, the rest published with varied review ages. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...KFZ_ARTICLES,
  ...FS_ARTICLES,
  ...ABH_ARTICLES,
  ...BAU_ARTICLES,
  ...JUG_ARTICLES,
  ...SOZ_AND_BSC_ARTICLES,
];
