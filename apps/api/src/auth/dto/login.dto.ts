import { ApiProperty } from '@nestjs/swagger';
import { CatalogueLimits } from '@bsc/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'agent' })
  @IsString()
  @MinLength(1)
  @MaxLength(CatalogueLimits.loginMax)
  login: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(CatalogueLimits.passwordMax)
  password: string;
}
