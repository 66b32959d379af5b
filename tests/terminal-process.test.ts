// `npm start` in the terminal as a user meets it: piped lines, and a pseudo-terminal where
// colour, wrapping, Ctrl+C and quit can be seen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/app/config.js';
import { HARBOUR_ARTICLE } from './support/harbour-article.js';

let seeds: string;
let env: Record<string, string>;
beforeAll(() => {
  seeds = mkdtempSync(join(tmpdir(), 'citebot-terminal-'));
  writeFileSync(join(seeds, 'harbour.txt'), HARBOUR_ARTICLE);
  const cleanEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['NO_COLOR', 'FORCE_COLOR', 'SEEDS_DIR', 'DISCORD_TOKEN'].includes(k)),
  ) as Record<string, string>;
  env = {
    ...cleanEnv,
    DISCORD_TOKEN: '',
    CITEBOT_STORE: join(mkdtempSync(join(tmpdir(), 'citebot-terminal-store-')), 'store.bin'),
  };
});

/** `npm start`'s own command (package.json), run from the repository as npm runs it. */
const START = [
  process.execPath,
  ...(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
    .trim()
    .split(/\s+/)
    .slice(1),
];

function piped(lines: string[], args: string[] = ['--seeds', seeds], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(START[0]!, [...START.slice(1), ...args], {
    cwd: REPO_ROOT,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm start with piped input', () => {
  it('answers from the --seeds folder, not the bundled article', () => {
    const r = piped(['who said the council had ignored the fishermen?']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tomas Brandt');
  });

  it('treats commands, greetings and quit as such, and stops at quit', () => {
    const r = piped([
      'hi',
      '/help',
      '/qoute Brandt',
      'what did brandt say',
      'what did he say',
      'thanks!',
      'quit',
      'who is okonkwo',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Hello/);
    expect(r.stdout).toContain('/verify');
    expect(r.stdout).toContain('There is no /qoute command. Did you mean /quote?');
    expect(r.stdout).toContain('about Tomas Brandt:');
    expect(r.stdout).toMatch(/welcome/);
    // Nothing after quit is answered.
    expect(r.stdout).not.toContain('Council chair');
    // Piped output has no colour codes.
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('takes --doc as the CLI does: an unknown article is one clear line', () => {
    const r = piped(['who opened the meeting?'], ['--seeds', seeds, '--doc', 'nope']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^No article with the id “nope”/);
    const ok = piped(['who opened the meeting?'], ['--seeds', seeds, '--doc', 'harbour']);
    expect(ok.stdout).toContain('Ingrid Solberg');
  });

  it('says which option it does not know, in one line before the usage', () => {
    const r = piped([], ['--seed', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^citebot: Unknown option '--seed'/);
  });
});

const python = spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { encoding: 'utf8' });
const havePty = python.status === 0;
if (!havePty) console.log('skipping pseudo-terminal tests: python3 with the pty module is not available');

function onTerminal(script: { wait?: string; send: string }[], extraEnv: Record<string, string> = {}, columns = 60) {
  const r = spawnSync(
    'python3',
    [
      join(REPO_ROOT, 'tests/support/pty-run.py'),
      String(columns),
      JSON.stringify(script),
      '--',
      ...START,
      '--seeds',
      seeds,
    ],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...env, ...extraEnv },
      timeout: 90_000,
    },
  );
  return r.stdout ?? '';
}

describe.skipIf(!havePty)('npm start on a terminal', () => {
  it('colours, wraps to the width, clears a half-typed line on Ctrl+C and leaves on the next', () => {
    const out = onTerminal([
      { wait: '> ', send: 'what did brandt say\r' },
      { wait: 'Brandt said', send: 'half typed' },
      { send: '\u0003' },
      { wait: '^C', send: '\u0003' },
    ]);
    expect(out).toMatch(/Ctrl\+C/);
    expect(out).toMatch(/\u001b\[1mTomas Brandt said/);
    expect(out).toMatch(/EXIT 0\s*$/);
    // The half-typed line was never answered.
    expect(out).not.toMatch(/answers “half typed”|Did you mean/);
    expect(out).toContain('half typed');
    const answerLines = out
      .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
      .split(/\r?\n/)
      .filter((l) => l.includes('ignored') || l.includes('Harbour council'));
    expect(answerLines.length).toBeGreaterThan(0);
    for (const l of answerLines) expect(l.length).toBeLessThanOrEqual(60);
  }, 90_000);

  it('has no colour with NO_COLOR and leaves on quit', () => {
    const out = onTerminal(
      [
        { wait: '> ', send: 'what did brandt say\r' },
        { wait: 'Brandt said', send: 'quit\r' },
      ],
      { NO_COLOR: '1' },
    );
    expect(out).toContain('Tomas Brandt said');
    expect(out).not.toMatch(/\u001b\[(1|2|22|36|33)m/);
    expect(out).toMatch(/EXIT 0\s*$/);
  }, 90_000);
});
