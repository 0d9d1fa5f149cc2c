import type { BenchStack } from '../bench-stack';
import type { DrillResult } from './drill-result';

interface HealthBody {
  details?: { search?: { status?: string }; outbox?: { pending?: number }; database?: { status?: string } };
  code?: string;
}

/**
 * With Meilisearch down, GET /api/v1/health must say so: 503, search "down", and still the
 * outbox lag (operators watch it to see the backlog that builds up meanwhile).
 */
export async function drillHealthDuringSearchOutage(stack: BenchStack): Promise<DrillResult> {
  const api = stack.api;
  if (!api) throw new Error('the API is not running');
  await stack.killMeili('SIGKILL');
  let status = 0;
  let body: HealthBody = {};
  try {
    const response = await fetch(`${api.url}/api/v1/health`, { signal: AbortSignal.timeout(10_000) });
    status = response.status;
    body = (await response.json()) as HealthBody;
  } finally {
    await stack.restartMeili();
  }
  const searchDown = body.details?.search?.status === 'down';
  const outboxShown = typeof body.details?.outbox?.pending === 'number';
  return {
    name: 'health reports a search outage',
    pass: status === 503 && searchDown && outboxShown,
    summary:
      `GET /api/v1/health with Meilisearch killed: HTTP ${status}` +
      `${body.code ? ` ${body.code}` : ''}, search ${body.details?.search?.status ?? 'not reported'}, ` +
      `outbox ${outboxShown ? `pending ${body.details?.outbox?.pending}` : 'not reported'} (expected 503, search down, outbox figures)`,
    figures: { status, searchDown, outboxShown, code: body.code ?? '' },
  };
}
