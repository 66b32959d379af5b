// /verify and /cite on an article that is one huge paragraph: each paragraph is normalised once,
// not once per hit and per call (3 s per /verify on a 4.5 MB article).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openEngine } from '../src/app/open.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-verify-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('/verify on one huge paragraph', () => {
  it('normalises the paragraph once for many hits and many calls, and still finds exact words', async () => {
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `Delegates met in Moscow on day ${i} and Moscow officials said Moscow would host again.`,
    );
    writeFileSync(join(seeds, 'talks.txt'), `${lines.join(' ')}\n`);
    const { engine } = await openEngine({ seedsDir: seeds, storePath: join(root, 'store.bin') });
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const bigCalls = () => normalize.mock.contexts.filter((s) => String(s).length > 100_000).length;
    try {
      expect(engine.run('verify', 'Moscow Moscow Moscow Moscow Moscow').verdict).not.toBe('exact');
      expect(engine.run('verify', 'Moscow Moscow Moscow Moscow Moscow').verdict).not.toBe('exact');
      expect(engine.run('verify', 'Delegates met in Moscow on day 1234 and Moscow officials said').verdict).toBe(
        'exact',
      );
      expect(engine.run('cite', 'Moscow officials said Moscow would host again').found).toBe(true);
      expect(bigCalls()).toBe(1);
    } finally {
      normalize.mockRestore();
    }
  }, 120_000);
});
