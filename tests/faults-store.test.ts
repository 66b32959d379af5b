// A damaged store is found out and rebuilt: never a crash, never words the article does not hold,
// never the server's paths in a message.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine, openStore } from '../src/app/open.js';
import { temporaryStorePath, writeStoreFile } from '../src/store/store-file.js';
import { TALKS } from './support/talks.js';
import { int32Section, putInt32Section, readStoreParts, writeWithFreshChecksums } from './support/store-surgery.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-store-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
async function built(): Promise<{ seeds: string; store: string }> {
  const dir = join(root, `case-${n++}`);
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'talks.txt'), TALKS);
  const store = join(dir, 'store.bin');
  await openStore({ seedsDir: seeds, storePath: store });
  return { seeds, store };
}

/** Opens a store whose number table `section` has its i-th number set to `value`, checksums made to match. */
async function openWithNumberSetTo(section: string, i: number, value: number) {
  const { seeds, store } = await built();
  const parts = readStoreParts(store);
  const numbers = int32Section(parts, section);
  expect(numbers.length).toBeGreaterThan(i);
  numbers[i] = value;
  putInt32Section(parts, section, numbers);
  writeWithFreshChecksums(store, parts);
  return openEngine({ seedsDir: seeds, storePath: store });
}

/** Opens a store, keeping each damaged record it reports. */
async function openNoticingDamage(seeds: string, store: string) {
  const damaged: string[] = [];
  const opened = await openEngine({ seedsDir: seeds, storePath: store, onDamage: (d) => damaged.push(d) });
  return { ...opened, damaged };
}

describe('a damaged store', () => {
  it('with an out-of-range speaker index (checksums made to match) is rebuilt with a warning instead of failing every start', async () => {
    const { engine, warnings } = await openWithNumberSetTo('quotes.rows', 3, 9999);
    expect(warnings.some((w) => w.includes('quotes out of range') && w.includes('rebuilding'))).toBe(true);
    const r = engine.run('quote', 'Ilse Varnow');
    expect(r.found).toBe(true);
    expect(TALKS).toContain(r.quotes[0]!.text);
  });

  it('with a word changed inside a record never cites the changed word, hides the path from members, and is rebuilt at the next open', async () => {
    const { seeds, store } = await built();
    const bytes = readFileSync(store);
    const at = bytes.indexOf('met in Moscow');
    expect(at).toBeGreaterThan(0);
    bytes.write('met in Mescow', at, 'utf8');
    writeFileSync(store, bytes);
    const { engine, rebuilt, damaged } = await openNoticingDamage(seeds, store);
    expect(rebuilt).toBe(false);
    for (const command of ['search', 'verify', 'ask'] as const) {
      const r = engine.run(command, command === 'ask' ? 'Where did the delegates meet?' : 'delegates met in Mescow');
      expect(JSON.stringify(r)).not.toContain('Mescow on Monday');
      expect(r.verdict === 'exact').toBe(false);
      expect(JSON.stringify(r)).not.toContain(store);
      expect(JSON.stringify(r)).not.toContain(root);
    }
    expect(damaged).toEqual(['talks']);
    const again = await openEngine({ seedsDir: seeds, storePath: store });
    expect(again.rebuilt).toBe(true);
    const v = again.engine.run('verify', 'Delegates from the river towns met in Moscow on Monday');
    expect(v.verdict).toBe('exact');
    expect(again.engine.run('verify', 'Delegates from the river towns met in Mescow on Monday').verdict).not.toBe(
      'exact',
    );
  });

  it('with a flipped byte in a section is rebuilt at opening', async () => {
    const { seeds, store } = await built();
    const parts = readStoreParts(store);
    const [at] = parts.header.sections['postings.postings']!;
    parts.bytes[at] = parts.bytes[at]! ^ 0x40;
    writeFileSync(store, parts.bytes);
    const { warnings, engine } = await openEngine({ seedsDir: seeds, storePath: store });
    expect(warnings.some((w) => w.includes('checksum') && w.includes('rebuilding'))).toBe(true);
    expect(engine.run('search', 'fishing rights').found).toBe(true);
  });

  it('with an entity mention pointing past the last sentence (checksums made to match) is rebuilt at opening', async () => {
    const { warnings, engine } = await openWithNumberSetTo('entities.mentions', 0, 9999);
    expect(warnings.some((w) => w.includes('entities out of range') && w.includes('rebuilding'))).toBe(true);
    expect(engine.run('who', 'Ilse Varnow').found).toBe(true);
  });

  it('with a changed byte in a quote never shows that quote, and is rebuilt at the next open', async () => {
    const { seeds, store } = await built();
    const parts = readStoreParts(store);
    // Quotes are read from the store only when shown: opening does not see the damage.
    const [at, length] = parts.header.sections['quotes.records']!;
    const inQuote = parts.bytes.subarray(at, at + length).indexOf('northern');
    expect(inQuote).toBeGreaterThanOrEqual(0);
    parts.bytes.write('southern', at + inQuote, 'utf8');
    writeFileSync(store, parts.bytes);
    const { engine, rebuilt, damaged } = await openNoticingDamage(seeds, store);
    expect(rebuilt).toBe(false);
    const r = engine.run('quote', 'Ilse Varnow');
    expect(JSON.stringify(r)).not.toContain('southern');
    expect(damaged).toEqual(['talks']);
    const again = await openEngine({ seedsDir: seeds, storePath: store });
    expect(again.rebuilt).toBe(true);
    expect(again.engine.run('quote', 'Ilse Varnow').quotes[0]?.text).toContain('northern channel');
  });

  it('leaves no temporary file behind when saving fails, and names its temporary files uniquely', async () => {
    const dir = join(root, `tmp-${n++}`);
    mkdirSync(dir);
    const store = join(dir, 'store.bin');
    const { store: opened } = await openStore({ seedsDir: (await built()).seeds, storePath: store });
    // A record that cannot be serialised fails the write midway.
    const bad = { ...opened.readRecord(opened.index.docs[0]!), facts: [{ x: 1n }] } as never;
    expect(() => writeStoreFile(store, opened.index, [bad])).toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Two processes with one PID (containers sharing a volume) never write the same temporary file.
    const names = new Set(Array.from({ length: 50 }, () => temporaryStorePath(store)));
    expect(names.size).toBe(50);
  });
});

describe('npm run build-store', () => {
  it('exits non-zero, without saying "Built", when the store cannot be saved', async () => {
    const { execFile } = await import('node:child_process');
    const { seeds } = await built();
    const blocker = join(root, `blocker-${n++}`);
    writeFileSync(blocker, 'a file, so no folder can be made inside it');
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/build-store.ts', '--seeds', seeds],
        { env: { ...process.env, CITEBOT_STORE: join(blocker, 'store.bin') } },
        (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Built');
    expect(run.stderr).toContain('could not be saved');
  }, 60_000);
});
