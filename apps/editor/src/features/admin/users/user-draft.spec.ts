import { checkUserDraft, draftFromUser, toCreateRequest, toggle, toggleRole, toUpdateRequest } from './user-draft';

const user = {
  id: 'u-1',
  login: 'autorin',
  displayName: 'Anna Autorin',
  roles: ['author' as const],
  departmentIds: ['dep-1'],
  active: true,
  system: false,
};

describe('user form', () => {
  it('requires login, name, a long enough password and a role for a new user', () => {
    const errors = checkUserDraft({ ...draftFromUser(), login: 'Anna Autorin', password: 'kurz', roles: [] }, true);
    expect(Object.keys(errors).sort()).toEqual(['displayName', 'login', 'password', 'roles']);
  });

  it('accepts an edit without a new password, but not a too short one', () => {
    expect(checkUserDraft(draftFromUser(user), false)).toEqual({});
    expect(checkUserDraft({ ...draftFromUser(user), password: '123' }, false)).toHaveProperty('password');
  });

  it('sends the password on update only when a new one was typed', () => {
    expect(toUpdateRequest(draftFromUser(user))).toEqual({
      displayName: 'Anna Autorin',
      roles: ['author'],
      departmentIds: ['dep-1'],
      active: true,
    });
    expect(toUpdateRequest({ ...draftFromUser(user), password: 'Neues-Passwort-1' })).toHaveProperty('password', 'Neues-Passwort-1');
  });

  it('trims login and name of a new user but never the password', () => {
    const request = toCreateRequest({ ...draftFromUser(), login: ' neu ', displayName: ' Neu ', password: ' mit Leerzeichen ' });
    expect(request).toMatchObject({ login: 'neu', displayName: 'Neu', password: ' mit Leerzeichen ', roles: ['agent'] });
  });
});

describe('toggle', () => {
  it('keeps roles in their canonical order and never duplicates', () => {
    expect(toggleRole(['admin'], 'agent', true)).toEqual(['agent', 'admin']);
    expect(toggleRole(['agent', 'admin'], 'agent', true)).toEqual(['agent', 'admin']);
    expect(toggleRole(['agent', 'admin'], 'admin', false)).toEqual(['agent']);
    expect(toggle(['b'], 'a', true)).toEqual(['b', 'a']);
  });
});
