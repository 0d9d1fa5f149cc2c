// "Open now" is computed in the browser from the department's weekly hours, always in the
// office's time zone (Europe/Berlin), whatever time zone the agent's computer is set to.
import { localDayAndTime, OFFICE_TIME_ZONE, type OpeningHours } from '@bsc/domain';

/** Weekday (0 = Monday … 6 = Sunday) and "HH:MM" in the office's time zone. */
export interface OfficeClock {
  day: number;
  time: string;
}

/** The office clock at an instant. */
export function officeClock(at: Date): OfficeClock {
  return localDayAndTime(at, OFFICE_TIME_ZONE);
}

/** Result of the open-now computation. */
export type OpenState = { open: true; closes: string } | { open: false; next: { day: number; opens: string } | null };

// "HH:MM" strings compare correctly as text; the domain validates the format on save.
function slotsOf(hours: OpeningHours, day: number) {
  return hours.weekly.filter((slot) => slot.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
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
