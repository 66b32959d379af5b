// The smaller faults: huge batch lines, huge inputs echoed back, absurd offsets, over-long
// article ids in autocomplete, invisible characters echoed, secrets in configuration errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../src/app/open.js';
import type { Engine } from '../src/answer/engine.js';
import { MAX_BATCH_LINE_BYTES, runBatch } from '../src/cli/batch.js';
import { ConfigError, readBotConfig } from '../src/discord/setup/config.js';
import { describeStartupError } from '../src/discord/setup/startup-errors.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-small-faults-'));
const LONG_ID = `harbour-${'report-'.repeat(20)}final`;
let engine: Engine;
beforeAll(async () => {
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  writeFileSync(
    join(seeds, `${LONG_ID}.txt`),
    '"We will rebuild the old lighthouse by spring," said Mara Tell, who chairs the harbour council.\n\nThe ferry to the islands resumes in April.\n',
  );
  ({ engine } = await openEngine({ seedsDir: seeds, storePath: join(root, 'store.bin') }));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

describe('batch input', () => {
  it('skips a line over the limit with an error line, reading on, instead of ending in a stack trace', async () => {
    const out: string[] = [];
    const huge = 'x'.repeat(256 * 1024);
    const lines = chunks(
      '{"command":"search","input":"',
      huge,
      huge,
      huge,
      huge,
      huge,
      '"}\n',
      '{"command":"search","input":"ferry to the islands"}\n',
    );
    await runBatch(engine, (l) => out.push(l), lines);
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0]!)).toMatchObject({
      error: true,
      message: expect.stringContaining(`at most ${MAX_BATCH_LINE_BYTES}`),
    });
    expect(out[0]!.length).toBeLessThan(500);
    expect((JSON.parse(out[1]!) as { found: boolean }).found).toBe(true);
  });
});

describe('error results', () => {
  it('echo only the start of a huge input', () => {
    const r = engine.run('ask', 'why '.repeat(2_500_000));
    expect(r.error).toBe(true);
    expect(r.input.length).toBeLessThanOrEqual(201);
    expect(JSON.stringify(r).length).toBeLessThan(1000);
  });
});

describe('search --offset', () => {
  it('past every passage (1e20) says there are no more, instead of failing to size an array', () => {
    const r = engine.run('search', 'ferry', { offset: 1e20 });
    expect(r.error).toBeUndefined();
    expect(r.message).toBe('No more passages.');
  });
});

describe('autocomplete with an article id over 100 characters', () => {
  it('offers values within the limit that still name the article', () => {
    expect(LONG_ID.length).toBeGreaterThan(100);
    const [doc] = engine.suggestDocuments('');
    expect(doc!.value.length).toBeLessThanOrEqual(100);
    const r = engine.run('search', 'ferry to the islands', { doc: doc!.value });
    expect(r.found).toBe(true);
    expect(r.citations[0]!.doc).toBe(LONG_ID);
    expect(engine.suggestPassages('').length).toBeGreaterThan(0);
    for (const partial of ['', 'lighthouse', 'ferry']) {
      for (const c of engine.suggestPassages(partial)) {
        expect(c.value.length).toBeLessThanOrEqual(100);
        const cited = engine.run('cite', c.value);
        expect(cited.found, c.value).toBe(true);
        expect(cited.citations[0]!.doc).toBe(LONG_ID);
      }
    }
  });
});

describe('invisible characters in questions', () => {
  it('are not echoed back (a right-to-left override would turn the title around)', () => {
    for (const command of ['search', 'ask', 'verify'] as const) {
      const r = engine.run(command, '\u202eferry\u200b to the\u2066 islands\u200d', { about: '\u202eharbour' });
      expect(r.input).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(JSON.stringify(r)).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(engine.run('search', '\u202eferry\u200b to the islands').found).toBe(true);
  });

  it('full-width letters and a soft hyphen ask the same question as plain letters', () => {
    const plain = engine.run('ask', 'when does the ferry resume?');
    expect(plain.found).toBe(true);
    expect(plain.answer).toContain('April');
    for (const odd of ['ｗｈｅｎ does the ｆｅｒｒｙ resume?', 'when does the fer\u00adry resume?']) {
      const r = engine.run('ask', odd);
      expect(r.answer).toBe(plain.answer);
      expect(r.input).not.toContain('\u00ad');
    }
  });
});

describe('configuration errors', () => {
  const base = {
    DISCORD_TOKEN: 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB',
    DISCORD_CLIENT_ID: '123456789012345678',
  };
  const problems = (env: Record<string, string>): string => {
    try {
      readBotConfig(env);
    } catch (e) {
      return (e as ConfigError).problems.join('\n');
    }
    throw new Error('expected a configuration error');
  };

  it('never repeat a token pasted into DISCORD_CLIENT_ID', () => {
    const text = problems({ ...base, DISCORD_CLIENT_ID: base.DISCORD_TOKEN });
    expect(text).toContain('DISCORD_CLIENT_ID must be a numeric id');
    expect(text).not.toContain('GhIjKl');
    expect(text).not.toContain(base.DISCORD_TOKEN.slice(0, 20));
  });

  it('never repeat credentials in DISCORD_API_URL, nor a very long value', () => {
    const text = problems({ ...base, DISCORD_API_URL: 'ftp://admin:hunter2@example.org/api' });
    expect(text).not.toContain('hunter2');
    expect(problems({ ...base, LOG_LEVEL: 'z'.repeat(5000) }).length).toBeLessThan(200);
    const line = describeStartupError(
      Object.assign(new Error('fetch failed'), { code: 'ECONNREFUSED' }),
      'http://admin:hunter2@127.0.0.1:9/api',
    );
    expect(line).not.toContain('hunter2');
  });
});
