import { jsonLogger } from '../http/json-logger';

/**
 * Runs a task and, until it succeeds, again `retryMs` after each failure (the search index setup
 * while Meilisearch is down); `soon()` runs it once more at the next turn (the index may have
 * been lost). After `stop()` nothing runs again — also not after a run that was in flight at the
 * time and fails then: before this class, such a run scheduled its retry after the shutdown, which
 * kept the process alive and tried again, against a closed database, every second.
 */
export class RetryUntilDone {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly retryMs: number,
    private readonly task: () => Promise<void>,
  ) {}

  /** Runs the task now; a failure is logged and retried later. */
  async run(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.task();
    } catch (error) {
      jsonLogger.warn(`${this.name} failed, retrying`, { error: String(error) });
      this.schedule(this.retryMs);
    }
  }

  soon(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }
}
