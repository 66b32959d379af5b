// The first steps a new server owner takes: a fresh .env, deploy-commands, the bot's required
// settings, npm ci's install scripts, the eval command, and the container recipe.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/app/config.js';
import { ConfigError, readBotConfig, readHttpConfig } from '../src/discord/setup/config.js';
import { redact } from '../src/discord/entry/deploy-commands.js';

const TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GaBcDe.secretsecretsecretsecret';

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD_|CITEBOT_|SEEDS_DIR$|REDIS_URL$)/.test(k)),
  );
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('a fresh clone', () => {
  it('cp .env.example .env, then deploy-commands prints one readable line naming what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citebot-fresh-'));
    copyFileSync(join(REPO_ROOT, '.env.example'), join(dir, '.env'));
    // Run from the folder holding .env, as `npm run` would from the clone (tsx by its path from there).
    const r = spawnSync(
      join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      [join(REPO_ROOT, 'src/discord/entry/deploy-commands.ts')],
      {
        cwd: dir,
        env: cleanEnv(),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^citebot deploy-commands: configuration: DISCORD_TOKEN is not set: .*; DISCORD_CLIENT_ID is not set: /,
    );
    expect(lines[0]).not.toContain('[redacted]');
  }, 60_000);

  it('redacts a token and leaves text alone when there is none', () => {
    expect(redact('config problem', '')).toBe('config problem');
    expect(redact('config problem', undefined)).toBe('config problem');
    expect(redact(`bad ${TOKEN} here`, TOKEN)).toBe('bad [redacted] here');
  });

  it('npm ci runs no install script the package.json has not settled', () => {
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const allow =
      (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> })
        .allowScripts ?? {};
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts)
      expect(
        Object.keys(allow).some((k) => k === name || k.startsWith(`${name}@`)),
        name,
      ).toBe(true);
  });

  it('the eval command names where the bundled questions are when given a wrong file', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'bench/eval.ts'), 'no-such-questions.jsonl'],
      { cwd: REPO_ROOT, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('tests/fixtures/seed-dev.jsonl');
  }, 60_000);
});

describe('asking only for what the mode needs', () => {
  it('the running bot needs the token alone; deploy-commands needs the Application ID too', () => {
    expect(readBotConfig({ DISCORD_TOKEN: TOKEN }, { needClientId: false })).toMatchObject({
      token: TOKEN,
      clientId: null,
    });
    expect(problems(() => readBotConfig({ DISCORD_TOKEN: TOKEN }))).toEqual([
      expect.stringMatching(/^DISCORD_CLIENT_ID is not set/),
    ]);
    // A malformed id is still reported when given.
    expect(
      problems(() => readBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-bot' }, { needClientId: false })),
    ).toEqual(['DISCORD_CLIENT_ID must be a numeric id (got "my-bot")']);
  });

  it('reads CITEBOT_MODERATOR_ONLY and REDIS_URL, naming a bad value', () => {
    const c = readHttpConfig({
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
      CITEBOT_MODERATOR_ONLY: ' /cite, Verify ',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(c.moderatorOnly).toEqual(['cite', 'verify']);
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(
      problems(() =>
        readBotConfig(
          { DISCORD_TOKEN: TOKEN, CITEBOT_MODERATOR_ONLY: 'cite,reboot', REDIS_URL: 'localhost' },
          { needClientId: false },
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^CITEBOT_MODERATOR_ONLY names "reboot", which is not one of /),
      'REDIS_URL must look like redis://host:6379 (got "localhost")',
    ]);
  });
});

describe('the container recipe', () => {
  it('installs from the lock file, runs as a non-root user, and keeps seeds and store in volumes', () => {
    const docker = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
    expect(docker).toMatch(/COPY package\.json package-lock\.json/);
    expect(docker).toMatch(/RUN npm ci\b/);
    expect(docker).toMatch(/^USER (?!root)\w+/m);
    expect(docker).toMatch(/VOLUME \["\/data\/seeds", "\/data\/store"\]/);
    expect(docker).toMatch(/SEEDS_DIR=\/data\/seeds/);
    expect(docker).toMatch(/CITEBOT_STORE=\/data\/store\//);
  });
});
