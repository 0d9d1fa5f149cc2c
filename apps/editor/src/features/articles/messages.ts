import {
  ArticleKindLabels,
  ArticleStatusLabels,
  BscResolutionLabels,
  FreshnessStateLabels,
  LinkKindLabels,
  type ArticleContent,
} from '@bsc/domain';

/** German names of the article vocabulary shared by search, answer, workspace and review. */
export const articleMessages = {
  status: ArticleStatusLabels,
  kind: ArticleKindLabels,
  bscResolution: BscResolutionLabels,
  freshness: FreshnessStateLabels,
  linkKind: LinkKindLabels,
  checkedOn: (date: string) => `geprüft am ${date}`,
  /** An imported article nobody has checked since: the date is the catalogue's, not a review. */
  sourceUpdatedOn: (date: string) => `laut Quelle aktualisiert am ${date}`,
  sourceUnchecked: 'aus dem Leistungskatalog, ungeprüft',
  sourceReviewDue: 'Prüfung durch den Fachbereich fällig',
  nextReview: (date: string) => `nächste Prüfung ${date}`,
  field: {
    title: 'Titel',
    keywords: 'Suchbegriffe',
    shortAnswer: 'Kurzantwort',
    body: 'Beschreibung',
    documents: 'Erforderliche Unterlagen',
    prerequisites: 'Voraussetzungen',
    fees: 'Gebühren',
    procedure: 'Ablauf',
    processingTime: 'Bearbeitungsdauer',
    deadlines: 'Fristen',
    links: 'Formulare und Onlinedienste',
    legalBasis: 'Rechtsgrundlage',
    contactOverride: 'Abweichende Kontaktdaten',
    leikaKey: 'LeiKa-Schlüssel',
    bscResolution: 'Erledigung am BSC',
    statedNone: 'Ausdrücklich „keine“',
  } satisfies Record<keyof ArticleContent, string>,
} as const;
