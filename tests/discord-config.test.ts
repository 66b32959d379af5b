// Start-up configuration and start-up failures: one clear line each, never the token.
import { describe, expect, it } from 'vitest';
import { ConfigError, readBotConfig, readHttpConfig } from '../src/discord/setup/config.js';
import { createLogger } from '../src/discord/setup/log.js';
import { describeStartupError } from '../src/discord/setup/startup-errors.js';

const TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GaBcDe.secretsecretsecretsecret';
const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '101234567890123456' };

function problems(env: Record<string, string>): string[] {
  try {
    readBotConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('bot configuration', () => {
  it('reads a minimal config with defaults', () => {
    expect(readBotConfig(base)).toEqual({
      token: TOKEN,
      clientId: '101234567890123456',
      guildId: null,
      seedsDir: null,
      cooldownSeconds: 3,
      logLevel: 'info',
      apiUrl: 'https://discord.com/api',
      moderatorOnly: [],
      redisUrl: null,
    });
  });

  it('takes every optional setting', () => {
    const c = readBotConfig({
      ...base,
      DISCORD_GUILD_ID: '201234567890123456',
      SEEDS_DIR: 'corpus',
      CITEBOT_COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'DEBUG',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
    });
    expect(c).toMatchObject({
      guildId: '201234567890123456',
      seedsDir: 'corpus',
      cooldownSeconds: 0,
      logLevel: 'debug',
      apiUrl: 'http://127.0.0.1:8080/api',
    });
  });

  it('names each missing or malformed variable, all at once', () => {
    const p = problems({
      DISCORD_CLIENT_ID: 'my-bot',
      CITEBOT_COOLDOWN_SECONDS: 'soon',
      LOG_LEVEL: 'loud',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/v10',
    });
    expect(p).toHaveLength(5);
    expect(p[0]).toMatch(/^DISCORD_TOKEN is not set/);
    expect(p[1]).toBe('DISCORD_CLIENT_ID must be a numeric id (got "my-bot")');
    expect(p[2]).toMatch(/^CITEBOT_COOLDOWN_SECONDS must be a number/);
    expect(p[3]).toBe('LOG_LEVEL must be one of debug, info, warn, error (got "loud")');
    expect(p[4]).toBe(
      'DISCORD_API_URL must not end in a version such as /v10; use the base, e.g. http://127.0.0.1:8080/api',
    );
  });

  it('HTTP mode needs the public key and a port, not the token', () => {
    expect(readHttpConfig({ DISCORD_PUBLIC_KEY: 'AB'.repeat(32), PORT: '8787' })).toMatchObject({
      port: 8787,
      publicKey: 'ab'.repeat(32),
    });
    expect(() => readHttpConfig({ PORT: 'eighty' })).toThrow(
      /PORT must be a port number.*DISCORD_PUBLIC_KEY is not set/,
    );
  });
});

describe('start-up failures', () => {
  it('a rejected token is one actionable line', () => {
    const line = describeStartupError(
      Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }),
      'https://discord.com/api',
    );
    expect(line).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(line).not.toContain('\n');
  });

  it('an unreachable Discord names the address and the cause', () => {
    const err = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(describeStartupError(err, 'http://127.0.0.1:9/api')).toBe(
      'cannot reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network or DISCORD_API_URL',
    );
  });

  it('missing access points at the invite scopes', () => {
    expect(describeStartupError(Object.assign(new Error('Missing Access'), { code: 50001, status: 403 }), '')).toMatch(
      /"bot" and "applications.commands" scopes/,
    );
  });

  it('the logger masks the token wherever it appears', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: [TOKEN], write: (_l, line) => lines.push(line) });
    log.error(`login failed for ${TOKEN}`, { error: new Error(`bad ${TOKEN}`) });
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines[0]).toContain('[redacted]');
  });

  it('the logger drops lines below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (_l, line) => lines.push(line) });
    log.info('hidden');
    log.debug('hidden');
    log.warn('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ warn shown$/);
  });
});
