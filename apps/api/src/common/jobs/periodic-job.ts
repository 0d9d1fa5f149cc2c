import { jsonLogger } from '../http/json-logger';

/**
 * A background job of this process (retention purges, learning maintenance): runs every
 * `everyMs`, optionally once at start, never twice at the same time, logs a failure and tries
 * again at the next turn. `stop()` waits for a run in progress, so a shutdown never closes the
 * database under a purge's feet. Several API instances running the same job is harmless: each
 * job is idempotent.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly run: () => Promise<void>,
  ) {}

  start({ runNow }: { runNow: boolean }): void {
    if (runNow) this.trigger();
    this.timer = setInterval(() => this.trigger(), this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private trigger(): void {
    this.running ??= this.run()
      .catch((error: unknown) => jsonLogger.warn(`${this.name} failed, will retry`, { error: String(error) }))
      .finally(() => (this.running = undefined));
  }
}
