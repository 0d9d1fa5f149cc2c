import type { ArticleContent, ArticleKind, ArticleSummary, BscResolution, FreshnessState, LinkKind } from '@bsc/domain';

/** German names of the article vocabulary shared by search, answer, workspace and review. */
export const articleMessages = {
  status: {
    draft: 'Entwurf',
    in_review: 'In Prüfung',
    scheduled: 'Geplant',
    published: 'Veröffentlicht',
    archived: 'Archiviert',
  } satisfies Record<ArticleSummary['status'], string>,
  kind: { service: 'Leistung', faq: 'FAQ', notice: 'Hinweis' } satisfies Record<ArticleKind, string>,
  bscResolution: {
    complete: 'Am BSC abschließend',
    partial: 'Am BSC teilweise',
    referral: 'Weiterleitung an Fachbereich',
  } satisfies Record<BscResolution, string>,
  freshness: {
    fresh: 'Aktuell',
    due_soon: 'Prüfung bald fällig',
    overdue: 'Prüfung überfällig',
  } satisfies Record<FreshnessState, string>,
  linkKind: {
    online_service: 'Onlinedienst',
    form: 'Formular',
    appointment: 'Terminvereinbarung',
    info: 'Information',
  } satisfies Record<LinkKind, string>,
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
