// Every text of the content-gap list (issue 12).

const searches = (n: number) => (n === 1 ? '1 Suche' : `${n} Suchen`);

export const contentGapMessages = {
  title: 'Inhaltslücken',
  intro:
    'Wonach Bürgerinnen und Bürger fragen, ohne dass ein Artikel antwortet: Suchen ohne passende Antwort oder ohne geöffneten Artikel, nach dem gemeinsamen Wort gruppiert. Hat eine Kollegin nach der Suche doch eine Antwort genutzt (kopiert, gedruckt, „Hat geholfen“, erledigt), zählt die Suche nicht.',
  period: 'Zeitraum',
  periodDays: (days: number) => `Letzte ${days} Tage`,
  csv: 'Als CSV herunterladen',
  empty: 'Keine Inhaltslücken in diesem Zeitraum.',
  tableCaption: 'Inhaltslücken nach Wort',
  columnTerm: 'Wort',
  columnSearches: 'Suchen',
  columnUnanswered: 'ohne Antwort',
  columnLastSeen: 'zuletzt',
  columnExamples: 'Beispiele',
  columnActions: 'Aktionen',
  summary: (term: string, total: number, unanswered: number) =>
    `${term} – ${searches(total)}${unanswered > 0 ? `, ${unanswered} ohne Antwort` : ', keine geöffnet'}`,
  createArticle: 'Artikel anlegen',
  // Visible text first: the accessible name must contain it (axe label-content-name-mismatch).
  createArticleFor: (term: string) => `Artikel anlegen zu „${term}“`,
  ignore: 'Ignorieren',
  ignoreFor: (term: string) => `Ignorieren: „${term}“`,
  ignoreTitle: 'Wort ignorieren?',
  ignoreText: (term: string) => `„${term}“ erscheint nicht mehr in der Liste. Das wird protokolliert.`,
  ignoreConfirm: 'Ignorieren',
  ignoring: 'Wird ignoriert …',
  cancel: 'Abbrechen',
  ignored: (term: string) => `„${term}“ wird ignoriert.`,
};
