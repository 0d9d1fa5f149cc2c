import type { ErrorCategory } from '@bsc/domain';

/** Texts of the shared UI primitives. */
export const uiMessages = {
  close: 'Schließen',
  cancel: 'Abbrechen',
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  technicalDetails: 'Technische Details',
  errorCode: 'Fehlercode',
  errorReference: 'Fehlernummer',
} as const;

// Keyed by string: the editor also meets codes of its own (NETWORK_ERROR) and of newer servers.
const codeTitles: Partial<Record<string, string>> = {
  ARTICLE_NOT_FOUND: 'Artikel nicht gefunden',
  VERSION_NOT_FOUND: 'Version nicht gefunden',
  DEPARTMENT_NOT_FOUND: 'Fachbereich nicht gefunden',
  DOCUMENT_NOT_FOUND: 'Unterlage nicht gefunden',
  USER_NOT_FOUND: 'Benutzer nicht gefunden',
  FLAG_NOT_FOUND: 'Meldung nicht gefunden',
  AUTHORITY_NOT_FOUND: 'Behörde nicht gefunden',
  NOTIFICATION_NOT_FOUND: 'Benachrichtigung nicht gefunden',
  SEARCH_NOT_FOUND: 'Suche nicht mehr bekannt',
  LEARNED_PHRASE_NOT_FOUND: 'Formulierung nicht gefunden',
  SESSION_EXPIRED: 'Sitzung abgelaufen',
  DATABASE_UNAVAILABLE: 'Datenbank nicht erreichbar',
  SEARCH_UNAVAILABLE: 'Suche nicht erreichbar',
  INTERNAL_ERROR: 'Interner Fehler',
};

// invalid and conflict: the API's sentence ("Eine Ablehnung braucht einen Kommentar.") is the headline.
const categoryTitles: Record<ErrorCategory | 'network', string | null> = {
  invalid: null,
  conflict: null,
  unauthenticated: 'Nicht angemeldet',
  forbidden: 'Keine Berechtigung',
  not_found: 'Nicht gefunden',
  rate_limited: 'Zu viele Anfragen',
  unavailable: 'Vorübergehend nicht verfügbar',
  network: 'Keine Verbindung zum Server',
};

/** Headlines of error alerts, by stable error code and, failing that, by category. */
export const errorMessages = {
  generic: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  notFoundHint: 'Der Link ist vielleicht veraltet, oder der Eintrag wurde inzwischen gelöscht.',
  codeTitles,
  titles: categoryTitles,
} as const;
