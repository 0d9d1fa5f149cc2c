import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LoginResponse } from '@bsc/domain';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { CurrentActor, Public, type AuthenticatedRequest } from '../common/auth/permissions.decorator';
import type { Actor } from '../common/auth/actor';
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
    const { token, ...result } = await this.auth.login(dto.login, dto.password, req.ip);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: this.config.SESSION_ABSOLUTE_HOURS * 3600_000,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor, req.sessionTokenHash ?? '');
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentActor() actor: Actor, @Req() req: AuthenticatedRequest): LoginResponse {
    return { user: actor, csrfToken: req.csrfToken ?? '' };
  }
}
