/** Admin sections: path segment under /verwaltung and the message key of its name. */
export const ADMIN_SECTIONS = [
  { path: 'fachbereiche', key: 'departments' },
  { path: 'benutzer', key: 'users' },
  { path: 'unterlagen', key: 'documents' },
  { path: 'synonyme', key: 'synonyms' },
  { path: 'aktualitaet', key: 'freshness' },
  { path: 'meldungen', key: 'flags' },
  { path: 'suchanalyse', key: 'searchAnalytics' },
  { path: 'behoerden', key: 'authorities' },
  { path: 'protokoll', key: 'audit' },
] as const;
