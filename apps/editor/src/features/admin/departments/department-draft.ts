// The department form's state and its checks before sending. The API validates again; these
// checks exist so the admin sees every problem next to its field at once.
import { CatalogueLimits, type DepartmentInput, type DepartmentView, type OpeningHours } from '@bsc/domain';
import { adminMessages } from '../messages';
import { intervalsOfDay } from './opening-hours-edit';

const m = adminMessages.departments;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTPS_URL = /^https:\/\/[^\s<>"]+$/;

/** What the form edits: the department's fields, numbers as typed text. */
export interface DepartmentDraft {
  code: string;
  name: string;
  phone: string;
  email: string;
  room: string;
  address: string;
  openingHours: OpeningHours;
  appointmentUrl: string;
  reviewIntervalDays: string;
}

/** Field errors; `hours` maps an interval's index in `weekly` to its message. */
export interface DepartmentErrors {
  fields: Partial<Record<Exclude<keyof DepartmentDraft, 'openingHours'>, string>>;
  hours: ReadonlyMap<number, string>;
}

/** The form state for a new department (defaults) or an existing one. */
export function draftFromDepartment(department?: DepartmentView): DepartmentDraft {
  if (!department) {
    return {
      code: '',
      name: '',
      phone: '',
      email: '',
      room: '',
      address: '',
      openingHours: { weekly: [] },
      appointmentUrl: '',
      reviewIntervalDays: '180',
    };
  }
  const { id: _id, appointmentUrl, reviewIntervalDays, ...rest } = department;
  return { ...rest, appointmentUrl: appointmentUrl ?? '', reviewIntervalDays: String(reviewIntervalDays) };
}

/** Per interval: both times present, end after start, no overlap with the day's previous one. */
export function checkOpeningHours(hours: OpeningHours): Map<number, string> {
  const errors = new Map<number, string>();
  for (let day = 0; day < 7; day++) {
    let previousCloses: string | null = null;
    const byTime = intervalsOfDay(hours, day).sort((a, b) => a.interval.opens.localeCompare(b.interval.opens));
    for (const { index, interval } of byTime) {
      if (!TIME.test(interval.opens) || !TIME.test(interval.closes)) errors.set(index, adminMessages.hours.timeMissing);
      else if (interval.opens >= interval.closes) errors.set(index, adminMessages.hours.endBeforeStart);
      else if (previousCloses !== null && interval.opens < previousCloses) errors.set(index, adminMessages.hours.overlap);
      if (TIME.test(interval.closes)) previousCloses = interval.closes;
    }
  }
  return errors;
}

function intervalDays(text: string): number | null {
  const days = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return days >= CatalogueLimits.reviewIntervalMinDays && days <= CatalogueLimits.reviewIntervalMaxDays ? days : null;
}

function checkFields(draft: DepartmentDraft): DepartmentErrors['fields'] {
  const fields: DepartmentErrors['fields'] = {};
  if (!CatalogueLimits.codePattern.test(draft.code.trim())) fields.code = m.codeInvalid;
  if (!draft.name.trim()) fields.name = adminMessages.fieldRequired;
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) fields.email = m.emailInvalid;
  if (draft.appointmentUrl.trim() && !HTTPS_URL.test(draft.appointmentUrl.trim())) fields.appointmentUrl = m.appointmentUrlInvalid;
  if (intervalDays(draft.reviewIntervalDays) === null) {
    fields.reviewIntervalDays = m.reviewIntervalInvalid(CatalogueLimits.reviewIntervalMinDays, CatalogueLimits.reviewIntervalMaxDays);
  }
  return fields;
}

/** Either the request body or the errors to show. */
export function toDepartmentInput(draft: DepartmentDraft): { input: DepartmentInput } | { errors: DepartmentErrors } {
  const fields = checkFields(draft);
  const hours = checkOpeningHours(draft.openingHours);
  const days = intervalDays(draft.reviewIntervalDays);
  if (Object.keys(fields).length > 0 || hours.size > 0 || days === null) return { errors: { fields, hours } };
  const note = draft.openingHours.note?.trim();
  return {
    input: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      email: draft.email.trim(),
      room: draft.room.trim(),
      address: draft.address.trim(),
      openingHours: { weekly: draft.openingHours.weekly, ...(note ? { note } : {}) },
      appointmentUrl: draft.appointmentUrl.trim() || null,
      reviewIntervalDays: days,
    },
  };
}
