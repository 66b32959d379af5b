import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine, openStore } from '../src/app/open.js';

const SEED = fileURLToPath(new URL('../seeds/000_33edb225ea19ece3.txt', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): { seeds: string; store: string } {
  const root = mkdtempSync(join(tmpdir(), 'citebot-incremental-'));
  dirs.push(root);
  return { seeds: root, store: join(root, '.store', 'store.json') };
}

const ids = (o: { store: { index: { docs: { id: string }[] } } }) => o.store.index.docs.map((d) => d.id);

describe('incremental store', () => {
  it('does not rewrite the store at every start while an unreadable file is skipped', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    writeFileSync(join(seeds, 'empty.txt'), '');
    const first = await openStore({ seedsDir: seeds, storePath: store });
    expect(first.rebuilt).toBe(true);
    expect(ids(first)).toEqual(['seed']);
    const second = await openStore({ seedsDir: seeds, storePath: store });
    expect(second.rebuilt).toBe(false);
    expect(second.warnings.some((w) => w.includes('empty.txt'))).toBe(true);
  });

  it('rebuilds when a document is added, changed or removed, and only then', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    await openStore({ seedsDir: seeds, storePath: store });
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Monday. It approved the budget.\n');
    const added = await openStore({ seedsDir: seeds, storePath: store });
    expect([added.rebuilt, ids(added)]).toEqual([true, ['seed', 'extra']]);
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Tuesday.\n');
    const changed = await openStore({ seedsDir: seeds, storePath: store });
    expect(changed.rebuilt).toBe(true);
    expect(changed.store.readDocument(changed.store.index.docs.find((d) => d.id === 'extra')!).text).toContain(
      'Tuesday',
    );
    unlinkSync(join(seeds, 'extra.txt'));
    const removed = await openStore({ seedsDir: seeds, storePath: store });
    expect([removed.rebuilt, ids(removed)]).toEqual([true, ['seed']]);
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
  });
});

describe('an article read back from the store to index it again', () => {
  it('answers, names and quotes exactly as when it was first built', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    const asked = (engine: Awaited<ReturnType<typeof openEngine>>['engine']) =>
      JSON.stringify([
        engine.run('ask', 'Who headed the delegation?'),
        engine.run('who', 'Kabulov'),
        engine.run('facts', ''),
        engine.run('quote', ''),
      ]);
    const fresh = await openEngine({ seedsDir: seeds, storePath: store });
    const before = asked(fresh.engine);
    // A new article makes the store index every article again, the first one from its stored record.
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Monday. It approved the budget.\n');
    const again = await openEngine({ seedsDir: seeds, storePath: store });
    expect(again.rebuilt).toBe(true);
    unlinkSync(join(seeds, 'extra.txt'));
    const back = await openEngine({ seedsDir: seeds, storePath: store });
    expect(back.rebuilt).toBe(true);
    expect(asked(back.engine)).toBe(before);
    expect((JSON.parse(before) as { found: boolean }[])[0]!.found).toBe(true);
  });
});

describe('change detection', () => {
  it('reads a file again when its modification time changes: same bytes keep the record, new bytes of the same size rebuild it', async () => {
    const { seeds, store } = folder();
    const file = join(seeds, 'note.txt');
    writeFileSync(file, 'title: Note\n\nThe council met on Monday.\n');
    await openStore({ seedsDir: seeds, storePath: store });
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
    writeFileSync(file, 'title: Note\n\nThe council met on Sunday.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    const changed = await openEngine({ seedsDir: seeds, storePath: store });
    expect(changed.rebuilt).toBe(true);
    expect(changed.engine.run('ask', 'When did the council meet?').answer).toMatch(/Sunday/);
  });
});

describe('a damaged store', () => {
  it('names the damage and the fix when an article cannot be read back, and rebuilds it when the store is reopened after a change', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    const { engine } = await openEngine({ seedsDir: seeds, storePath: store });
    expect(engine.run('ask', 'Who visited Moscow?').found).toBe(true);
    // Overwrite the first bytes of the article's body, as a bad disk block would.
    const bytes = readFileSync(store);
    bytes.write('#'.repeat(40), 30);
    writeFileSync(store, bytes);
    const damaged = await openEngine({ seedsDir: seeds, storePath: store });
    // The bot warms up before taking questions: a damaged article must not stop it starting.
    expect(() => damaged.engine.warm()).not.toThrow();
    const steps = damaged.engine.practise();
    expect(() => {
      for (let n = 0; n < 50; n++) steps.next();
    }).not.toThrow();
    const r = damaged.engine.run('ask', 'Who visited Moscow?');
    expect(r.found).toBe(false);
    expect(r.message).toMatch(/stored copy of article seed is damaged/);
    // Members see the article, never the server's paths.
    expect(r.message).not.toContain(store);
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Monday.\n');
    const repaired = await openEngine({ seedsDir: seeds, storePath: store });
    expect(repaired.rebuilt).toBe(true);
    expect(repaired.engine.run('ask', 'Who visited Moscow?').citations[0]?.doc).toBe('seed');
  });
});
