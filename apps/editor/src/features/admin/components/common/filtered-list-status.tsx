/** Props of FilteredListStatus. */
export interface FilteredListStatusProps {
  total: number;
  shown: number;
  countText: (shown: number) => string;
  emptyText: string;
  noMatchText: string;
}

/** Under a filter box: how many entries are shown, or why none are. */
export function FilteredListStatus({ total, shown, countText, emptyText, noMatchText }: FilteredListStatusProps) {
  if (total === 0) return <p>{emptyText}</p>;
  if (shown === 0) return <p>{noMatchText}</p>;
  return <p className="muted">{countText(shown)}</p>;
}
