import type { AuditAction, AuditDetailKey } from './audit-events';

// Record<AuditAction, …> and Record<AuditDetailField, …>: a new action or detail field without a
// German label is a compile error, so the audit log never shows a raw key by oversight.

/** German name of every audited action, as the audit log shows and filters it. */
export const AUDIT_ACTION_LABELS = {
  'article.created': 'Artikel angelegt',
  'article.updated': 'Artikel aktualisiert (Import)',
  'article.draft_saved': 'Entwurf gespeichert',
  'article.draft_opened': 'Entwurf begonnen',
  'article.restored': 'Version wiederhergestellt',
  'article.submitted': 'Zur Freigabe eingereicht',
  'article.approved': 'Freigegeben',
  'article.rejected': 'Abgelehnt',
  'article.archived': 'Archiviert',
  'article.verified': 'Als aktuell bestätigt',
  'article.published_scheduled': 'Geplant veröffentlicht',
  'article.expired': 'Gültigkeit abgelaufen',
  'article.review_interval_changed': 'Prüfintervall geändert',
  'flag.created': 'Meldung erstellt',
  'flag.updated': 'Meldung ergänzt',
  'flag.resolved': 'Meldung erledigt',
  'learned_phrase.blocked': 'Gelernte Formulierung gesperrt',
  'learned_phrase.adopted': 'Gelernte Formulierung übernommen',
  'auth.login': 'Anmeldung',
  'auth.logout': 'Abmeldung',
  'user.created': 'Benutzer angelegt',
  'user.updated': 'Benutzer geändert',
  'department.created': 'Fachbereich angelegt',
  'department.updated': 'Fachbereich geändert',
  'department.deleted': 'Fachbereich gelöscht',
  'document.created': 'Unterlage angelegt',
  'document.updated': 'Unterlage umbenannt',
  'document.deleted': 'Unterlage gelöscht',
  'synonym.created': 'Synonym angelegt',
  'synonym.deleted': 'Synonym gelöscht',
  'content_gap.ignored': 'Inhaltslücke ignoriert',
  'search.reindex_started': 'Suchindex neu aufgebaut',
  'search_events.purged': 'Suchprotokoll bereinigt',
  'import.completed': 'Import abgeschlossen',
  'authority.created': 'Behörde angelegt',
  'authority.updated': 'Behörde geändert',
  'contacts.purged': 'Kontaktstatistik bereinigt',
} as const satisfies Record<AuditAction, string>;

// Open-ended detail shapes (Record<string, …>, e.g. the import report) add `string`, which names no field.
type NamedKeys<K> = K extends string ? (string extends K ? never : K) : never;

/** A detail field some audited action records. */
export type AuditDetailField = NamedKeys<{ [A in AuditAction]: AuditDetailKey<A> }[AuditAction]>;

/** German label of every detail field an audited action records. */
export const AUDIT_DETAIL_LABELS = {
  title: 'Titel',
  kind: 'Art',
  import: 'Import',
  externalRef: 'Externe Kennung',
  version: 'Version',
  draft: 'Als Entwurf',
  revision: 'Bearbeitungsstand',
  fromVersion: 'Aus Version',
  changeNote: 'Änderungsnotiz',
  scheduledFor: 'Geplant für',
  comment: 'Kommentar',
  from: 'Vorher',
  to: 'Nachher',
  flagId: 'Meldung',
  reason: 'Grund',
  fixedInVersion: 'Behoben in Version',
  phrase: 'Formulierung',
  login: 'Anmeldename',
  roles: 'Rollen',
  system: 'Systembenutzer',
  before: 'Vorher',
  after: 'Nachher',
  passwordChanged: 'Passwort geändert',
  code: 'Kürzel',
  name: 'Name',
  reindexedArticles: 'Neu indexierte Artikel',
  term: 'Begriff',
  synonyms: 'Synonyme',
  via: 'Ausgelöst über',
  deleted: 'Gelöscht',
  signals: 'Gelöschte Nutzungssignale',
  olderThan: 'Älter als',
  retentionDays: 'Aufbewahrung (Tage)',
  active: 'Aktiv',
} as const satisfies Record<AuditDetailField, string>;

/** Whether a string is an audited action (the log stores actions as text). */
export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action);
}

/** The German label of an action; an unknown one (from a newer server) as it is stored. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action;
}

function isAuditDetailField(key: string): key is AuditDetailField {
  return Object.hasOwn(AUDIT_DETAIL_LABELS, key);
}

/** The German label of a detail field; an unknown one (import report) as it is stored. */
export function auditDetailLabel(key: string): string {
  return isAuditDetailField(key) ? AUDIT_DETAIL_LABELS[key] : key;
}
