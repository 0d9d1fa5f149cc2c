import { expirySchedule, minutesLeft } from './session-timing';

describe('expirySchedule', () => {
  it('warns two minutes before a 60-minute idle timeout, counting one touch interval of slack', () => {
    const { warnAtMs, endsAtMs } = expirySchedule(0, 3600);
    expect(endsAtMs).toBe(59 * 60_000);
    expect(warnAtMs).toBe(57 * 60_000);
    expect(minutesLeft(warnAtMs, endsAtMs)).toBe(2);
  });

  it('warns halfway through a short timeout', () => {
    const { warnAtMs, endsAtMs } = expirySchedule(1000, 180);
    expect(endsAtMs).toBe(1000 + 120_000);
    expect(warnAtMs).toBe(1000 + 60_000);
    expect(minutesLeft(endsAtMs + 5000, endsAtMs)).toBe(1);
  });
});
