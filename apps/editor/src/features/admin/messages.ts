/** Texts of the administration area. */
export const adminMessages = {
  pageTitle: 'Verwaltung',
  intro: 'Bereiche der Verwaltung. Die Bildschirme folgen.',
  sectionsLabel: 'Verwaltungsbereiche',
  sections: {
    departments: 'Fachbereiche',
    users: 'Benutzer',
    documents: 'Unterlagen',
    synonyms: 'Synonyme',
    freshness: 'Aktualität',
    flags: 'Meldungen',
    searchAnalytics: 'Suchanalyse',
    audit: 'Protokoll',
  },
  comingSoon: 'In Vorbereitung',
} as const;
