// Line-oriented logging for the bot. Secrets registered here are masked in every line,
// so a token that ends up inside an error message is never written out.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface Logger {
  debug: (message: string, context?: Record<string, unknown>) => void;
  info: (message: string, context?: Record<string, unknown>) => void;
  warn: (message: string, context?: Record<string, unknown>) => void;
  error: (message: string, context?: Record<string, unknown>) => void;
}

export interface LoggerOptions {
  level?: LogLevel;
  secrets?: string[];
  /** Where lines go; defaults to stdout for debug/info and stderr for warn/error. */
  write?: (level: LogLevel, line: string) => void;
}

function defaultWrite(level: LogLevel, line: string): void {
  if (level === 'warn' || level === 'error') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: string | number }).code;
    return code !== undefined ? `${value.name}[${String(code)}]: ${value.message}` : `${value.name}: ${value.message}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info');
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const write = options.write ?? defaultWrite;
  const mask = (line: string): string => secrets.reduce((acc, s) => acc.split(s).join('[redacted]'), line);
  const emit = (level: LogLevel, message: string, context?: Record<string, unknown>): void => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    const parts = context
      ? Object.entries(context)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}=${describe(v)}`)
      : [];
    const line = `${new Date().toISOString()} ${level} ${message}${parts.length ? ' ' + parts.join(' ') : ''}`;
    write(level, mask(line));
  };
  return {
    debug: (m, c) => emit('debug', m, c),
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c),
  };
}
