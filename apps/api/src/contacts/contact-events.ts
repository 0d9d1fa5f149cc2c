import { Injectable } from '@nestjs/common';
import type { ContactSettledEvent } from '@bsc/domain';
import { jsonLogger } from '../common/http/json-logger';

/** A subscriber to settled contacts. */
export type ContactSettledListener = (event: ContactSettledEvent) => void | Promise<void>;

/**
 * In-process publisher of committed contact events. A settled contact is the strongest "this
 * answer helped" signal for the search's learning of citizens' words; that learning subscribes
 * here instead of being called by the contacts service, so neither knows the other. No
 * The learning subscribes (LearningService). Listeners run after the commit; their failures never fail a recording.
 */
@Injectable()
export class ContactEvents {
  private readonly listeners = new Set<ContactSettledListener>();
  private readonly running = new Set<Promise<void>>();

  /** Subscribes to settled contacts; returns the unsubscribe function. */
  onSettled(listener: ContactSettledListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publishSettled(event: ContactSettledEvent): void {
    for (const listener of this.listeners) {
      const run = Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) => jsonLogger.warn('contact event listener failed', { type: event.type, error: String(error) }))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }

  /** Resolves when every listener started so far has finished (shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.all(this.running);
  }
}
