import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LoginResponse } from '@bsc/domain';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { CurrentActor, Public, type AuthenticatedRequest } from '../common/auth/permissions.decorator';
import type { Actor } from '../common/auth/actor';
import { readCookie } from '../common/auth/session.guard';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { SESSION_COOKIE } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const previousToken = readCookie(req.headers.cookie, SESSION_COOKIE);
    const { token, ...result } = await this.auth.login(dto.login, dto.password, req.ip, previousToken);
    res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(req), maxAge: this.config.SESSION_ABSOLUTE_HOURS * 3600_000 });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor, req.sessionTokenHash ?? '');
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
  }

  @Get('me')
  me(@CurrentActor() actor: Actor, @Req() req: AuthenticatedRequest): LoginResponse {
    return this.auth.current(actor, req.csrfToken ?? '');
  }

  @Post('refresh')
  @HttpCode(200)
  refresh(@CurrentActor() actor: Actor, @Req() req: AuthenticatedRequest): Promise<LoginResponse> {
    return this.auth.refresh(actor, req.sessionTokenHash ?? '', req.csrfToken ?? '');
  }
}

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts) and Secure when the
 * request came over TLS; `req.secure` honours X-Forwarded-Proto only from a trusted proxy
 * ('trust proxy' in app.factory.ts).
 */
function sessionCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}
