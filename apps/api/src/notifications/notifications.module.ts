import { Module } from '@nestjs/common';
import { FreshnessModule } from '../freshness/freshness.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({ imports: [FreshnessModule], controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsModule {}
