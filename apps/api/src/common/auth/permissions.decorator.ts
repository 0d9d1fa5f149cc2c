import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@bsc/domain';
import type { Request } from 'express';
import type { Actor } from './actor';

export const PERMISSION_KEY = 'bsc:permission';
export const PUBLIC_KEY = 'bsc:public';

/** The route needs a logged-in user holding this permission. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** The route is open to anonymous callers. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Request augmented by the session guard. */
export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  sessionTokenHash?: string;
  csrfToken?: string;
}

/** Injects the authenticated actor (the guard guarantees it exists on non-public routes). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
