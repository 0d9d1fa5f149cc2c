import { uiMessages } from './messages';

/** A polite "loading" placeholder for a page or section. */
export function Loading({ label = uiMessages.loading }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
