import type { FreshnessState } from '@bsc/domain';

/** Texts of the notification badge and list. */
export const notificationMessages = {
  pageTitle: 'Benachrichtigungen',
  intro: 'Neuigkeiten zu Artikeln und Meldungen, die Sie betreffen.',
  badgeLabel: 'Benachrichtigungen',
  unreadWord: 'ungelesen',
  listLabel: 'Benachrichtigungen',
  empty: 'Keine Benachrichtigungen.',
  unreadCount: (count: number) =>
    count === 0
      ? 'Alle Benachrichtigungen sind gelesen.'
      : count === 1
        ? '1 ungelesene Benachrichtigung'
        : `${count} ungelesene Benachrichtigungen`,
  markAllRead: 'Alle als gelesen markieren',
  markingAllRead: 'Wird markiert …',
  markRead: 'Als gelesen markieren',
  markReadFor: (title: string) => `Als gelesen markieren: ${title}`,
  newBadge: 'Neu',
  myFlagsLink: 'Meine Meldungen ansehen',
  flagQueueLink: 'Zu den Meldungen',
  by: (name: string) => `von ${name}`,
  fixedInVersion: (version: number) => `behoben in Version ${version}`,
  title: {
    reviewDue: (state: FreshnessState | null, title: string) =>
      state === 'overdue' ? `Prüfung überfällig: ${title}` : `Prüfung bald fällig: ${title}`,
    expiring: (title: string) => `Gültigkeit endet bald: ${title}`,
    flagCreated: (title: string) => `Neue Meldung zu: ${title}`,
    flagResolved: (title: string) => `Ihre Meldung wurde erledigt: ${title}`,
    reviewRequested: (title: string) => `Zur Freigabe eingereicht: ${title}`,
    rejected: (title: string) => `Entwurf abgelehnt: ${title}`,
  },
  dueOn: (date: string) => `fällig am ${date}`,
  endsOn: (date: string) => `endet am ${date}`,
  reason: (reason: string) => `Grund: ${reason}`,
} as const;
