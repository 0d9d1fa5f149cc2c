import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitOptions {
  /** What we are waiting for, used in the timeout message. */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Returns a reason when waiting is pointless (e.g. the server process already exited). */
  abortReason?: () => string | undefined;
}

/** Polls `probe` until it returns true; throws on timeout or when `abortReason` reports one. */
export async function waitUntil(probe: () => Promise<boolean>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const reason = options.abortReason?.();
    if (reason !== undefined) throw new Error(`${options.what}: ${reason}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(`${options.what}: nach ${options.timeoutMs} ms nicht bereit.`);
    }
    await sleep(options.intervalMs ?? 50);
  }
}

/** GET `url` with a short timeout; true for any 2xx answer. */
export async function answersOk(url: string, timeoutMs = 1000): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  await response.arrayBuffer();
  return response.ok;
}
