// Start-up failures as one line a server owner can act on, instead of a stack trace.
import { ConfigError, loadDotenv, readBotConfig, type BotConfig } from './config.js';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * Discord ended the gateway connection for good (discord.js will not reconnect): the bot cannot
 * serve until its owner fixes something, so it exits non-zero with the fix.
 */
export class GatewayClosedError extends Error {
  constructor(readonly closeCode: number) {
    super(`the Discord gateway closed the connection (${closeCode})`);
    this.name = 'GatewayClosedError';
  }
}

/**
 * The exit status for a gateway that refuses the bot (bad token, intents, sharding): 78 is
 * sysexits' EX_CONFIG, so a supervisor (and start:sharded) can tell it from a crash worth a restart.
 */
export const EXIT_GATEWAY_REFUSED = 78;

const TOKEN_ADVICE =
  'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the bot token on the Developer Portal (Bot → Reset Token) and put the new one in .env';
const INTENTS_ADVICE =
  'Discord refused the gateway intents requested; citebot only needs Guilds (no privileged intents): check the bot on the Developer Portal, or update citebot';

/** The README's advice for each close code discord.js gives up on. */
export function gatewayCloseAdvice(code: number): string {
  switch (code) {
    case 4004:
      return `${TOKEN_ADVICE} (gateway close 4004)`;
    case 4010:
      return 'Discord refused the shard settings (gateway close 4010): start with npm run start:sharded';
    case 4011:
      return 'Discord requires sharding for this many servers (gateway close 4011): start with npm run start:sharded';
    case 4012:
      return 'Discord no longer accepts this gateway version (gateway close 4012): update citebot';
    case 4013:
    case 4014:
      return `${INTENTS_ADVICE} (gateway close ${code})`;
    default:
      return `the Discord gateway closed the connection for good (close ${code}); start citebot again`;
  }
}

function networkCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors))
      for (const inner of errors) {
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
  if (err instanceof GatewayClosedError) return gatewayCloseAdvice(err.closeCode);
  if (err instanceof ConfigError) return `configuration: ${err.problems.join('; ')}`;
  const code = (err as { code?: unknown } | null)?.code;
  const status = (err as { status?: unknown } | null)?.status;
  if (code === 'TokenInvalid' || status === 401) return TOKEN_ADVICE;
  if (typeof code === 'number' && code >= 4000 && code < 5000) return gatewayCloseAdvice(code);
  if (code === 'TokenMissing') return 'DISCORD_TOKEN is not set: put the bot token in .env';
  if (code === 50001 || code === 50013 || status === 403) {
    return 'Discord refused: missing access. Invite the bot with the "bot" and "applications.commands" scopes, and check DISCORD_CLIENT_ID / DISCORD_GUILD_ID';
  }
  if (code === 'DisallowedIntents') return INTENTS_ADVICE;
  // @discordjs/ws throws its own words for these closes at login.
  const raw = err instanceof Error ? err.message : '';
  if (/authentication failed/i.test(raw)) return gatewayCloseAdvice(4004);
  if (/disallowed intent|invalid intent/i.test(raw)) return gatewayCloseAdvice(4014);
  if (/sharding required|invalid shard/i.test(raw)) return gatewayCloseAdvice(4011);
  const net = networkCode(err);
  // A user name and password in the URL are never printed.
  if (net)
    return `cannot reach Discord at ${apiUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@')} (${net}): check the network or DISCORD_API_URL`;
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
