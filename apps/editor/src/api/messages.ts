/** Texts for failures the API could not describe itself. */
export const httpMessages = {
  networkError: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  unexpectedResponse: 'Der Server hat unerwartet geantwortet.',
} as const;
