// "Who discovered the comet?" is not answered by the building or the street where it was
// discovered, whatever the name finder took them for. Articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'comet.txt': [
      'title: Comet Dunmore',
      'Kelmouth Observatory at Harbour Street, where Comet Dunmore was discovered in 1911. ' +
        'Comet Dunmore is a faint comet that returns every 41 years.',
    ].join('\n\n'),
    'bridge.txt': [
      'title: Mill Bridge',
      'Mill Bridge was designed by Ada Quill in 1902. It crosses the river at Kelmouth.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('who: someone, not a place or a building', () => {
  it('the observatory where it was discovered did not discover it', () => {
    const r = ask('who discovered comet dunmore', 'comet');
    expect(r.answer ?? '').not.toMatch(/Observatory|Street/);
  });

  it('a person who did it still answers', () => {
    const r = ask('who designed mill bridge', 'bridge');
    expect(r.answer).toBe('Ada Quill');
  });
});
