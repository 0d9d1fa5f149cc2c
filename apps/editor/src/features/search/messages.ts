/** Texts of the agent search. */
export const searchMessages = {
  pageTitle: 'Suche',
  inputLabel: 'Anliegen suchen',
  placeholder: 'Anliegen in Bürgerworten, z. B. „Auto ummelden“',
  shortcutHint: 'Tastenkürzel: / oder Strg+K springt in die Suche, Pfeiltasten wählen, Eingabe öffnet.',
  limitReached: (max: number) => `Die Suche liest höchstens ${max} Zeichen – fassen Sie das Anliegen kürzer.`,
  resultsLabel: 'Suchergebnisse',
  hitCount: (count: number) => (count === 0 ? 'Keine Treffer' : `${count} Treffer`),
  noHits: (query: string) => `Keine Treffer für „${query}“. Versuchen Sie andere Worte.`,
  searching: 'Suche läuft …',
  emptyHint: 'Geben Sie das Anliegen ein – die Ergebnisse erscheinen beim Tippen.',
  degraded: 'Eingeschränkte Suche: Ergebnisse aus der Datenbank',
  noAnswer: 'Kein passender Artikel gefunden',
  noAnswerHint: (query: string) =>
    `Zu „${query}“ gibt es keinen Artikel, der sicher passt. Fragen Sie nach oder versuchen Sie andere Worte.`,
  showCandidates: (count: number) => `Trotzdem Treffer anzeigen (${count})`,
  candidatesShown: 'Unsichere Treffer – prüfen Sie, ob einer zum Anliegen passt.',
  department: 'Fachbereich',
  moreHits: 'Weitere Treffer',
  loadingMore: 'Weitere Treffer werden geladen …',
  shownOf: (shown: number, total: number) => `${shown} von ${total} Treffern angezeigt`,
} as const;
