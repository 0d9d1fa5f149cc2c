// The demo "Landratsamt Musterkreis" as the browser specs' world, and logging in to it by keyboard.
import type { Page } from 'playwright-core';
import { DEMO_USERS, type DemoUser } from '../../api/src/seed/demo-users';
import { seedDemoContent } from '../../api/src/seed/seed-demo-content';
import type { ApiClient } from '../../api/testing/api-client';
import type { TestApp } from '../../api/testing/test-app';
import { expectFocused } from './interaction';

/** A login the browser types in. */
export interface Credentials {
  login: string;
  password: string;
}

/** Seeds the demo departments, documents, users and articles, and indexes them for search. */
export async function seedDemo(t: TestApp): Promise<void> {
  await t.db.transaction((manager) => seedDemoContent(manager));
  await t.drainOutbox();
}

/** One of the demo users: 'agent', 'autorin', 'pruefer', 'admin', 'leitung' (BSC lead), 'fbleitung' (department lead). */
export function demoUser(login: 'agent' | 'autorin' | 'pruefer' | 'admin' | 'leitung' | 'fbleitung'): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.login === login);
  if (!user) throw new Error(`no demo user ${login}`);
  return user;
}

/** An API client logged in as the user: the same person acting from another tab or device. */
export async function apiClientFor(t: TestApp, user: Credentials): Promise<ApiClient> {
  const client = t.anonymous();
  const response = await client.login(user.login, user.password);
  if (response.status !== 200) throw new Error(`API login of ${user.login} failed: HTTP ${response.status}`);
  return client;
}

/** The id of the demo article with this (published or draft) title. */
export async function articleIdByTitle(t: TestApp, title: string): Promise<string> {
  const rows = (await t.db.query(
    `SELECT article_id AS id FROM article_versions WHERE content->>'title' = $1
     UNION SELECT article_id FROM article_drafts WHERE content->>'title' = $1`,
    [title],
  )) as { id: string }[];
  if (rows.length !== 1) throw new Error(`expected one article titled "${title}", found ${rows.length}`);
  return rows[0].id;
}

/** The id of a demo department by its code (KFZ, FS, BSC, …). */
export async function departmentIdByCode(t: TestApp, code: string): Promise<string> {
  const [row] = (await t.db.query(`SELECT id FROM departments WHERE code = $1`, [code])) as { id: string }[];
  if (!row) throw new Error(`no department ${code}`);
  return row.id;
}

/**
 * Logs in with the keyboard only: the login field has the focus on load, Tab to the password,
 * Enter submits. Resolves on the user's start page (or `target`, reached via ?weiter=).
 */
export async function login(page: Page, user: Credentials, target = '/'): Promise<void> {
  await page.goto(target === '/' ? '/anmeldung' : `/anmeldung?weiter=${encodeURIComponent(target)}`);
  await expectFocused(page.getByLabel('Benutzerkennung'));
  await page.keyboard.type(user.login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/anmeldung'));
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
}
