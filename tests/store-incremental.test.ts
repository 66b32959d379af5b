import { copyFileSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/app/open.js';

const SEED = fileURLToPath(new URL('../seeds/000_33edb225ea19ece3.txt', import.meta.url));
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function folder(): { seeds: string; store: string } {
  const root = mkdtempSync(join(tmpdir(), 'citebot-incremental-'));
  dirs.push(root);
  return { seeds: root, store: join(root, '.store', 'store.json') };
}

describe('incremental store', () => {
  it('does not rewrite the store at every start while an unreadable file is skipped', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    writeFileSync(join(seeds, 'empty.txt'), '');
    const first = await loadDocuments({ seedsDir: seeds, storePath: store });
    expect(first.rebuilt).toBe(true);
    expect(first.docs.map((d) => d.id)).toEqual(['seed']);
    const second = await loadDocuments({ seedsDir: seeds, storePath: store });
    expect(second.rebuilt).toBe(false);
    expect(second.warnings.some((w) => w.includes('empty.txt'))).toBe(true);
  });

  it('rebuilds when a document is added, changed or removed, and only then', async () => {
    const { seeds, store } = folder();
    copyFileSync(SEED, join(seeds, 'seed.txt'));
    await loadDocuments({ seedsDir: seeds, storePath: store });
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Monday. It approved the budget.\n');
    const added = await loadDocuments({ seedsDir: seeds, storePath: store });
    expect([added.rebuilt, added.docs.map((d) => d.id)]).toEqual([true, ['extra', 'seed']]);
    expect((await loadDocuments({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
    writeFileSync(join(seeds, 'extra.txt'), 'title: Extra\n\nThe council met on Tuesday.\n');
    const changed = await loadDocuments({ seedsDir: seeds, storePath: store });
    expect(changed.rebuilt).toBe(true);
    expect(changed.docs[0]!.text).toContain('Tuesday');
    unlinkSync(join(seeds, 'extra.txt'));
    const removed = await loadDocuments({ seedsDir: seeds, storePath: store });
    expect([removed.rebuilt, removed.docs.map((d) => d.id)]).toEqual([true, ['seed']]);
    expect((await loadDocuments({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
  });
});
