import type { ContactOverride } from '@bsc/domain';

const FIELDS = ['phone', 'email', 'room', 'note'] as const satisfies readonly (keyof ContactOverride)[];

/** Applies one field change; cleared fields are dropped, an empty override becomes null. */
export function updateContactOverride(
  current: ContactOverride | null,
  field: keyof ContactOverride,
  value: string,
): ContactOverride | null {
  const merged: ContactOverride = { ...current, [field]: value };
  const next: ContactOverride = {};
  for (const key of FIELDS) {
    const text = merged[key];
    if (text) next[key] = text;
  }
  return Object.keys(next).length > 0 ? next : null;
}
