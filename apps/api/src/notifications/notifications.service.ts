import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, hasPermission, type Clock } from '@bsc/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { queryRows } from '../database/typed-rows';
import { CLOCK } from '../freshness/clock.provider';
import { assessArticles } from '../freshness/freshness-overview';
import { readPublishedArticles } from '../freshness/published-articles.reader';
import { dueNotifications } from './due-notifications';
import { flagsCreated, flagsResolved, rejections, reviewRequests, type EventWindow } from './event-notifications';
import type { NotificationsResponse, NotificationView } from '@bsc/domain';
import type { PendingNotification } from './notification.types';

/** Event notifications older than this drop out of the list. */
export const NOTIFICATION_WINDOW_DAYS = 30;
/** The list shows at most this many notifications; the badge counts all unread ones. */
export const NOTIFICATION_LIST_MAX = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * In-app notifications, computed on read rather than stored as rows.
 *
 * Why: every trigger is already recorded durably elsewhere — flags in `flags`, submissions and
 * rejections in the append-only `audit_events`, due reviews and expiry in `articles`. Deriving
 * notifications from those sources keeps the writing modules (articles/, feedback/) free of a
 * notification dependency, cannot miss an event or drift out of step with it, and lets a
 * notification settle by itself when its work is done (a resolved flag, an approved draft, a
 * verified article). The only state of its own is a per-user read marker
 * (`notification_reads`). Department-scoped kinds follow the user's own departments, also for
 * admins: notifications are for people who work in a department; admins use the overview.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, now: Date = this.clock.now()): Promise<NotificationsResponse> {
    const all = await this.all(actor, now);
    return { unread: all.filter((n) => !n.read).length, items: all.slice(0, NOTIFICATION_LIST_MAX) };
  }

  // Read markers are personal UI state, not a change to shared content: they are not audited.
  async markRead(actor: Actor, id: string, now: Date = this.clock.now()): Promise<void> {
    const all = await this.all(actor, now);
    if (!all.some((n) => n.id === id)) throw new DomainError('NOTIFICATION_NOT_FOUND');
    await this.storeMarkers(actor.id, [id]);
  }

  async markAllRead(actor: Actor, now: Date = this.clock.now()): Promise<void> {
    const unread = (await this.all(actor, now)).filter((n) => !n.read);
    await this.storeMarkers(
      actor.id,
      unread.map((n) => n.id),
    );
  }

  /** Every notification of the actor at `now`, newest first, with its read state. */
  private async all(actor: Actor, now: Date): Promise<NotificationView[]> {
    const pending = await this.pending(actor, now);
    const marked = await this.readMarkers(
      actor.id,
      pending.map((n) => n.id),
    );
    return pending
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .map(({ settled, at, ...rest }) => ({ ...rest, at: at.toISOString(), read: settled || marked.has(rest.id) }));
  }

  /** Each kind goes to the roles that act on it. */
  private async pending(actor: Actor, now: Date): Promise<PendingNotification[]> {
    const m = this.dataSource.manager;
    const w: EventWindow = {
      userId: actor.id,
      departmentIds: actor.departmentIds,
      since: new Date(now.getTime() - NOTIFICATION_WINDOW_DAYS * DAY_MS),
      until: now,
    };
    const can = (permission: Parameters<typeof hasPermission>[1]) =>
      hasPermission(actor.roles, permission) && actor.departmentIds.length > 0;
    const sources = await Promise.all([
      can('article:verify') ? this.due(actor.departmentIds, now) : [],
      can('feedback:resolve') ? flagsCreated(m, w) : [],
      can('article:review') ? reviewRequests(m, w) : [],
      rejections(m, w),
      flagsResolved(m, w),
    ]);
    return sources.flat();
  }

  private async due(departmentIds: string[], now: Date): Promise<PendingNotification[]> {
    const rows = await readPublishedArticles(this.dataSource.manager, departmentIds);
    return dueNotifications(assessArticles(rows, now), now);
  }

  private async readMarkers(userId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await queryRows(
      this.dataSource,
      { notification_id: 'text' },
      `SELECT notification_id FROM notification_reads WHERE user_id = $1 AND notification_id = ANY($2::text[])`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.notification_id));
  }

  private async storeMarkers(userId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO notification_reads (user_id, notification_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [userId, ids],
    );
  }
}
