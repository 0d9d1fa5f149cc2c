import { PeriodicJob } from './periodic-job';

/** A run that finishes only when the test says so. */
function controllableRun() {
  const finishers: (() => void)[] = [];
  const run = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { run, finishNext: () => finishers.shift()?.() };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe(PeriodicJob.name, () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('runs at start when asked, then every period, never twice at the same time', async () => {
    const { run, finishNext } = controllableRun();
    const job = new PeriodicJob('test job', 1_000, run);
    job.start({ runNow: true });
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1); // the first run is still going
    finishNext();
    await flush();
    jest.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    finishNext();
    await job.stop();
  });

  it('waits for a run in progress on stop, and runs no more after it', async () => {
    const { run, finishNext } = controllableRun();
    const job = new PeriodicJob('test job', 1_000, run);
    job.start({ runNow: false });
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1_000);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    finishNext();
    await stopping;
    jest.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('tries again at the next turn after a failure', async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error('database gone')).mockResolvedValue(undefined);
    const job = new PeriodicJob('test job', 1_000, run);
    job.start({ runNow: true });
    await flush();
    jest.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    await job.stop();
  });
});
