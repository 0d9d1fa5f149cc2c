import type { ContentProblem } from '@bsc/domain';
import { ApiError } from '../../api/http';
import { articleMessages } from '../articles/messages';
import { editorMessages as m } from './messages';

/** Error texts by field path (`title`, `links.2.url`), as DraftForm shows them at the fields. */
export type FieldErrors = Readonly<Record<string, string>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields a refused save or submit names in `details.fields` (`content.` prefix removed). */
export function refusedFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details?.fields)) return [];
  return error.details.fields.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.field === 'string' ? [entry.field.replace(/^content\./, '')] : [],
  );
}

/**
 * What to show at each field: the draft's own problems, and the fields the API refused in the
 * last failed save (with a general text where the editor has no rule of its own for it).
 */
export function fieldErrors(problems: ContentProblem[], lastError: unknown): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of refusedFields(lastError)) errors[field] = m.fieldRefused;
  for (const problem of problems) errors[problem.field] = problem.message;
  return errors;
}

const LINK_PART = /^links\.(\d+)\.(label|url)$/;

/** The label of a field path for a list of problems ("Link 2: Adresse"). */
export function fieldLabel(path: string): string {
  const link = LINK_PART.exec(path);
  if (link) return m.linkField(Number(link[1]) + 1, link[2] === 'url' ? m.linkUrl : m.linkLabel);
  const top = path.split('.')[0];
  const labels: Record<string, string> = articleMessages.field;
  return labels[top] ?? top;
}

/** The problems a refused submit names, as "label: message" lines. */
export function incompleteFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'DRAFT_INCOMPLETE' || !Array.isArray(error.details?.fields)) return [];
  return error.details.fields.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string'
      ? [`${fieldLabel(entry.field)}: ${entry.message}`]
      : [],
  );
}
