// Each token read back from the store stands where the article has it: offsets are stored, not
// searched for again, so even a token whose whitespace the columns replace (a line break wink
// reads as a token) keeps its place.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app/open.js';
import { Corpus } from '../src/corpus/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-tokens-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HARBOUR = [
  'title: Harbour plan',
  '',
  'The harbour board met on Tuesday.',
  // A line break inside a sentence: wink reads it as a token (one at a sentence's edge is dropped).
  'Members said the new quay would open in May,',
  'and the ferry company agreed.',
  '',
  '"We are ready," said Ada Brook.',
  '',
].join('\n');

describe('tokens read from the store', () => {
  it('slice to their own words in the article, a line break read as a token included', async () => {
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'harbour.txt'), HARBOUR);
    const { store } = await openStore({ seedsDir: seeds, storePath: join(root, 'store.bin') });
    const corpus = new Corpus(store.index, store.readDocument);
    const seen: string[] = [];
    for (let gid = 0; gid < corpus.sentenceCount; gid++)
      for (const t of corpus.tokens(gid)) {
        const slice = HARBOUR.slice(t.start, t.end);
        seen.push(slice);
        // A column keeps a token's own whitespace as '_'; everything else is the word itself.
        expect(t.text === '_' ? /^\s+$/.test(slice) : slice === t.text).toBe(true);
      }
    expect(seen).toContain('\n');
    expect(seen).toContain('Brook');
  });
});
