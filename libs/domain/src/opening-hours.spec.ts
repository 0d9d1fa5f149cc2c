import type { OpeningHours } from './api-types';
import { DomainError } from './errors';
import { describeOpeningHours, hoursOnDay, isOpenAt, localDayAndTime, openStateAt, validateOpeningHours } from './opening-hours';

const hours: OpeningHours = {
  weekly: [
    { day: 0, opens: '08:00', closes: '12:00' },
    { day: 0, opens: '14:00', closes: '16:00' },
    { day: 3, opens: '08:00', closes: '18:00' },
  ],
};

describe('isOpenAt', () => {
  it.each([
    ['winter, CET: 08:00 local is 07:00 UTC', '2026-01-05T07:00:00Z', true],
    ['winter, one minute before opening', '2026-01-05T06:59:00Z', false],
    ['winter, closing time is exclusive', '2026-01-05T11:00:00Z', false],
    ['winter, lunch break', '2026-01-05T12:30:00Z', false],
    ['winter, afternoon', '2026-01-05T13:30:00Z', true],
    ['summer, CEST: 08:00 local is 06:00 UTC', '2026-07-06T06:00:00Z', true],
    ['summer, 07:59 local is still closed', '2026-07-06T05:59:00Z', false],
    ['summer, 11:59 local', '2026-07-06T09:59:00Z', true],
    ['summer, 12:00 local', '2026-07-06T10:00:00Z', false],
    ['Thursday', '2026-01-08T16:59:00Z', true],
    ['Tuesday is closed', '2026-01-06T09:00:00Z', false],
  ])('%s', (_name, iso, open) => {
    expect(isOpenAt(hours, new Date(iso))).toBe(open);
  });

  it('uses the local weekday across midnight UTC', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Berlin.
    expect(localDayAndTime(new Date('2026-01-04T23:30:00Z'), 'Europe/Berlin')).toEqual({
      day: 0,
      time: '00:30',
    });
    const allNight: OpeningHours = { weekly: [{ day: 0, opens: '00:00', closes: '01:00' }] };
    expect(isOpenAt(allNight, new Date('2026-01-04T23:30:00Z'))).toBe(true);
    expect(isOpenAt(allNight, new Date('2026-01-04T23:30:00Z'), 'UTC')).toBe(false);
  });

  it('reads the day of the DST switch correctly', () => {
    // 29 March 2026: clocks jump from 02:00 to 03:00; 01:30 UTC is 03:30 CEST.
    expect(localDayAndTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toEqual({
      day: 6,
      time: '03:30',
    });
    expect(localDayAndTime(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toEqual({
      day: 6,
      time: '02:30',
    });
    expect(localDayAndTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toEqual({
      day: 6,
      time: '02:30',
    });
  });

  it('is never open without hours', () => {
    expect(isOpenAt({ weekly: [] }, new Date('2026-01-05T09:00:00Z'))).toBe(false);
  });
});

describe('hoursOnDay', () => {
  it("lists one day's slots in time order, '' for a closed day", () => {
    const unsorted: OpeningHours = { weekly: [...hours.weekly].reverse() };
    expect(hoursOnDay(unsorted, 0)).toBe('08:00–12:00, 14:00–16:00');
    expect(hoursOnDay(unsorted, 3)).toBe('08:00–18:00');
    expect(hoursOnDay(unsorted, 1)).toBe('');
  });
});

describe('describeOpeningHours', () => {
  it('writes one German line per day with hours, in time order', () => {
    const unsorted: OpeningHours = { weekly: [...hours.weekly].reverse() };
    expect(describeOpeningHours(unsorted)).toEqual(['Mo 08:00–12:00, 14:00–16:00', 'Do 08:00–18:00']);
  });

  it('groups consecutive days with equal hours', () => {
    const week = [0, 1, 2, 4].map((day) => ({ day, opens: '08:00', closes: '12:00' }));
    const result = describeOpeningHours({
      weekly: [
        ...week,
        { day: 3, opens: '08:00', closes: '18:00' },
        { day: 5, opens: '09:00', closes: '12:00' },
        { day: 6, opens: '09:00', closes: '12:00' },
      ],
    });
    expect(result).toEqual(['Mo–Mi 08:00–12:00', 'Do 08:00–18:00', 'Fr 08:00–12:00', 'Sa, So 09:00–12:00']);
  });

  it('adds the note as last line and returns nothing for no hours', () => {
    expect(describeOpeningHours({ weekly: [], note: ' Termine nur nach Vereinbarung ' })).toEqual(['Termine nur nach Vereinbarung']);
    expect(describeOpeningHours({ weekly: [] })).toEqual([]);
  });
});

describe('validateOpeningHours', () => {
  function fieldOf(input: unknown): unknown {
    try {
      validateOpeningHours(input);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION_FAILED') return error.details?.field;
      throw error;
    }
    throw new Error('expected validation to fail');
  }

  it('returns a sorted copy without unknown keys', () => {
    const input = {
      weekly: [
        { day: 1, opens: '14:00', closes: '16:00', extra: true },
        { day: 0, opens: '08:00', closes: '12:00' },
        { day: 1, opens: '08:00', closes: '12:00' },
      ],
      note: 'Hinweis',
      other: 1,
    };
    expect(validateOpeningHours(input)).toEqual({
      weekly: [
        { day: 0, opens: '08:00', closes: '12:00' },
        { day: 1, opens: '08:00', closes: '12:00' },
        { day: 1, opens: '14:00', closes: '16:00' },
      ],
      note: 'Hinweis',
    });
  });

  it('accepts empty hours and the day boundaries', () => {
    expect(validateOpeningHours({ weekly: [] })).toEqual({ weekly: [] });
    expect(validateOpeningHours({ weekly: [{ day: 6, opens: '00:00', closes: '23:59' }] }).weekly).toHaveLength(1);
  });

  it.each([
    ['no object', null, 'weekly'],
    ['weekly missing', {}, 'weekly'],
    ['slot not an object', { weekly: ['Mo 8-12'] }, 'weekly[0]'],
    ['day 7', { weekly: [{ day: 7, opens: '08:00', closes: '09:00' }] }, 'weekly[0].day'],
    ['day -1', { weekly: [{ day: -1, opens: '08:00', closes: '09:00' }] }, 'weekly[0].day'],
    ['day 1.5', { weekly: [{ day: 1.5, opens: '08:00', closes: '09:00' }] }, 'weekly[0].day'],
    ['day as string', { weekly: [{ day: '1', opens: '08:00', closes: '09:00' }] }, 'weekly[0].day'],
    ['opens without leading zero', { weekly: [{ day: 1, opens: '8:00', closes: '09:00' }] }, 'weekly[0].opens'],
    ['opens 24:00', { weekly: [{ day: 1, opens: '24:00', closes: '09:00' }] }, 'weekly[0].opens'],
    ['closes 12:60', { weekly: [{ day: 1, opens: '08:00', closes: '12:60' }] }, 'weekly[0].closes'],
    ['closes missing', { weekly: [{ day: 1, opens: '08:00' }] }, 'weekly[0].closes'],
    ['closes before opens', { weekly: [{ day: 1, opens: '12:00', closes: '08:00' }] }, 'weekly[0].closes'],
    ['closes equal to opens', { weekly: [{ day: 1, opens: '12:00', closes: '12:00' }] }, 'weekly[0].closes'],
    [
      'overlapping slots',
      {
        weekly: [
          { day: 2, opens: '08:00', closes: '12:00' },
          { day: 2, opens: '11:00', closes: '13:00' },
        ],
      },
      'weekly[1]',
    ],
    ['note not a string', { weekly: [], note: 5 }, 'note'],
    ['note too long', { weekly: [], note: 'x'.repeat(2001) }, 'note'],
  ])('rejects %s', (_name, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('allows adjacent slots on one day and equal slots on different days', () => {
    const input = {
      weekly: [
        { day: 2, opens: '08:00', closes: '12:00' },
        { day: 2, opens: '12:00', closes: '13:00' },
        { day: 3, opens: '08:00', closes: '12:00' },
      ],
    };
    expect(validateOpeningHours(input).weekly).toHaveLength(3);
  });

  it('explains errors in German', () => {
    expect(() => validateOpeningHours({ weekly: [{ day: 1, opens: '8', closes: '9' }] })).toThrow('Beginn im Format HH:MM angeben.');
  });
});

// Mornings Monday to Friday, Thursday afternoon too.
const weekdays: OpeningHours = {
  weekly: [...[0, 1, 2, 3, 4].map((day) => ({ day, opens: '08:00', closes: '12:00' })), { day: 3, opens: '14:00', closes: '18:00' }],
};

describe('openStateAt', () => {
  it('is open inside an interval and says until when', () => {
    expect(openStateAt(weekdays, { day: 0, time: '09:15' })).toEqual({ open: true, closes: '12:00' });
  });

  it('is closed at the closing minute and names the next opening the same day', () => {
    expect(openStateAt(weekdays, { day: 3, time: '12:00' })).toEqual({ open: false, next: { day: 3, opens: '14:00' } });
  });

  it('is closed in the evening and opens the next morning', () => {
    expect(openStateAt(weekdays, { day: 1, time: '18:30' })).toEqual({ open: false, next: { day: 2, opens: '08:00' } });
  });

  it('wraps from the weekend to Monday', () => {
    expect(openStateAt(weekdays, { day: 5, time: '10:00' })).toEqual({ open: false, next: { day: 0, opens: '08:00' } });
  });

  it('finds the same weekday next week when that is the only opening', () => {
    const onlyMonday = { weekly: [{ day: 0, opens: '08:00', closes: '09:00' }] };
    expect(openStateAt(onlyMonday, { day: 0, time: '10:00' })).toEqual({ open: false, next: { day: 0, opens: '08:00' } });
  });

  it('is closed without a next opening when no hours are stored', () => {
    expect(openStateAt({ weekly: [] }, { day: 2, time: '10:00' })).toEqual({ open: false, next: null });
  });
});
