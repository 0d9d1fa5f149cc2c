/** How many records a run created, updated and left as they were. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A catalogue entry the run did not import, and why. */
export interface SkippedEntry {
  ref: string;
  title: string;
  reason: string;
}

/** What an import run did. */
export interface ImportSummary {
  departments: ImportCounts;
  articles: ImportCounts;
  skipped: SkippedEntry[];
  publish: boolean;
  durationMs: number;
}

/** The summary as the CLI prints it (German: administrators read it). */
export function formatImportSummary(summary: ImportSummary): string {
  const { departments: d, articles: a } = summary;
  const lines = [
    `Import abgeschlossen in ${(summary.durationMs / 1000).toFixed(1)} s${summary.publish ? ' (veröffentlicht)' : ' (als Entwürfe)'}.`,
    `Fachbereiche: ${d.created} neu, ${d.updated} aktualisiert, ${d.unchanged} unverändert.`,
    `Artikel:      ${a.created} neu, ${a.updated} aktualisiert, ${a.unchanged} unverändert, ${summary.skipped.length} übersprungen.`,
  ];
  for (const entry of summary.skipped) lines.push(`  übersprungen ${entry.ref}${entry.title ? ` „${entry.title}“` : ''}: ${entry.reason}`);
  return lines.join('\n');
}

/** Whether the run changed anything at all (a repeated run must not). */
export function importChangedSomething(summary: ImportSummary): boolean {
  return summary.departments.created + summary.departments.updated + summary.articles.created + summary.articles.updated > 0;
}
