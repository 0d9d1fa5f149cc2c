/** Category of a domain error; the API's single exception filter maps it to an HTTP status. */
export type ErrorCategory = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable';

/** Every stable error code the product can return, with its category and a default German message. */
export const ErrorCodes = {
  VALIDATION_FAILED: { category: 'invalid', message: 'Die Eingabe ist ungültig.' },
  MALFORMED_REQUEST: { category: 'invalid', message: 'Die Anfrage konnte nicht gelesen werden.' },
  INVALID_TEXT_ENCODING: { category: 'invalid', message: 'Die Anfrage enthält ungültig kodierten Text.' },
  UNSUPPORTED_MEDIA_TYPE: { category: 'invalid', message: 'Nur JSON wird angenommen.' },
  PAYLOAD_TOO_LARGE: { category: 'invalid', message: 'Die Anfrage ist zu groß.' },
  BODY_INVALID: { category: 'invalid', message: 'Der Text enthält nicht erlaubte Elemente.' },
  BODY_TOO_LARGE: { category: 'invalid', message: 'Der Text ist zu lang.' },
  UNSAFE_LINK: { category: 'invalid', message: 'Der Link ist nicht erlaubt.' },
  DRAFT_INCOMPLETE: {
    category: 'invalid',
    message: 'Der Entwurf ist noch nicht vollständig. Bitte korrigieren Sie die markierten Felder.',
  },
  REJECT_COMMENT_REQUIRED: { category: 'invalid', message: 'Eine Ablehnung braucht einen Kommentar.' },
  FLAG_COMMENT_REQUIRED: {
    category: 'invalid',
    message: 'Bei „falsch“ und „unvollständig“ beschreiben Sie bitte, was falsch ist oder fehlt.',
  },
  RESOLUTION_NOTE_REQUIRED: { category: 'invalid', message: 'Bitte beschreiben Sie, wie die Meldung erledigt wurde.' },
  VALID_UNTIL_INVALID: {
    category: 'invalid',
    message: 'Das Ende der Gültigkeit muss nach dem Veröffentlichungszeitpunkt und in der Zukunft liegen.',
  },
  CONTACT_TARGET_INVALID: {
    category: 'invalid',
    message: 'Weiterleitung braucht einen Fachbereich, ein Verweis eine Behörde; andere Ergebnisse keines von beiden.',
  },
  CONTACT_RANGE_INVALID: { category: 'invalid', message: 'Der Zeitraum ist ungültig.' },
  CONTACT_SEARCH_INVALID: { category: 'invalid', message: 'Eine Suche gehört zu keinem Artikel dieses Kontakts.' },
  PUBLISH_AT_IN_PAST: { category: 'invalid', message: 'Der Veröffentlichungszeitpunkt liegt in der Vergangenheit.' },
  UNAUTHENTICATED: { category: 'unauthenticated', message: 'Bitte melden Sie sich an.' },
  INVALID_CREDENTIALS: { category: 'unauthenticated', message: 'Benutzername oder Passwort ist falsch.' },
  SESSION_EXPIRED: { category: 'unauthenticated', message: 'Die Sitzung ist abgelaufen.' },
  FORBIDDEN: { category: 'forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' },
  CSRF_TOKEN_INVALID: { category: 'forbidden', message: 'Die Anfrage wurde aus Sicherheitsgründen abgelehnt.' },
  DEPARTMENT_FORBIDDEN: { category: 'forbidden', message: 'Der Artikel gehört nicht zu Ihrem Fachbereich.' },
  CONTACT_SCOPE_FORBIDDEN: { category: 'forbidden', message: 'Sie sehen nur die Zahlen Ihrer eigenen Fachbereiche.' },
  SELF_APPROVAL_FORBIDDEN: { category: 'forbidden', message: 'Eigene Änderungen dürfen Sie nicht selbst freigeben.' },
  NOT_FOUND: { category: 'not_found', message: 'Nicht gefunden.' },
  ARTICLE_NOT_FOUND: { category: 'not_found', message: 'Der Artikel wurde nicht gefunden.' },
  VERSION_NOT_FOUND: { category: 'not_found', message: 'Die Version wurde nicht gefunden.' },
  DEPARTMENT_NOT_FOUND: { category: 'not_found', message: 'Der Fachbereich wurde nicht gefunden.' },
  DOCUMENT_NOT_FOUND: { category: 'not_found', message: 'Die Unterlage wurde nicht gefunden.' },
  USER_NOT_FOUND: { category: 'not_found', message: 'Der Benutzer wurde nicht gefunden.' },
  FLAG_NOT_FOUND: { category: 'not_found', message: 'Die Meldung wurde nicht gefunden.' },
  AUTHORITY_NOT_FOUND: { category: 'not_found', message: 'Die Behörde wurde nicht gefunden.' },
  NOTIFICATION_NOT_FOUND: { category: 'not_found', message: 'Die Benachrichtigung wurde nicht gefunden.' },
  SEARCH_NOT_FOUND: { category: 'not_found', message: 'Die Suche ist nicht (mehr) bekannt. Bitte suchen Sie erneut.' },
  LEARNED_PHRASE_NOT_FOUND: { category: 'not_found', message: 'Diese Formulierung wurde für den Artikel nicht gelernt.' },
  DRAFT_CONFLICT: { category: 'conflict', message: 'Der Entwurf wurde inzwischen geändert.' },
  CONCURRENT_CHANGE: { category: 'conflict', message: 'Der Artikel wurde gleichzeitig geändert. Bitte laden Sie ihn neu.' },
  INVALID_TRANSITION: { category: 'conflict', message: 'Dieser Schritt ist im aktuellen Status nicht möglich.' },
  NO_OPEN_DRAFT: { category: 'conflict', message: 'Es gibt keinen offenen Entwurf.' },
  DEPARTMENT_HAS_ARTICLES: { category: 'conflict', message: 'Der Fachbereich hat noch Artikel.' },
  DOCUMENT_IN_USE: { category: 'conflict', message: 'Die Unterlage wird noch in Artikeln verwendet.' },
  DUPLICATE: { category: 'conflict', message: 'Ein Eintrag mit diesem Schlüssel existiert bereits.' },
  FLAG_ALREADY_RESOLVED: { category: 'conflict', message: 'Die Meldung ist bereits erledigt.' },
  TOO_MANY_LOGIN_ATTEMPTS: { category: 'rate_limited', message: 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.' },
  DATABASE_UNAVAILABLE: { category: 'unavailable', message: 'Die Datenbank ist vorübergehend nicht erreichbar.' },
  SEARCH_UNAVAILABLE: { category: 'unavailable', message: 'Die Suche ist vorübergehend nicht erreichbar.' },
  INTERNAL_ERROR: { category: 'unavailable', message: 'Ein interner Fehler ist aufgetreten.' },
  SELF_LOCKOUT_FORBIDDEN: {
    category: 'conflict',
    message: 'Sie können sich nicht selbst die Administration entziehen oder sich deaktivieren.',
  },
  SYSTEM_USER_RESERVED: {
    category: 'conflict',
    message: 'Der Benutzer „import“ gehört dem Katalogimport: Er kann nicht angelegt oder bearbeitet werden.',
  },
  LAST_ADMIN_REQUIRED: {
    category: 'conflict',
    message: 'Der letzte aktive Administrator kann nicht herabgestuft oder deaktiviert werden.',
  },
} as const satisfies Record<string, { category: ErrorCategory; message: string }>;

/** A stable, client-visible error code. */
export type ErrorCode = keyof typeof ErrorCodes;

/** An expected failure of a business rule; never a programming error. */
export class DomainError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ErrorCodes[code].message);
    this.name = 'DomainError';
    this.category = ErrorCodes[code].category;
  }
}
