import type { OpeningHours } from './api-types';
import { DomainError } from './errors';
import { CatalogueLimits } from './limits';

/** German short names of the weekdays, index 0 = Monday (as in OpeningHours). */
export const WEEKDAY_SHORT_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;

/** The time zone of the district office; opening hours are local times there. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday (0 = Monday … 6 = Sunday) and "HH:MM" at the office. */
export interface OfficeClock {
  day: number;
  time: string;
}

/** Whether the office is open at a clock, until when, or when it opens next (null: never). */
export type OpenState = { open: true; closes: string } | { open: false; next: { day: number; opens: string } | null };

/** Whether the opening hours include the moment `at`, read as local time in `timeZone` (DST-aware). */
export function isOpenAt(hours: OpeningHours, at: Date, timeZone = OFFICE_TIME_ZONE): boolean {
  return openStateAt(hours, localDayAndTime(at, timeZone)).open;
}

/** Whether the office is open at the clock, until when, or when it opens next. */
export function openStateAt(hours: OpeningHours, clock: OfficeClock): OpenState {
  const current = slotsOf(hours, clock.day).find((slot) => slot.opens <= clock.time && clock.time < slot.closes);
  if (current) return { open: true, closes: current.closes };
  for (let ahead = 0; ahead < 8; ahead += 1) {
    const day = (clock.day + ahead) % 7;
    const next = slotsOf(hours, day).find((slot) => ahead > 0 || slot.opens > clock.time);
    if (next) return { open: false, next: { day, opens: next.opens } };
  }
  return { open: false, next: null };
}

// "HH:MM" strings compare correctly as text; validateOpeningHours checks the format on save.
function slotsOf(hours: OpeningHours, day: number): OpeningHours['weekly'] {
  return hours.weekly.filter((slot) => slot.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** Weekday (0 = Monday) and "HH:MM" of a moment in a time zone. */
export function localDayAndTime(at: Date, timeZone: string): OfficeClock {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: WEEKDAY_INDEX[part('weekday')], time: `${part('hour')}:${part('minute')}` };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The hours of one weekday (0 = Monday) as "08:00–12:00, 14:00–18:00"; '' when closed that day. */
export function hoursOnDay(hours: OpeningHours, day: number): string {
  return slotsOf(hours, day)
    .map((slot) => `${slot.opens}–${slot.closes}`)
    .join(', ');
}

/**
 * The opening hours as German lines for an answer card, e.g. "Mo–Mi 08:00–12:00",
 * "Do 08:00–12:00, 14:00–18:00"; consecutive days with equal hours share a line, closed days
 * are left out, the note comes last.
 */
export function describeOpeningHours(hours: OpeningHours): string[] {
  const perDay = WEEKDAY_SHORT_DE.map((_, day) => hoursOnDay(hours, day));
  const lines: string[] = [];
  let day = 0;
  while (day < perDay.length) {
    let last = day;
    while (last + 1 < perDay.length && perDay[last + 1] === perDay[day]) last++;
    if (perDay[day] !== '') lines.push(`${dayRange(day, last)} ${perDay[day]}`);
    day = last + 1;
  }
  const note = hours.note?.trim();
  if (note) lines.push(note);
  return lines;
}

function dayRange(first: number, last: number): string {
  if (first === last) return WEEKDAY_SHORT_DE[first];
  const separator = last - first === 1 ? ', ' : '–';
  return `${WEEKDAY_SHORT_DE[first]}${separator}${WEEKDAY_SHORT_DE[last]}`;
}

/**
 * Checks untrusted opening hours and returns a clean copy sorted by day and time. Throws
 * DomainError VALIDATION_FAILED with `details.field` (e.g. "weekly[2].closes").
 */
export function validateOpeningHours(input: unknown): OpeningHours {
  if (!isRecord(input) || !Array.isArray(input.weekly)) {
    fail('Öffnungszeiten müssen eine Liste von Zeiträumen enthalten.', 'weekly');
  }
  const weekly = input.weekly.map((slot: unknown, index) => validateSlot(slot, `weekly[${index}]`));
  checkOverlaps(weekly);
  const result: OpeningHours = { weekly: [...weekly].sort(compareSlots) };
  if (input.note !== undefined && input.note !== null) result.note = validateNote(input.note);
  return result;
}

type Slot = OpeningHours['weekly'][number];

function validateSlot(slot: unknown, field: string): Slot {
  if (!isRecord(slot)) fail('Ein Zeitraum muss Tag, Beginn und Ende haben.', field);
  const { day, opens, closes } = slot;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) {
    fail('Der Tag muss zwischen 0 (Montag) und 6 (Sonntag) liegen.', `${field}.day`);
  }
  if (typeof opens !== 'string' || !TIME.test(opens)) fail('Beginn im Format HH:MM angeben.', `${field}.opens`);
  if (typeof closes !== 'string' || !TIME.test(closes)) fail('Ende im Format HH:MM angeben.', `${field}.closes`);
  if (opens >= closes) fail('Das Ende muss nach dem Beginn liegen.', `${field}.closes`);
  return { day, opens, closes };
}

function checkOverlaps(weekly: readonly Slot[]): void {
  weekly.forEach((slot, index) => {
    const clash = weekly.findIndex(
      (other, j) => j < index && other.day === slot.day && other.opens < slot.closes && slot.opens < other.closes,
    );
    if (clash >= 0) fail(`Der Zeitraum überschneidet sich mit Zeitraum ${clash + 1}.`, `weekly[${index}]`);
  });
}

function validateNote(note: unknown): string {
  if (typeof note !== 'string') fail('Der Hinweis muss ein Text sein.', 'note');
  if (note.length > CatalogueLimits.descriptionMax) fail('Der Hinweis ist zu lang.', 'note');
  return note;
}

function compareSlots(a: Slot, b: Slot): number {
  return a.day - b.day || a.opens.localeCompare(b.opens);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string, field: string): never {
  throw new DomainError('VALIDATION_FAILED', message, { field });
}
