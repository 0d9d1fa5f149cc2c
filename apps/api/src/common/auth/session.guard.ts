import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { BACKGROUND_REQUEST_HEADER, DomainError, hasPermission, type Permission } from '@bsc/domain';
import { timingSafeEqual } from 'node:crypto';
import { SessionsService, SESSION_COOKIE } from '../../auth/sessions.service';
import { PERMISSION_KEY, PUBLIC_KEY, type AuthenticatedRequest } from './permissions.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The one guard: authenticates by session cookie, checks CSRF on writes and the route's permission. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) throw new DomainError('UNAUTHENTICATED');
    const session = await this.sessions.resolve(token, { touch: request.header(BACKGROUND_REQUEST_HEADER) !== '1' });
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.header('x-csrf-token'), session.csrfToken)) {
      throw new DomainError('CSRF_TOKEN_INVALID');
    }
    request.actor = session.actor;
    request.sessionTokenHash = session.tokenHash;
    request.csrfToken = session.csrfToken;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (permission && !hasPermission(session.actor.roles, permission)) throw new DomainError('FORBIDDEN');
    return true;
  }
}

/** Reads one cookie from a Cookie header without a parser dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return safeDecode(part.slice(index + 1).trim());
  }
  return undefined;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  // Compare bytes of equal length: a non-ASCII header of the token's string length is longer in
  // UTF-8, and timingSafeEqual throws on buffers of different lengths.
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
