/** Texts of the shared UI primitives. */
export const uiMessages = {
  close: 'Schließen',
  cancel: 'Abbrechen',
  loading: 'Wird geladen …',
  genericError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  errorReference: 'Fehlernummer',
} as const;
