import type { Pool } from 'pg';

/** What the API's database connections were doing, as shares of the samples of busy connections. */
export interface ConnectionStates {
  samples: number;
  /** Busy connections per sample on average (active or idle in a transaction). */
  busy: number;
  /** Share of busy-connection samples by state: `running`, `waiting for the API`, `lock: <event>`, … */
  shares: Record<string, number>;
}

/**
 * Samples pg_stat_activity every `intervalMs` until stopped: shows whether recordings wait on
 * each other's row locks ("lock: transactionid"/"lock: tuple") or on the API to send the next
 * statement of an open transaction ("idle in transaction": the Node process is the bottleneck).
 */
export function sampleConnectionStates(db: Pool, intervalMs = 10): { stop(): Promise<ConnectionStates> } {
  const counts = new Map<string, number>();
  let samples = 0;
  let busy = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await db.query<{ state: string; n: number }>(
        `SELECT CASE WHEN state = 'idle in transaction' THEN 'idle in transaction (waiting for the API)'
                     WHEN wait_event_type IS NULL THEN 'running'
                     ELSE lower(wait_event_type) || ': ' || wait_event END AS state, count(*)::int AS n
           FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            AND state IN ('active', 'idle in transaction') AND application_name <> 'bench'
          GROUP BY 1`,
      );
      samples += 1;
      for (const row of rows) {
        counts.set(row.state, (counts.get(row.state) ?? 0) + row.n);
        busy += row.n;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const shares = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([state, n]) => [state, busy ? n / busy : 0]));
      return { samples, busy: samples ? busy / samples : 0, shares };
    },
  };
}
