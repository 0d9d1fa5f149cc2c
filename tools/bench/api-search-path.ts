/** The agent's search as the editor sends it (default limit). */
export function apiSearchPath(q: string): string {
  return `/api/v1/search?q=${encodeURIComponent(q)}`;
}
