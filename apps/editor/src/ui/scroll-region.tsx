import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller that keyboard users can reach and scroll with the arrow
 * keys (axe `scrollable-region-focusable`); the label names it when it takes the focus.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
