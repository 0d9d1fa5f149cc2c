import { Module, type DynamicModule } from '@nestjs/common';
import { systemClock, type Clock } from '@bsc/domain';
import { CLOCK } from '../freshness/clock.provider';
import { AuthoritiesController } from './authorities.controller';
import { AuthoritiesService } from './authorities.service';
import { ContactEvents } from './contact-events';
import { ContactRetentionService } from './contact-retention.service';
import { ContactSummaryService } from './contact-summary.service';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

/** First-contact outcomes, their dashboard, the authorities list and retention. */
@Module({})
export class ContactsModule {
  /** The clock decides a contact's day and week; tests pass their own to cross a year boundary. */
  static forClock(clock: Clock = systemClock): DynamicModule {
    return {
      module: ContactsModule,
      // ContactEvents is how other modules (the learning) hear of settled contacts.
      global: true,
      controllers: [ContactsController, AuthoritiesController],
      providers: [
        { provide: CLOCK, useValue: clock },
        ContactEvents,
        ContactsService,
        ContactSummaryService,
        ContactRetentionService,
        AuthoritiesService,
      ],
      exports: [ContactEvents],
    };
  }
}
