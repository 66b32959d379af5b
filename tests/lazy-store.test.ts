// A large corpus is answered without reading every article: the store keeps each article's record
// on disk until an answer weighs one of its passages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/answer/create-engine.js';
import { openStore } from '../src/app/open.js';
import type { DocInfo } from '../src/store/corpus-index.js';

const TOWNS = [
  'Arden',
  'Bexley',
  'Carrow',
  'Dunmore',
  'Elston',
  'Fairholt',
  'Glenby',
  'Harwick',
  'Ivybridge',
  'Jesmond',
];

describe('an engine over a stored corpus', () => {
  it('answers from the right article while reading only a few of the eighty', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'citebot-lazy-'));
    for (let i = 0; i < 80; i++) {
      const town = `${TOWNS[i % TOWNS.length]} ${Math.floor(i / TOWNS.length) + 1}`;
      writeFileSync(
        join(seeds, `town-${i}.txt`),
        `title: ${town} council\ndate: 2024-03-${String(1 + (i % 28)).padStart(2, '0')}\n\nThe council of ${town} met on Monday to discuss the budget.\n\nMayor Paul Martin said that the roads will be repaired next year.`,
      );
    }
    writeFileSync(
      join(seeds, 'ferry.txt'),
      'title: Ferry\ndate: 2024-04-02\n\nThe harbour authority ordered two electric ferries from a shipyard in Gdansk.\n\nThey will enter service in 2026.',
    );
    const { store } = await openStore({ seedsDir: seeds, storePath: join(seeds, '.store', 'store.bin') });
    const read: string[] = [];
    const engine = createEngine(store.index, (info: DocInfo) => {
      read.push(info.id);
      return store.readDocument(info);
    });
    expect(read).toEqual([]);
    const r = engine.run('ask', 'Where is the shipyard that builds the electric ferries?');
    expect(r.answer).toBe('Gdansk');
    expect(r.citations[0]!.doc).toBe('ferry');
    expect(new Set(read).size).toBeLessThan(10);
    // Asked again, the same question reads no article again: recently read ones are kept.
    const readBefore = read.length;
    expect(engine.run('ask', 'Where is the shipyard that builds the electric ferries?').answer).toBe('Gdansk');
    expect(read.length).toBe(readBefore);
    const q = engine.run('quote', 'Paul Martin');
    expect(q.answer).toBe('80 quotes by Paul Martin');
    expect(new Set(read).size).toBeLessThan(12);
  });

  it('reads at most a dozen articles for a question that many passages nearly answer', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'citebot-lazy-'));
    for (let i = 0; i < 60; i++) {
      writeFileSync(
        join(seeds, `roads-${i}.txt`),
        `title: Roads ${i}\n\nThe council of ${TOWNS[i % TOWNS.length]} said that the roads will be repaired next year.`,
      );
    }
    for (let i = 0; i < 60; i++)
      writeFileSync(
        join(seeds, `budget-${i}.txt`),
        `title: Budget ${i}\n\nThe budget for 2026 was approved in ${TOWNS[i % TOWNS.length]}.`,
      );
    const { store } = await openStore({ seedsDir: seeds, storePath: join(seeds, '.store', 'store.bin') });
    const read: string[] = [];
    const engine = createEngine(store.index, (info: DocInfo) => {
      read.push(info.id);
      return store.readDocument(info);
    });
    // Every roads passage covers the words but lacks the year asked, so none answers.
    const r = engine.run('ask', 'Which roads will be repaired in 2026?');
    expect(r.found).toBe(false);
    expect(r.citations[0]!.text).toContain('roads will be repaired');
    expect(new Set(read).size).toBeLessThanOrEqual(12);
  });

  it('answers the same after warming up as a cold engine does', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'citebot-lazy-'));
    for (let i = 0; i < 30; i++)
      writeFileSync(
        join(seeds, `town-${i}.txt`),
        `title: ${TOWNS[i % TOWNS.length]} ${i}\ndate: 2024-03-${String(1 + (i % 28)).padStart(2, '0')}\n\nThe council of ${TOWNS[i % TOWNS.length]} met on Monday to discuss the budget of ${1000 + i} pounds.\n\nMayor Paul Martin said that the roads will be repaired next year.`,
      );
    const { store } = await openStore({ seedsDir: seeds, storePath: join(seeds, '.store', 'store.bin') });
    const cold = createEngine(store.index, store.readDocument);
    const warm = createEngine(store.index, store.readDocument);
    warm.warm();
    // And after the background practice the bot does while it connects.
    const steps = warm.practise();
    for (let n = 0; n < 200; n++) steps.next();
    for (const [command, input] of [
      ['ask', 'How much was the budget of Glenby?'],
      ['search', 'roads repaired'],
      ['quote', 'Paul Martin'],
      ['who', 'Paul Martin'],
    ] as const) {
      expect(warm.run(command, input)).toEqual(cold.run(command, input));
    }
  });
});
