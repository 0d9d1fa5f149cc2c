import type { ContactView, RecordContactRequest } from '@bsc/domain';
import { queryOne } from '../src/database/typed-rows';
import type { ApiClient } from './api-client';
import type { TestApp } from './test-app';

/** A clock a test moves by hand (the app reads it for every recorded contact). */
export interface TestClock {
  now(): Date;
  set(moment: string | Date): void;
}

/** A clock standing at `start` until the test moves it. */
export function testClock(start: string): TestClock {
  let current = new Date(start);
  return { now: () => new Date(current), set: (moment) => (current = new Date(moment)) };
}

/** A contact request; override what the test is about. */
export function buildContact(overrides: Partial<RecordContactRequest> = {}): RecordContactRequest {
  return { outcome: 'settled', channel: 'phone', articleIds: [], ...overrides };
}

/** Records `count` equal contacts through the API; fails on anything but 201. */
export async function recordContacts(
  client: ApiClient,
  count: number,
  overrides: Partial<RecordContactRequest> = {},
): Promise<ContactView[]> {
  const recorded: ContactView[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await client.post<ContactView>('/api/v1/contacts', buildContact(overrides));
    if (response.status !== 201) throw new Error(`recording failed: ${response.status} ${JSON.stringify(response.body)}`);
    recorded.push(response.body);
  }
  return recorded;
}

/** Creates an external authority directly in the database. */
export async function createAuthority(t: TestApp, name: string, active = true): Promise<string> {
  const row = await queryOne(t.db, { id: 'text' }, `INSERT INTO authorities (name, active) VALUES ($1, $2) RETURNING id`, [name, active]);
  return row.id;
}
