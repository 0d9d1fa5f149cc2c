import type { OpeningHours } from '@bsc/domain';
import { addInterval, intervalsOfDay, removeInterval, setNote, updateInterval } from './opening-hours-edit';

const hours: OpeningHours = {
  weekly: [
    { day: 3, opens: '14:00', closes: '18:00' },
    { day: 0, opens: '08:00', closes: '12:00' },
    { day: 3, opens: '07:30', closes: '12:00' },
  ],
  note: 'Termine nach Vereinbarung',
};

describe('opening hours editing', () => {
  it('lists the intervals of a day in list order (rows never jump while typing) with their index', () => {
    expect(intervalsOfDay(hours, 3)).toEqual([
      { index: 0, interval: { day: 3, opens: '14:00', closes: '18:00' } },
      { index: 2, interval: { day: 3, opens: '07:30', closes: '12:00' } },
    ]);
    expect(intervalsOfDay(hours, 6)).toEqual([]);
  });

  it('adds 08:00–12:00 to a closed day and a later interval to an open one', () => {
    expect(addInterval(hours, 4).weekly.at(-1)).toEqual({ day: 4, opens: '08:00', closes: '12:00' });
    expect(addInterval(hours, 0).weekly.at(-1)).toEqual({ day: 0, opens: '13:00', closes: '15:00' });
    expect(addInterval(hours, 3).weekly.at(-1)).toEqual({ day: 3, opens: '19:00', closes: '21:00' });
  });

  it('never proposes times past the end of the day', () => {
    const late: OpeningHours = { weekly: [{ day: 5, opens: '18:00', closes: '23:00' }] };
    expect(addInterval(late, 5).weekly.at(-1)).toEqual({ day: 5, opens: '23:59', closes: '23:59' });
  });

  it('removes and updates by list index without touching other intervals', () => {
    expect(removeInterval(hours, 1).weekly).toEqual([hours.weekly[0], hours.weekly[2]]);
    expect(updateInterval(hours, 2, { closes: '12:30' }).weekly[2]).toEqual({ day: 3, opens: '07:30', closes: '12:30' });
    expect(hours.weekly[2].closes).toBe('12:00');
  });

  it('drops an emptied note', () => {
    expect(setNote(hours, '')).toEqual({ weekly: hours.weekly });
    expect(setNote({ weekly: [] }, 'Mittwochs geschlossen')).toEqual({ weekly: [], note: 'Mittwochs geschlossen' });
  });
});
