import type { FlagReason } from '@bsc/domain';

/** Texts of flagging an article. */
export const feedbackMessages = {
  dialogTitle: 'Artikel melden',
  intro: 'Was stimmt mit diesem Artikel nicht? Der zuständige Fachbereich wird benachrichtigt.',
  reasonLegend: 'Grund',
  reason: {
    outdated: 'veraltet',
    wrong: 'falsch',
    incomplete: 'unvollständig',
    unclear: 'unklar',
  } satisfies Record<FlagReason, string>,
  commentLabel: 'Kommentar',
  commentHint: 'Bitte beschreiben Sie kurz, was fehlt oder falsch ist. Keine personenbezogenen Daten von Bürgerinnen und Bürgern.',
  submit: 'Meldung senden',
  submitting: 'Wird gesendet …',
  sent: 'Danke, Ihre Meldung wurde gesendet.',
} as const;
