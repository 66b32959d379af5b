// Start-up failures as one line a server owner can act on, instead of a stack trace.
import { ConfigError, loadDotenv, readBotConfig, type BotConfig } from './config.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function networkCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const inner of errors) {
      const c = networkCode(inner);
      if (c) return c;
    }
    e = (e as { cause?: unknown }).cause;
  }
  const message = err instanceof Error ? err.message : '';
  if (/fetch failed|connect|network|socket/i.test(message)) return 'network error';
  return null;
}

export function describeStartupError(err: unknown, apiUrl: string): string {
  if (err instanceof StartupError) return err.message;
  if (err instanceof ConfigError) return `configuration: ${err.problems.join('; ')}`;
  const code = (err as { code?: unknown } | null)?.code;
  const status = (err as { status?: unknown } | null)?.status;
  if (code === 'TokenInvalid' || status === 401) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the bot token on the Developer Portal (Bot → Reset Token) and put the new one in .env';
  }
  if (code === 'TokenMissing') return 'DISCORD_TOKEN is not set: put the bot token in .env';
  if (code === 50001 || code === 50013 || status === 403) {
    return 'Discord refused: missing access. Invite the bot with the "bot" and "applications.commands" scopes, and check DISCORD_CLIENT_ID / DISCORD_GUILD_ID';
  }
  if (code === 4014 || code === 'DisallowedIntents') return 'Discord refused the gateway intents requested; citebot only needs Guilds';
  const net = networkCode(err);
  if (net) return `cannot reach Discord at ${apiUrl} (${net}): check the network or DISCORD_API_URL`;
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 300);
}

/** Loads .env and reads the bot's configuration, or prints one line and exits 1. */
export function configOrExit(): BotConfig {
  loadDotenv();
  try {
    return readBotConfig(process.env, { needClientId: false });
  } catch (err) {
    process.stderr.write(`citebot: ${describeStartupError(err, '')}\n`);
    process.exit(1);
  }
}
