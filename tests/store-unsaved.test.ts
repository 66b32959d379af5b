import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine, openStore } from '../src/app/open.js';

const SEED = fileURLToPath(new URL('../seeds/000_33edb225ea19ece3.txt', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'citebot-unsaved-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a store that cannot be saved', () => {
  it('is reported, and the documents built are answered from memory', async () => {
    copyFileSync(SEED, join(root, 'seed.txt'));
    // The store's folder would be inside a file: it cannot be created.
    writeFileSync(join(root, 'blocker'), 'not a folder');
    const storePath = join(root, 'blocker', 'store.bin');
    const opened = await openStore({ seedsDir: root, storePath });
    expect(opened.warnings.some((w) => w.startsWith(`could not save the store to ${storePath}`))).toBe(true);
    const [info] = opened.store.index.docs;
    expect(opened.store.readDocument(info!).text).toBe(readFileSync(SEED, 'utf8'));
    expect(opened.store.readRecord(info!).sentences.length).toBe(info!.sentenceCount);

    const { engine } = await openEngine({ seedsDir: root, storePath });
    expect(engine.run('search', 'Taliban delegation visited Moscow').found).toBe(true);
  });
});
