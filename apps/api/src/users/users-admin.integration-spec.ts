import type { ApiErrorBody, Role } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { createDepartment, createUser, type TestUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { UserView } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ensureImportActor } from '../import/import-actor';
import { UsersService } from './users.service';

describe(UsersService.name, () => {
  let t: TestApp;
  let admin: TestUser;
  let adminClient: ApiClient;
  let departmentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    departmentId = await createDepartment(t);
    admin = await createUser(t, ['admin']);
    adminClient = await admin.client();
  });
  afterAll(() => t.close());

  function update(
    client: ApiClient,
    user: TestUser,
    changes: { roles?: Role[]; active?: boolean; displayName?: string; password?: string },
  ) {
    return client.put<UserView & ApiErrorBody>(`/api/v1/users/${user.id}`, {
      displayName: changes.displayName ?? `Test ${user.login}`,
      roles: changes.roles ?? ['admin'],
      departmentIds: [],
      active: changes.active ?? true,
      ...(changes.password ? { password: changes.password } : {}),
    });
  }

  it('creates a user whose password is stored as an argon2id hash and never returned', async () => {
    const response = await adminClient.post<UserView>('/api/v1/users', {
      login: 'neue.autorin',
      displayName: 'Neue Autorin',
      password: 'Ein-langes-Passwort-1',
      roles: ['author'],
      departmentIds: [departmentId],
    });
    expect(response.status).toBe(201);
    expect(JSON.stringify(response.body)).not.toMatch(/password|argon/i);
    const [row] = (await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [response.body.id])) as { password_hash: string }[];
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a second user with the same login (409 DUPLICATE)', async () => {
    const body = { login: 'doppelt', displayName: 'A', password: 'Ein-langes-Passwort-1', roles: ['agent'], departmentIds: [] };
    expect((await adminClient.post('/api/v1/users', body)).status).toBe(201);
    const again = await adminClient.post<ApiErrorBody>('/api/v1/users', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE');
  });

  it('keeps the import’s system user out of reach: not created, not given a password or roles (409 SYSTEM_USER_RESERVED)', async () => {
    const body = { login: 'import', displayName: 'Ich', password: 'Ein-langes-Passwort-1', roles: ['admin'], departmentIds: [] };
    const created = await adminClient.post<ApiErrorBody>('/api/v1/users', body);
    expect(created.status).toBe(409);
    expect(created.body.code).toBe('SYSTEM_USER_RESERVED');
    expect(await t.db.query(`SELECT 1 FROM users WHERE login = 'import'`)).toEqual([]);

    await t.app.get(DataSource).transaction((m) => ensureImportActor(m, t.app.get(AuditService)));
    const [system] = (await t.db.query(`SELECT id, login, password_hash, roles, active FROM users WHERE login = 'import'`)) as {
      id: string;
      login: string;
      password_hash: string;
    }[];
    // Listed as what it is, so the admin screen offers no edit that would fail.
    const listed = (await adminClient.get<UserView[]>('/api/v1/users')).body;
    expect(listed.find((u) => u.id === system.id)?.system).toBe(true);
    expect(listed.find((u) => u.id === admin.id)?.system).toBe(false);
    const updated = await update(adminClient, { ...admin, id: system.id, login: system.login }, { password: 'Ein-langes-Passwort-2' });
    expect(updated.status).toBe(409);
    expect(updated.body.code).toBe('SYSTEM_USER_RESERVED');
    expect(await t.db.query(`SELECT id, login, password_hash, roles, active FROM users WHERE login = 'import'`)).toEqual([
      { ...system, roles: [], active: false },
    ]);
    expect((await t.anonymous().login('import', 'Ein-langes-Passwort-2')).status).toBe(401);
  });

  it('does not let an admin remove their own admin role (409 SELF_LOCKOUT_FORBIDDEN)', async () => {
    const response = await update(adminClient, admin, { roles: ['author'] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('SELF_LOCKOUT_FORBIDDEN');
    expect((await t.db.query(`SELECT roles FROM users WHERE id = $1`, [admin.id]))[0].roles).toEqual(['admin']);
  });

  it('does not let an admin deactivate themselves (409 SELF_LOCKOUT_FORBIDDEN)', async () => {
    const response = await update(adminClient, admin, { active: false });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('SELF_LOCKOUT_FORBIDDEN');
  });

  it('lets an admin change their own display name without ending their session', async () => {
    const response = await update(adminClient, admin, { displayName: 'Thomas Wagner (IT)' });
    expect(response.status).toBe(200);
    expect((await adminClient.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('lets an admin demote another admin and ends that admin’s sessions', async () => {
    const other = await createUser(t, ['admin']);
    const otherClient = await other.client();
    const response = await update(adminClient, other, { roles: ['reviewer'] });
    expect(response.status).toBe(200);
    expect(response.body.roles).toEqual(['reviewer']);
    expect((await otherClient.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('never demotes the last active admin (409 LAST_ADMIN_REQUIRED)', async () => {
    const activeAdmins = (await t.db.query(`SELECT id, login FROM users WHERE 'admin' = ANY(roles) AND active`)) as {
      id: string;
      login: string;
    }[];
    expect(activeAdmins).toHaveLength(1);
    // A system actor (e.g. a maintenance script) is the only caller that is not itself an active admin.
    const systemActor = {
      id: '00000000-0000-4000-8000-00000000abcd',
      login: 'system',
      displayName: 'System',
      roles: ['admin' as const],
      departmentIds: [],
    };
    const attempt = t.app
      .get(UsersService)
      .update(systemActor, admin.id, { displayName: 'x', roles: ['agent'], departmentIds: [], active: true });
    await expect(attempt).rejects.toMatchObject({ code: 'LAST_ADMIN_REQUIRED' });
  });

  it('keeps at least one admin when two admins demote each other at the same time', async () => {
    const first = await createUser(t, ['admin']);
    const second = await createUser(t, ['admin']);
    await t.db.query(`UPDATE users SET active = false WHERE id = $1`, [admin.id]);
    const [firstClient, secondClient] = [await first.client(), await second.client()];
    const results = await Promise.all([
      update(firstClient, second, { roles: ['agent'] }),
      update(secondClient, first, { roles: ['agent'] }),
    ]);
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM users WHERE 'admin' = ANY(roles) AND active`)) as { n: number }[];
    expect(n).toBeGreaterThanOrEqual(1);
    await t.db.query(`UPDATE users SET active = true WHERE id = $1`, [admin.id]);
  });

  it('records role changes in the audit log without the password', async () => {
    const user = await createUser(t, ['agent']);
    await update(adminClient, user, { roles: ['author'], password: 'Noch-ein-Passwort-2' });
    const [event] = (await t.db.query(
      `SELECT details::text AS details FROM audit_events WHERE action = 'user.updated' AND subject_id = $1`,
      [user.id],
    )) as { details: string }[];
    expect(JSON.parse(event.details)).toMatchObject({ before: { roles: ['agent'] }, after: { roles: ['author'] }, passwordChanged: true });
    expect(event.details).not.toContain('Noch-ein-Passwort-2');
  });
});
