import type { SessionUser } from '@bsc/domain';
import { homePathFor, safeRedirectPath } from './access';
import { navItemsFor } from './navigation';

const user = (roles: SessionUser['roles']): SessionUser => ({ id: 'u', login: 'u', displayName: 'U', roles, departmentIds: [] });

describe('homePathFor', () => {
  it('sends agents to the search, authors and reviewers to the workspace, admins to the administration', () => {
    expect(homePathFor(['agent'])).toBe('/');
    expect(homePathFor(['author'])).toBe('/arbeitsbereich');
    expect(homePathFor(['reviewer'])).toBe('/arbeitsbereich');
    expect(homePathFor(['agent', 'admin'])).toBe('/verwaltung');
  });
});

describe('navItemsFor', () => {
  const labels = (roles: SessionUser['roles']) => navItemsFor(user(roles)).map((item) => item.label);

  it('shows each role only its areas', () => {
    expect(labels(['agent'])).toEqual(['Suche']);
    expect(labels(['author'])).toEqual(['Suche', 'Arbeitsbereich']);
    expect(labels(['reviewer'])).toEqual(['Suche', 'Arbeitsbereich', 'Freigaben']);
    expect(labels(['admin'])).toEqual(['Suche', 'Arbeitsbereich', 'Freigaben', 'Erstkontakt', 'Inhaltslücken', 'Verwaltung']);
    expect(labels(['bsc_lead'])).toEqual(['Suche', 'Erstkontakt', 'Inhaltslücken']);
    expect(labels(['department_lead'])).toEqual(['Suche', 'Erstkontakt', 'Inhaltslücken']);
  });
});

describe('safeRedirectPath', () => {
  it('accepts in-app paths', () => {
    expect(safeRedirectPath('/artikel/1?x=2')).toBe('/artikel/1?x=2');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'artikel', '/anmeldung'])('refuses %j', (target) => {
    expect(safeRedirectPath(target)).toBeNull();
  });
});
