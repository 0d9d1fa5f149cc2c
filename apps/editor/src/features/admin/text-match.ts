/** Case-insensitive "contains" over the given texts; an empty query matches everything. */
export function matchesFilter(query: string, ...texts: string[]): boolean {
  const needle = query.trim().toLocaleLowerCase('de-DE');
  return needle === '' || texts.some((text) => text.toLocaleLowerCase('de-DE').includes(needle));
}
