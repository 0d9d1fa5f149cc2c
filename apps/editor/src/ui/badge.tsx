import type { ReactNode } from 'react';

/** Colour of a badge; each tone meets WCAG AA contrast on its background. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A small status label. */
export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
