import type { LoggerService } from '@nestjs/common';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON object per line on stdout: what log shippers in a Landratsamt's data centre ingest. */
class JsonLogger implements LoggerService {
  private threshold = ORDER[(process.env.LOG_LEVEL as Level | undefined) ?? 'info'] ?? ORDER.info;

  setLevel(level: Level | 'silent'): void {
    this.threshold = ORDER[level];
  }

  write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < this.threshold) return;
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  }

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.write('error', msg, fields);
  }

  // LoggerService signature used by Nest internals: (message, context?) or (message, trace, context).
  log(message: unknown, context?: unknown): void {
    this.write('info', String(message), typeof context === 'string' ? { context } : {});
  }
  verbose(message: unknown): void {
    this.write('debug', String(message));
  }
}

/** The process-wide JSON logger. */
export const jsonLogger = new JsonLogger();
