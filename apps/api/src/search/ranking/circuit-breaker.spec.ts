import { CircuitBreaker } from './circuit-breaker';

describe(CircuitBreaker.name, () => {
  let now = 0;
  const breaker = () => new CircuitBreaker(10_000, () => now);
  beforeEach(() => (now = 1_000));

  it('lets every request through while the dependency answers', () => {
    const b = breaker();
    expect([b.allow(), b.allow(), b.allow()]).toEqual([true, true, true]);
    expect(b.state).toBe('closed');
  });

  it('skips the dependency for the cool-down after a timeout, then lets exactly one probe through', () => {
    const b = breaker();
    b.failed('unavailable');
    expect(b.allow()).toBe(false);
    now += 9_999;
    expect(b.allow()).toBe(false);
    now += 1;
    expect(b.state).toBe('half-open');
    expect([b.allow(), b.allow()]).toEqual([true, false]);
  });

  it('closes after a successful probe and opens again after a failed one', () => {
    const b = breaker();
    b.failed('unavailable');
    now += 10_000;
    expect(b.allow()).toBe(true);
    b.failed('unavailable');
    expect(b.allow()).toBe(false);
    now += 10_000;
    expect(b.allow()).toBe(true);
    b.succeeded();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });

  it('does not trip on an answer that is a bug in the request (a 4xx proves the server reachable)', () => {
    const b = breaker();
    b.failed('other');
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });
});
