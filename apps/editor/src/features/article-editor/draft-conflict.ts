import type { DraftView } from '@bsc/domain';
import { ApiError } from '../../api/http';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the parts of a DraftView the conflict handling relies on. */
export function isDraftView(value: unknown): value is DraftView {
  return (
    isRecord(value) &&
    typeof value.revision === 'number' &&
    typeof value.articleId === 'string' &&
    isRecord(value.content) &&
    typeof value.content.title === 'string'
  );
}

/** The server's current draft when the error is a 409 DRAFT_CONFLICT; otherwise null. */
export function conflictingDraft(error: unknown): DraftView | null {
  if (!(error instanceof ApiError) || error.code !== 'DRAFT_CONFLICT') return null;
  const current = error.details?.current;
  return isDraftView(current) ? current : null;
}
