// /reload of a heavy article: the store now serving keeps answering until the new one is ready,
// and an article found damaged while serving is rebuilt in the background.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBotContext } from '../src/discord/handling/context.js';
import { appEngineSource } from '../src/discord/setup/engine-loader.js';
import { createLogger } from '../src/discord/setup/log.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-reload-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = () => {
  const lines: string[] = [];
  return { lines, log: createLogger({ level: 'debug', write: (_l, line) => lines.push(line) }) };
};

describe('/reload of a heavy article', () => {
  it('answers from the store now serving while the new one is built, then from the new one', async () => {
    const seeds = join(root, 'heavy');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'harbour.txt'), 'The harbour council voted to rebuild the old lighthouse.\n');
    const store = join(root, 'heavy.bin');
    const source = await appEngineSource(seeds, store);
    const { log } = quiet();
    const ctx = createBotContext({ engine: (await source.open()).engine, source, log, commands: () => [] });
    const prose = 'The dredging of the northern channel was discussed again by the harbour board on Monday. ';
    writeFileSync(
      join(seeds, 'harbour.txt'),
      `The harbour council voted to rebuild the old lighthouse.\n\nThe ferry to the islands resumes in April.\n\n${prose.repeat(8000)}\n`,
    );
    let reloaded = false;
    const reload = ctx.reload().then((r) => {
      reloaded = true;
      return r;
    });
    // A member's question a turn of the event loop later is answered before the reload ends, from the old store.
    const during = await new Promise<{ found: boolean; whileReloading: boolean }>((resolve) =>
      setTimeout(() => {
        resolve({ found: ctx.engine().run('search', 'rebuild the old lighthouse').found, whileReloading: !reloaded });
      }, 0),
    );
    expect(during).toEqual({ found: true, whileReloading: true });
    expect(ctx.engine().run('search', 'ferry to the islands').found).toBe(false);
    const outcome = await reload;
    expect(outcome.ok).toBe(true);
    expect(ctx.engine().run('search', 'ferry to the islands').found).toBe(true);
  }, 120_000);

  it('rebuilds an article found damaged while serving, in the background', async () => {
    const seeds = join(root, 'damaged');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'harbour.txt'), 'The harbour council voted to rebuild the old lighthouse.\n');
    const store = join(root, 'damaged.bin');
    const source = await appEngineSource(seeds, store);
    await source.open();
    const bytes = readFileSync(store);
    const at = bytes.indexOf('old lighthouse');
    bytes.write('odd lighthouse', at);
    writeFileSync(store, bytes);
    const { log, lines } = quiet();
    const ctx = createBotContext({ engine: (await source.open()).engine, source, log, commands: () => [] });
    const first = ctx.engine().run('search', 'rebuild the old lighthouse');
    expect(first.found).toBe(false);
    expect(first.message).toContain('being rebuilt');
    expect(lines.some((l) => l.includes('damaged in the store'))).toBe(true);
    await ctx.reload();
    const again = ctx.engine().run('search', 'rebuild the old lighthouse');
    expect(again.citations[0]?.text).toBe('The harbour council voted to rebuild the old lighthouse.');
  }, 120_000);

  it("shows members file names, never the server's folders", async () => {
    const seeds = join(root, 'paths');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'harbour.txt'), 'The harbour council voted to rebuild the old lighthouse.\n');
    const source = await appEngineSource(seeds, join(root, 'paths.bin'));
    const { log } = quiet();
    const ctx = createBotContext({ engine: (await source.open()).engine, source, log, commands: () => [] });
    writeFileSync(join(seeds, 'empty.txt'), '');
    const ok = await ctx.reload();
    expect(ok.warnings.some((w) => w.includes('empty.txt'))).toBe(true);
    expect(JSON.stringify(ok)).not.toContain(root);
    rmSync(seeds, { recursive: true });
    const failed = await ctx.reload();
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('seeds folder not found');
    expect(failed.message).not.toContain(root);
  }, 120_000);
});
