// Runs the real bot (`node --import tsx src/discord/entry/main.ts`) as a child process pointed at the
// fake Discord, captures its output line by line, and stops it (SIGTERM, then SIGKILL as a last
// resort). Shared by the e2e tests and the load bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from './fake-discord/index.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BotEnv {
  fake: FakeDiscord;
  seedsDir: string;
  /** Defaults to the fake's token; the wrong-token test passes another. */
  token?: string;
  cooldownSeconds?: number;
  extra?: Record<string, string>;
}

/** The environment for a bot process: the parent's, minus anything that could point it at real Discord. */
export function botEnv(opts: BotEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(DISCORD_|CITEBOT_|SEEDS_DIR$|LOG_LEVEL$|PORT$|REDIS_URL$)/.test(k)) env[k] = v;
  }
  return {
    ...env,
    DISCORD_TOKEN: opts.token ?? opts.fake.token,
    DISCORD_CLIENT_ID: opts.fake.world.applicationId,
    DISCORD_GUILD_ID: opts.fake.world.guildId,
    DISCORD_API_URL: opts.fake.apiBase,
    SEEDS_DIR: opts.seedsDir,
    CITEBOT_COOLDOWN_SECONDS: String(opts.cooldownSeconds ?? 0),
    // The store cache lives beside the private seeds copy, not in the repo's .citebot/.
    CITEBOT_STORE: join(dirname(opts.seedsDir), 'citebot-store.json'),
    LOG_LEVEL: 'info',
    ...opts.extra,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class BotProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<Exit>;
  private exit: Exit | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolveExit) => {
      child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        this.notify();
        resolveExit(this.exit);
      });
    });
    this.collect(child.stdout!, this.stdout);
    this.collect(child.stderr!, this.stderr);
  }

  static spawn(script: string, env: NodeJS.ProcessEnv): BotProcess {
    return BotProcess.spawnNode(['--import', 'tsx', script], env);
  }

  /** Node with these arguments, from the repository (`npm start`'s own command, say). */
  static spawnNode(args: string[], env: NodeJS.ProcessEnv): BotProcess {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return new BotProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exit === null;
  }

  output(): string {
    return [...this.stdout.map((l) => `out| ${l}`), ...this.stderr.map((l) => `err| ${l}`)].join('\n');
  }

  /** Resolves with the first line (stdout or stderr, past or future) matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs: number, stream: 'stdout' | 'stderr' | 'any' = 'any'): Promise<string> {
    const lines = () =>
      stream === 'stdout' ? this.stdout : stream === 'stderr' ? this.stderr : [...this.stdout, ...this.stderr];
    return new Promise((resolveLine, reject) => {
      const check = () => {
        const line = lines().find((l) => pattern.test(l));
        if (line !== undefined) finish(() => resolveLine(line));
        else if (!this.running)
          finish(() =>
            reject(new Error(`bot exited (${JSON.stringify(this.exit)}) before printing ${pattern}\n${this.output()}`)),
          );
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms\n${this.output()}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      check();
    });
  }

  async waitForExit(timeoutMs: number): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`bot still running after ${timeoutMs} ms\n${this.output()}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Graceful stop (SIGTERM); SIGKILL only if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<Exit> {
    if (!this.running) return this.exit!;
    this.child.kill('SIGTERM');
    try {
      return await this.waitForExit(graceMs);
    } catch {
      this.child.kill('SIGKILL');
      return this.exited;
    }
  }

  /** Resident memory of the bot process in KiB, from /proc (Linux only; null elsewhere or after exit). */
  rssKiB(): number | null {
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return match ? Number(match[1]) : null;
    } catch {
      return null;
    }
  }

  private collect(stream: NodeJS.ReadableStream, into: string[]): void {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      into.push(...parts);
      if (parts.length > 0) this.notify();
    });
    stream.on('end', () => {
      if (partial) into.push(partial);
      partial = '';
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The bot's "ready" log line (not discord.js's deprecation warning about the ready event). */
export const READY_LINE = /\bready\b/i;

/** Starts the bot and resolves once it has identified on the fake gateway and logged "ready". */
export async function startReadyBot(opts: BotEnv & { readyTimeoutMs?: number }): Promise<BotProcess> {
  const bot = BotProcess.spawn('src/discord/entry/main.ts', botEnv(opts));
  const timeout = opts.readyTimeoutMs ?? 90_000;
  try {
    await Promise.all([opts.fake.waitForSession(timeout), bot.waitForLine(READY_LINE, timeout, 'stdout')]);
  } catch (error) {
    await bot.stop(2000);
    throw new Error(`the bot did not become ready: ${(error as Error).message}\n${bot.output()}`, { cause: error });
  }
  return bot;
}

/** Runs the registration script against the fake and resolves with its exit and output. */
export async function deployCommands(opts: BotEnv, timeoutMs = 60_000): Promise<{ exit: Exit; output: string }> {
  const run = BotProcess.spawn('src/discord/entry/deploy-commands.ts', botEnv(opts));
  const exit = await run.waitForExit(timeoutMs).catch(async (error: unknown) => {
    await run.stop(1000);
    throw error;
  });
  return { exit, output: run.output() };
}

/** A private copy of the repo's seeds, so /reload and any cache the bot writes never touch the repo's. */
export function copySeeds(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'citebot-e2e-'));
  const dir = join(root, 'seeds');
  cpSync(join(REPO_ROOT, 'seeds'), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
