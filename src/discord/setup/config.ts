// Bot configuration from the environment (and .env via dotenv), checked up front so a
// mistake is one clear line at start-up rather than a failure later.
import dotenv from 'dotenv';
import { LOG_LEVELS, type LogLevel } from './log.js';

export const DEFAULT_API_URL = 'https://discord.com/api';

/** What both transports (gateway and HTTP interactions) read from the environment. */
interface SharedConfig {
  seedsDir: string | null;
  cooldownSeconds: number;
  logLevel: LogLevel;
  /** REST base without a version suffix, e.g. http://127.0.0.1:8080/api. */
  apiUrl: string;
  /** Commands only members with Manage Server may use (CITEBOT_MODERATOR_ONLY), beside /reload. */
  moderatorOnly: string[];
  /** Shared state across processes (REDIS_URL); null keeps it in this process's memory. */
  redisUrl: string | null;
}

export interface BotConfig extends SharedConfig {
  token: string;
  /** Needed only to register commands (deploy-commands); the running bot learns it from Discord. */
  clientId: string | null;
  guildId: string | null;
}

export interface HttpConfig extends SharedConfig {
  port: number;
  publicKey: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Loads .env into process.env (never overriding what is already set). */
export function loadDotenv(): void {
  dotenv.config({ quiet: true });
}

const SNOWFLAKE = /^\d{17,20}$/;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** Commands a server may make moderator-only; /reload always is. */
export const RESTRICTABLE_COMMANDS = ['ask', 'cite', 'facts', 'quote', 'search', 'sources', 'verify', 'who'] as const;

type Common = Pick<BotConfig, 'seedsDir' | 'cooldownSeconds' | 'logLevel' | 'apiUrl' | 'moderatorOnly' | 'redisUrl'>;

/** CITEBOT_MODERATOR_ONLY and REDIS_URL: the settings the bot and the HTTP server share with the runtime. */
export function readSharedSettings(env: Env, problems: string[]): Pick<BotConfig, 'moderatorOnly' | 'redisUrl'> {
  const moderatorOnly: string[] = [];
  for (const raw of (value(env, 'CITEBOT_MODERATOR_ONLY') ?? '').split(',')) {
    const name = raw.trim().replace(/^\//, '').toLowerCase();
    if (!name) continue;
    if ((RESTRICTABLE_COMMANDS as readonly string[]).includes(name)) moderatorOnly.push(name);
    else
      problems.push(
        `CITEBOT_MODERATOR_ONLY names "${raw.trim()}", which is not one of ${RESTRICTABLE_COMMANDS.join(', ')}`,
      );
  }
  const redisUrl = value(env, 'REDIS_URL') ?? null;
  if (redisUrl !== null && !/^(redis|rediss):\/\/\S+$/.test(redisUrl)) {
    problems.push(`REDIS_URL must look like redis://host:6379 (got "${redisUrl}")`);
  }
  return { moderatorOnly, redisUrl };
}

function common(env: Env, problems: string[]): Common {
  const cooldownRaw = value(env, 'CITEBOT_COOLDOWN_SECONDS');
  let cooldownSeconds = 3;
  if (cooldownRaw !== undefined) {
    const n = Number(cooldownRaw);
    if (!Number.isFinite(n) || n < 0 || n > 3600) {
      problems.push(
        `CITEBOT_COOLDOWN_SECONDS must be a number of seconds between 0 and 3600 (got ${echo(cooldownRaw)})`,
      );
    } else cooldownSeconds = n;
  }
  const levelRaw = value(env, 'LOG_LEVEL')?.toLowerCase();
  let logLevel: LogLevel = 'info';
  if (levelRaw !== undefined) {
    if ((LOG_LEVELS as readonly string[]).includes(levelRaw)) logLevel = levelRaw as LogLevel;
    else problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${echo(levelRaw)})`);
  }
  let apiUrl = DEFAULT_API_URL;
  const apiRaw = value(env, 'DISCORD_API_URL');
  if (apiRaw !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(apiRaw);
    } catch {
      /* reported below */
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      problems.push(
        `DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api (got ${echo(withoutCredentials(apiRaw))})`,
      );
    } else if (/\/v\d+\/?$/.test(parsed.pathname)) {
      problems.push(
        `DISCORD_API_URL must not end in a version such as /v10; use the base, e.g. ${withoutCredentials(apiRaw)
          .replace(/\/v\d+\/?$/, '')
          .slice(0, 200)}`,
      );
    } else apiUrl = apiRaw.replace(/\/+$/, '');
  }
  return {
    seedsDir: value(env, 'SEEDS_DIR') ?? null,
    cooldownSeconds,
    logLevel,
    apiUrl,
    ...readSharedSettings(env, problems),
  };
}

/**
 * The gateway bot's settings. `needClientId`: deploy-commands must name the application; the
 * running bot needs only the token, so it is not asked for what it does not use.
 */
export function readBotConfig(
  env: Env = process.env,
  { needClientId = true }: { needClientId?: boolean } = {},
): BotConfig {
  const problems: string[] = [];
  const token = value(env, 'DISCORD_TOKEN');
  if (!token)
    problems.push('DISCORD_TOKEN is not set: copy it from the Developer Portal (Bot → Reset Token) into .env');
  else if (/\s/.test(token)) problems.push('DISCORD_TOKEN contains whitespace: paste the token alone');
  const clientId = value(env, 'DISCORD_CLIENT_ID');
  if (!clientId) {
    if (needClientId)
      problems.push(
        "DISCORD_CLIENT_ID is not set: it is the Application ID on the Developer Portal's General Information page",
      );
  } else if (!SNOWFLAKE.test(clientId)) problems.push(`DISCORD_CLIENT_ID must be a numeric id (got ${echo(clientId)})`);
  const guildId = value(env, 'DISCORD_GUILD_ID') ?? null;
  if (guildId !== null && !SNOWFLAKE.test(guildId))
    problems.push(`DISCORD_GUILD_ID must be a numeric server id (got ${echo(guildId)})`);
  const rest = common(env, problems);
  if (problems.length) throw new ConfigError(problems);
  return { token: token!, clientId: clientId ?? null, guildId, ...rest };
}

export function readHttpConfig(env: Env = process.env): HttpConfig {
  const problems: string[] = [];
  const portRaw = value(env, 'PORT') ?? '3000';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number (got ${echo(portRaw)})`);
  const publicKey = value(env, 'DISCORD_PUBLIC_KEY');
  if (!publicKey)
    problems.push(
      "DISCORD_PUBLIC_KEY is not set: it is the Public Key on the Developer Portal's General Information page",
    );
  else if (!/^[0-9a-fA-F]{64}$/.test(publicKey)) problems.push('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  const rest = common(env, problems);
  if (problems.length) throw new ConfigError(problems);
  return { port, publicKey: publicKey!.toLowerCase(), ...rest };
}

/** The most of a wrong setting a message repeats. */
const ECHO_CHARS = 40;
const LOOKS_LIKE_TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/**
 * A wrong value as a message may show it: never a pasted token (a token in DISCORD_CLIENT_ID is
 * a common slip), and never more than a short, printable start.
 */
function echo(raw: string | undefined): string {
  const v = String(raw ?? '');
  if (LOOKS_LIKE_TOKEN.test(v.trim())) return 'what looks like a bot token, not shown';
  // eslint-disable-next-line no-control-regex
  const printable = v.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return `"${printable.length > ECHO_CHARS ? `${printable.slice(0, ECHO_CHARS)}…` : printable}"`;
}

/** A URL with any user name and password taken out. */
function withoutCredentials(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
