import type { Provider } from '@nestjs/common';
import { systemClock, type Clock } from '@bsc/domain';

/** Injection token of the current-time source (`Clock` from libs/domain). */
export const CLOCK = 'CLOCK';

/** The real clock; services also accept an explicit `now` so tests can look at any moment. */
export const clockProvider: Provider<Clock> = { provide: CLOCK, useValue: systemClock };
