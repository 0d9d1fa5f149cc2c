import type { HealthView } from '@bsc/domain';
import { createTestApp } from '../testing/test-app';

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
});
