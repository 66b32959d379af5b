// `npm run start:http` as a real process on 127.0.0.1: it starts, logs where it listens, answers a
// signed PING, refuses an unsigned request, and exits 0 on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/app/config.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
let child: ChildProcess;
let output = '';
let url = '';
let tmp = '';

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'citebot-http-proc-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(DISCORD_|CITEBOT_|SEEDS_DIR$|PORT$|HOST$)/.test(k)) env[k] = v;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/entry/http-main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      SEEDS_DIR: path.join(REPO_ROOT, 'seeds'),
      CITEBOT_STORE: path.join(tmp, 'store.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line:\n${output}`)), 60_000);
    const check = (): void => {
      const m = /ready: \d+ articles?, \d+ quotes?; listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
  });
}, 90_000);

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('start:http process', () => {
  it('answers a signed PING with PONG', async () => {
    const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-timestamp': ts,
        'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('refuses an unsigned request with 401', async () => {
    const res = await fetch(url, {
      method: 'POST',
      body: '{"type":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('exits 0 on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 15_000);
});
