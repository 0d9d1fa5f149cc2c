import type { DepartmentView } from '@bsc/domain';
import { checkOpeningHours, draftFromDepartment, toDepartmentInput } from './department-draft';

const department: DepartmentView = {
  id: 'dep-1',
  code: 'ZUL',
  name: 'Zulassungsstelle',
  phone: '07031 663-1234',
  email: 'zulassung@example.org',
  room: 'E.12',
  address: 'Parkstraße 16',
  openingHours: { weekly: [{ day: 0, opens: '08:00', closes: '12:00' }], note: 'Termine nach Vereinbarung' },
  appointmentUrl: null,
  reviewIntervalDays: 180,
};

describe('department form', () => {
  it('round-trips an existing department into the same request body', () => {
    const result = toDepartmentInput(draftFromDepartment(department));
    const { id: _id, ...expected } = department;
    expect(result).toEqual({ input: expected });
  });

  it('trims text, turns an empty appointment address into null and drops a blank note', () => {
    const draft = { ...draftFromDepartment(department), name: '  Zulassung ', appointmentUrl: ' ', reviewIntervalDays: ' 90 ' };
    draft.openingHours = { ...draft.openingHours, note: '  ' };
    const result = toDepartmentInput(draft);
    expect(result).toMatchObject({ input: { name: 'Zulassung', appointmentUrl: null, reviewIntervalDays: 90 } });
    expect('input' in result && result.input.openingHours).toEqual({ weekly: department.openingHours.weekly });
  });

  it('reports every invalid field at once', () => {
    const draft = {
      ...draftFromDepartment(),
      code: 'kfz',
      email: 'kein-mail',
      appointmentUrl: 'http://termine.example',
      reviewIntervalDays: '3',
    };
    const result = toDepartmentInput(draft);
    expect('errors' in result && Object.keys(result.errors.fields).sort()).toEqual([
      'appointmentUrl',
      'code',
      'email',
      'name',
      'reviewIntervalDays',
    ]);
  });
});

describe('checkOpeningHours', () => {
  it('flags missing times, reversed intervals and overlaps within a day by list index', () => {
    const errors = checkOpeningHours({
      weekly: [
        { day: 1, opens: '13:00', closes: '16:00' },
        { day: 1, opens: '08:00', closes: '13:30' },
        { day: 2, opens: '12:00', closes: '09:00' },
        { day: 3, opens: '', closes: '12:00' },
        { day: 4, opens: '08:00', closes: '12:00' },
        { day: 4, opens: '12:00', closes: '16:00' },
      ],
    });
    expect([...errors.keys()].sort()).toEqual([0, 2, 3]);
    expect(errors.get(0)).toMatch(/überschneidet/);
    expect(errors.get(2)).toMatch(/Ende muss nach dem Beginn/);
    expect(errors.get(3)).toMatch(/Beginn und Ende/);
  });
});
