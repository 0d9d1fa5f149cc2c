import { describe, expect, it } from '@jest/globals';
import type { ProbedRequest } from './api-probe-preload';
import { describeParts, latencyParts, type SentRequest } from './api-probe';

const probed = (id: string, arrivedAt: number, finishedAt: number, poolWaitMs: number, queryMs: number): ProbedRequest => ({
  id,
  method: 'POST',
  path: '/api/v1/contacts',
  arrivedAt,
  finishedAt,
  poolWaitMs,
  queryMs,
  queries: 2,
  poolQueue: 0,
});

describe(latencyParts.name, () => {
  it('splits a recording from planned arrival to answer into parts that add up to it', () => {
    const sent: SentRequest[] = [{ id: 'r1', plannedAt: 1000, sentAt: 1003, answeredAt: 1030 }];
    const [parts] = latencyParts(sent, [probed('r1', 1005, 1026, 1, 12)]);
    expect(parts).toEqual({ total: 30, generatorLate: 3, toApi: 2, poolWait: 1, database: 12, apiOther: 8, back: 4 });
    const { total, ...rest } = parts;
    expect(Object.values(rest).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('leaves out requests the API did not see and requests of other clients', () => {
    const sent: SentRequest[] = [
      { id: 'r1', plannedAt: 0, sentAt: 0, answeredAt: 10 },
      { id: 'r2', plannedAt: 0, sentAt: 0, answeredAt: 10 },
    ];
    const parts = latencyParts(sent, [probed('r2', 1, 9, 0, 5), { ...probed('x', 1, 9, 0, 5), id: undefined }]);
    expect(parts.map((p) => p.total)).toEqual([10]);
  });
});

describe(describeParts.name, () => {
  it('names the parts of the slowest 5 %', () => {
    const sent: SentRequest[] = Array.from({ length: 20 }, (_, i) => ({
      id: `r${i}`,
      plannedAt: 0,
      sentAt: 0,
      answeredAt: i === 7 ? 100 : 5,
    }));
    const lines = describeParts(
      latencyParts(
        sent,
        sent.map((s) => probed(s.id, 1, s.answeredAt - 1, 0, s.answeredAt === 100 ? 90 : 2)),
      ),
    );
    expect(lines[2]).toBe(
      '  the slowest 1 (5 %), mean ms: total 100, generatorLate 0, toApi 1, poolWait 0, database 90, apiOther 8, back 1',
    );
  });
});
