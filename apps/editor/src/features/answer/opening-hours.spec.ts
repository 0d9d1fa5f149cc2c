import { buildDepartment } from '../../testing/factories';
import { officeClock, openStateAt } from './opening-hours';

const hours = buildDepartment().openingHours;

describe('officeClock', () => {
  it('reads the time in Europe/Berlin in winter (UTC+1)', () => {
    // Monday 2026-11-23 07:30 UTC = 08:30 in Berlin.
    expect(officeClock(new Date('2026-11-23T07:30:00Z'))).toEqual({ day: 0, time: '08:30' });
  });

  it('reads the time in Europe/Berlin in summer (UTC+2)', () => {
    // Sunday 2026-07-05 22:30 UTC = Monday 00:30 in Berlin.
    expect(officeClock(new Date('2026-07-05T22:30:00Z'))).toEqual({ day: 0, time: '00:30' });
  });
});

describe('openStateAt', () => {
  it('is open inside an interval and says until when', () => {
    expect(openStateAt(hours, { day: 0, time: '09:15' })).toEqual({ open: true, closes: '12:00' });
  });

  it('is closed at the closing minute and names the next opening the same day', () => {
    expect(openStateAt(hours, { day: 3, time: '12:00' })).toEqual({ open: false, next: { day: 3, opens: '14:00' } });
  });

  it('is closed in the evening and opens the next morning', () => {
    expect(openStateAt(hours, { day: 1, time: '18:30' })).toEqual({ open: false, next: { day: 2, opens: '08:00' } });
  });

  it('wraps from the weekend to Monday', () => {
    expect(openStateAt(hours, { day: 5, time: '10:00' })).toEqual({ open: false, next: { day: 0, opens: '08:00' } });
  });

  it('finds the same weekday next week when that is the only opening', () => {
    const onlyMonday = { weekly: [{ day: 0, opens: '08:00', closes: '09:00' }] };
    expect(openStateAt(onlyMonday, { day: 0, time: '10:00' })).toEqual({ open: false, next: { day: 0, opens: '08:00' } });
  });

  it('is closed without a next opening when no hours are stored', () => {
    expect(openStateAt({ weekly: [] }, { day: 2, time: '10:00' })).toEqual({ open: false, next: null });
  });
});
