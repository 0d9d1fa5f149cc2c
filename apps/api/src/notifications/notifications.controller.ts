import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { NotificationIdParams } from './dto/notification-id.dto';
import type { NotificationsResponse } from '@bsc/domain';
import { NotificationsService } from './notifications.service';

// content:read is held by every role: each logged-in user has their own notifications.
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission('content:read')
  list(@CurrentActor() actor: Actor): Promise<NotificationsResponse> {
    return this.notifications.list(actor);
  }

  @Post('read-all')
  @HttpCode(204)
  @RequirePermission('content:read')
  markAllRead(@CurrentActor() actor: Actor): Promise<void> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  @RequirePermission('content:read')
  markRead(@CurrentActor() actor: Actor, @Param() params: NotificationIdParams): Promise<void> {
    return this.notifications.markRead(actor, params.id);
  }
}
