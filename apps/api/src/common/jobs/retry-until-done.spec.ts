import { jsonLogger } from '../http/json-logger';
import { RetryUntilDone } from './retry-until-done';

/** A task whose runs end only when the test says so, failing or succeeding. */
function controllableTask() {
  const endings: { fail: () => void; succeed: () => void }[] = [];
  const task = jest.fn(
    () =>
      new Promise<void>((resolve, reject) => endings.push({ fail: () => reject(new Error('Meilisearch unreachable')), succeed: resolve })),
  );
  return { task, next: () => endings.shift() };
}

describe(RetryUntilDone.name, () => {
  beforeAll(() => jsonLogger.setLevel('silent'));
  afterAll(() => jsonLogger.setLevel('info'));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('retries after each failure until the task succeeds, then rests', async () => {
    const { task, next } = controllableTask();
    const loop = new RetryUntilDone('setup', 1_000, task);

    const first = loop.run();
    next()?.fail();
    await first;
    expect(jest.getTimerCount()).toBe(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(2);
    next()?.succeed();
    await jest.advanceTimersByTimeAsync(5_000);

    expect(task).toHaveBeenCalledTimes(2);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('soon() runs the task again at the next turn', async () => {
    const { task, next } = controllableTask();
    const loop = new RetryUntilDone('setup', 1_000, task);
    const first = loop.run();
    next()?.succeed();
    await first;

    loop.soon();
    await jest.advanceTimersByTimeAsync(0);

    expect(task).toHaveBeenCalledTimes(2);
    next()?.succeed();
  });

  it('schedules nothing after stop(), also when a run in flight at the time fails afterwards', async () => {
    const { task, next } = controllableTask();
    const loop = new RetryUntilDone('setup', 1_000, task);
    const inFlight = loop.run();

    loop.stop();
    next()?.fail();
    await inFlight;
    loop.soon();

    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
