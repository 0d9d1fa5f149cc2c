// Editing steps of the opening-hours editor. Intervals are kept in one flat list (the API's
// shape); the editor groups them by weekday and addresses each by its index in the list.
import type { OpeningHours } from '@bsc/domain';

/** One interval of the weekly opening hours. */
export type OpeningInterval = OpeningHours['weekly'][number];

/** An interval of one day together with its index in `weekly`. */
export interface IndexedInterval {
  index: number;
  interval: OpeningInterval;
}

const FIRST_INTERVAL = { opens: '08:00', closes: '12:00' };

/**
 * The intervals of a weekday in list order, each with its index in `weekly`. Not sorted by time:
 * rows must not jump while someone types a time (the API stores them sorted).
 */
export function intervalsOfDay(hours: OpeningHours, day: number): IndexedInterval[] {
  return hours.weekly.map((interval, index) => ({ index, interval })).filter((entry) => entry.interval.day === day);
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Adds an interval to a day: 08:00–12:00 first, later ones start an hour after the day's latest end. */
export function addInterval(hours: OpeningHours, day: number): OpeningHours {
  const closes = intervalsOfDay(hours, day).map((entry) => entry.interval.closes);
  const latest = closes.sort().at(-1);
  const next = latest ? { opens: addMinutes(latest, 60), closes: addMinutes(latest, 180) } : FIRST_INTERVAL;
  return { ...hours, weekly: [...hours.weekly, { day, ...next }] };
}

/** Removes the interval at `index`. */
export function removeInterval(hours: OpeningHours, index: number): OpeningHours {
  return { ...hours, weekly: hours.weekly.filter((_, i) => i !== index) };
}

/** Changes the start or end time of the interval at `index`. */
export function updateInterval(
  hours: OpeningHours,
  index: number,
  change: Partial<Pick<OpeningInterval, 'opens' | 'closes'>>,
): OpeningHours {
  return { ...hours, weekly: hours.weekly.map((interval, i) => (i === index ? { ...interval, ...change } : interval)) };
}

/** Sets the free-text note; an empty note is left out. */
export function setNote(hours: OpeningHours, note: string): OpeningHours {
  const { note: _previous, ...rest } = hours;
  return note === '' ? rest : { ...rest, note };
}
