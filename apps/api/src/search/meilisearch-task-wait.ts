import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a task may stay enqueued/processing, and how often it is polled. */
export interface TaskWait {
  timeoutMs: number;
  intervalMs: number;
}

export const TASK_WAIT: TaskWait = { timeoutMs: 30_000, intervalMs: 25 };

/**
 * Waits until Meilisearch has finished a task. Replaces meilisearch-js' `waitTask`: in 0.62 its
 * polls carry an abort signal, and the client ignores its request timeout for such requests, so
 * a Meilisearch that accepts connections but never answers blocked the caller (the indexer,
 * inside its outbox transaction) for the whole 30 s. These polls carry no signal, so each one
 * fails after the client's request timeout; the overall wait stays long because a Meilisearch
 * that answers "processing" is busy, not hung.
 */
export async function awaitTask(client: Meilisearch, enqueued: Promise<EnqueuedTask>, wait: TaskWait = TASK_WAIT): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() >= deadline) throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${wait.timeoutMs} ms`);
    await sleep(wait.intervalMs);
  }
}

/** `awaitTask`, failing unless the task succeeded. */
export async function awaitSucceeded(client: Meilisearch, enqueued: Promise<EnqueuedTask>, what: string): Promise<Task> {
  const task = await awaitTask(client, enqueued);
  if (task.status !== 'succeeded') throw new Error(`${what}: Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
  return task;
}
