// The German name of each value people see, once: the answer card, the editor, the review diff
// and the CSV exports all read them here, so one value is never called two things.
import type { ArticleSummary, FreshnessState } from './api-types';
import type { ArticleKind, BscResolution, LinkKind } from './article';
import type { ContactOutcome } from './contacts';

/** German names of an article's status as lists and the workspace show it. */
export const ArticleStatusLabels = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  scheduled: 'Geplant',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
} as const satisfies Record<ArticleSummary['status'], string>;

/** German names of the article kinds. */
export const ArticleKindLabels = { service: 'Leistung', faq: 'FAQ', notice: 'Hinweis' } as const satisfies Record<ArticleKind, string>;

/** German names of whether the BSC can finish a concern. */
export const BscResolutionLabels = {
  complete: 'Am BSC abschließend',
  partial: 'Am BSC teilweise',
  referral: 'Weiterleitung an Fachbereich',
} as const satisfies Record<BscResolution, string>;

/** German names of the link kinds. */
export const LinkKindLabels = {
  online_service: 'Onlinedienst',
  form: 'Formular',
  appointment: 'Terminvereinbarung',
  info: 'Information',
} as const satisfies Record<LinkKind, string>;

/** German names of a published article's freshness. */
export const FreshnessStateLabels = {
  fresh: 'Aktuell',
  due_soon: 'Prüfung bald fällig',
  overdue: 'Prüfung überfällig',
} as const satisfies Record<FreshnessState, string>;

/** German names of how a first contact ended. */
export const ContactOutcomeLabels = {
  settled: 'Erledigt',
  forwarded: 'Weitergeleitet an …',
  appointment: 'Termin vereinbart',
  callback: 'Rückruf zugesagt',
  referred: 'Nicht zuständig – verwiesen an …',
} as const satisfies Record<ContactOutcome, string>;
