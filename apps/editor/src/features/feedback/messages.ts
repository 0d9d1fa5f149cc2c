import { ErrorCodes, type FlagReason } from '@bsc/domain';

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
  reasonRequired: 'Bitte wählen Sie einen Grund.',
  commentLabel: 'Kommentar',
  commentLabelRequired: 'Kommentar (erforderlich)',
  commentHint: 'Bitte beschreiben Sie kurz, was fehlt oder falsch ist. Keine personenbezogenen Daten von Bürgerinnen und Bürgern.',
  // The rule's wording lives with the rule in libs/domain.
  commentRequired: ErrorCodes.FLAG_COMMENT_REQUIRED.message,
  submit: 'Meldung senden',
  submitting: 'Wird gesendet …',
  sent: 'Danke, Ihre Meldung wurde gesendet.',
} as const;
