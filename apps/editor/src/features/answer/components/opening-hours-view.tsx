import { describeOpeningHours, hoursOnDay, WEEKDAY_SHORT_DE, type OpeningHours } from '@bsc/domain';
import { useOfficeClock, useOpenState } from '../hooks/use-open-state';
import { answerMessages as m } from '../messages';

/**
 * "jetzt geöffnet" / "jetzt geschlossen" with the next opening. Without any weekly hours
 * nothing is known, so nothing is claimed: no badge at all (never "jetzt geschlossen").
 */
export function OpenNowBadge({ hours }: { hours: OpeningHours }) {
  const state = useOpenState(hours);
  if (hours.weekly.length === 0) return null;
  if (state.open) return <span className="badge badge--success">{m.openNow(state.closes)}</span>;
  return (
    <span className="badge badge--neutral">
      {m.closedNow}
      {state.next && ` – ${m.opensNext(state.next.day, state.next.opens)}`}
    </span>
  );
}

/** The weekly opening hours, one line per run of days with equal hours ("Mo–Mi 08:00–12:00"). */
export function OpeningHoursList({ hours }: { hours: OpeningHours }) {
  const lines = describeOpeningHours(hours);
  if (lines.length === 0) return <p>{m.noOpeningHours}</p>;
  return (
    <ul className="hours">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * Today's hours at the office ("Heute (Mo): 08:00–12:00"), what a caller asks first. Like the
 * badge it claims nothing when no weekly hours are known; "heute geschlossen" only when they are.
 */
export function TodayHours({ hours }: { hours: OpeningHours }) {
  const { day } = useOfficeClock();
  if (hours.weekly.length === 0) return null;
  const today = hoursOnDay(hours, day);
  return (
    <p className="contact__today" data-testid="today-hours">
      <strong>{m.today(WEEKDAY_SHORT_DE[day])}:</strong> {today || m.closedToday}
    </p>
  );
}
