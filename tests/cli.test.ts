import { mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../bench/qa-score.js';
import type { Result } from '../src/answer/result.js';
import { cli } from './engine/cli.js';
import { SEEDS } from './engine/seed-engine.js';

const storeEnv = () => ({ CITEBOT_STORE: join(mkdtempSync(join(tmpdir(), 'citebot-cli-')), 'store.json') });
const env = storeEnv();
/** The CLI's --json output: one Result per line. */
const parse = (json: string) => JSON.parse(json) as Result;

describe('the CLI contract', () => {
  it('answers a question with the cited sentence as JSON', () => {
    const r = cli(['ask', 'Who visited Moscow?', '--json'], { env });
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out).toMatchObject({ command: 'ask', input: 'Who visited Moscow?', found: true });
    expect(out.answer).toMatch(/Taliban delegation/);
    const c = out.citations[0]!;
    expect(Object.keys(c).sort()).toEqual(
      ['date', 'doc', 'end', 'paragraph', 'score', 'sentence', 'start', 'text', 'title'].sort(),
    );
    const text = readFileSync(join(SEEDS, `${c.doc}.txt`), 'utf8');
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('prints readable text without --json', () => {
    const r = cli(['quote', 'Stanikzai'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/We signed a peace agreement/);
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it.each([
    [['ask', ''], /needs some text/],
    [['ask', 'x'.repeat(10_000)], /too long/],
    [['ask', 'who\u0007 is here'], /control character/],
    [['ask', 'Who visited Moscow?', '--doc', 'nope'], /No article with the id/],
    [['fly', 'away'], /Unknown command/],
  ])('rejects bad input %# with a message and a non-zero exit', (args, message) => {
    const r = cli([...args, '--json'], { env });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(message);
  });

  it('says so when the seeds folder is missing or empty', () => {
    const missing = cli(['ask', 'Who?', '--seeds', '/nonexistent/citebot'], { env: storeEnv() });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/seeds folder not found/);
    const dir = mkdtempSync(join(tmpdir(), 'citebot-empty-'));
    const empty = cli(['ask', 'Who visited Moscow?', '--seeds', dir, '--json'], { env: storeEnv() });
    expect(empty.code).toBe(1);
    expect(parse(empty.stdout)).toMatchObject({
      found: false,
      message: expect.stringMatching(/No articles are loaded/),
    });
  });

  it('runs a batch in order, with an error result for a malformed line', () => {
    const input = [
      JSON.stringify({ command: 'ask', input: 'Who headed the Taliban delegation?' }),
      '{not json',
      JSON.stringify({ command: 'verify', input: 'The Taliban will never negotiate with Washington again' }),
      JSON.stringify({ command: 'quote', input: '', about: 'peace agreement' }),
    ].join('\n');
    const r = cli(['batch', '--json'], { input, env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map(parse);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.answer).toMatch(/Stanikzai/);
    expect(lines[1]).toMatchObject({ found: false, error: true, message: expect.stringMatching(/not JSON/) });
    expect(lines[2]!.verdict).toBe('absent');
    expect(lines[3]!.quotes[0]!.text).toMatch(/peace agreement/);
  });

  it('rebuilds the store when a seed is added, and after the store file is corrupted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citebot-seeds-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Anna Berg said that the bridge will open in May 2024.');
    const e = storeEnv();
    expect(parse(cli(['sources', '--seeds', dir, '--json'], { env: e }).stdout).sources).toHaveLength(1);
    writeFileSync(join(dir, 'b.md'), '# Second\n\nThe mayor, Tom Lee, said that the bridge cost 40 million dollars.');
    expect(parse(cli(['sources', '--seeds', dir, '--json'], { env: e }).stdout).sources).toHaveLength(2);
    // Cut short, as by a full disk.
    truncateSync(e.CITEBOT_STORE, statSync(e.CITEBOT_STORE).size - 10);
    const r = cli(['ask', 'When will the bridge open?', '--seeds', dir, '--json'], { env: e });
    expect(r.stderr).toMatch(/corrupt/);
    expect(parse(r.stdout).answer).toMatch(/May 2024/);
    writeFileSync(e.CITEBOT_STORE, '{"kind":"citebot-store","schema":');
    const foreign = cli(['ask', 'When will the bridge open?', '--seeds', dir, '--json'], { env: e });
    expect(foreign.stderr).toMatch(/not a citebot store.*rebuilding/);
    expect(parse(foreign.stdout).answer).toMatch(/May 2024/);
  });
});

describe('the public seed questions, through the CLI batch', () => {
  const questions = readFileSync(join(__dirname, 'fixtures/seed-dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Question);
  const input = questions.map((q) => JSON.stringify({ command: q.command, input: q.input })).join('\n');
  const results = cli(['batch', '--json'], { input, env }).stdout.trim().split('\n').map(parse);
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ');
  const has = (hay: unknown, exp: string[]) =>
    typeof hay === 'string' && hay.length <= 600 && exp.some((e) => norm(hay).includes(norm(e)));

  it.each(questions.map((q, i) => [q.id, q.input, i] as const))('%s %s', (_id, _input, i) => {
    const q = questions[i]!;
    const o = results[i]!;
    if (q.expectFound === false) expect(o.found).toBe(false);
    else if (q.expectVerdict) expect(o.verdict).toBe(q.expectVerdict);
    else if (q.where === 'answer') expect(o.found && has(o.answer, q.expect!)).toBe(true);
    else if (q.where === 'cited')
      expect(o.found && [o.answer, o.citations[0]?.text, o.quotes[0]?.text].some((t) => has(t, q.expect!))).toBe(true);
    else expect(o.quotes.some((x) => has(x.text, q.expect!))).toBe(true);
  });
});
