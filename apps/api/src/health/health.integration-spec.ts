import type { HealthView } from '@bsc/domain';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp } from '../../testing/test-app';

describe('GET /api/v1/health', () => {
  it('is 200 with database, search and outbox lag when all is up', async () => {
    const t = await createTestApp();
    try {
      const response = await t.anonymous().get<HealthView>('/api/v1/health');
      expect(response.status).toBe(200);
      expect(response.body.info).toMatchObject({
        database: { status: 'up' },
        search: { status: 'up' },
        outbox: { status: 'up', pending: 0 },
      });
    } finally {
      await t.close();
    }
  });

  it('is 503 naming the dependency that is down (Meilisearch unreachable), not a generic error', async () => {
    // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
    const t = await createTestApp({ meiliUrl: 'http://127.0.0.1:9', meiliMasterKey: 'unreachable-master-key' });
    try {
      const response = await t.anonymous().get<HealthView>('/api/v1/health');
      expect(response.status).toBe(503);
      expect(response.body.status).toBe('error');
      expect(response.body.error).toMatchObject({ search: { status: 'down' } });
      expect(response.body.info).toMatchObject({ database: { status: 'up' } });
    } finally {
      await t.close();
    }
  });

  it("reports the launcher's restarts of PostgreSQL and Meilisearch from its status file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-health-'));
    const file = path.join(dir, 'stack-status.json');
    // What tools/stack/supervisor.ts writes after one crash of PostgreSQL.
    const postgres = {
      name: 'PostgreSQL',
      state: 'running',
      pid: 4711,
      restarts: 1,
      lastRestartAt: '2026-12-05T10:00:00.000Z',
      lastReason: 'beendet (Signal SIGKILL)',
    };
    fs.writeFileSync(
      file,
      JSON.stringify({ PostgreSQL: postgres, Meilisearch: { name: 'Meilisearch', state: 'running', pid: 4712, restarts: 0 } }),
    );
    const t = await createTestApp({ env: { STACK_STATUS_FILE: file } });
    try {
      const response = await t.anonymous().get<HealthView>('/api/v1/health');
      expect(response.status).toBe(200);
      expect(response.body.info?.servers).toEqual({
        status: 'up',
        PostgreSQL: { state: 'running', restarts: 1, lastRestartAt: '2026-12-05T10:00:00.000Z', lastReason: 'beendet (Signal SIGKILL)' },
        Meilisearch: { state: 'running', restarts: 0 },
      });
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
