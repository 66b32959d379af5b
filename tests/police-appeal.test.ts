// A police report: two suspects told apart only by age ("the older man", "the younger man"). On
// an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let police: Engine;
beforeAll(async () => {
  police = await engineFor({
    'raid.txt': [
      'Two men arrested after jewellery shop raid in Hollins Cross',
      "A 24-year-old man from Penbury and a 31-year-old man from Hollins Cross were arrested on Tuesday on suspicion of robbery. The older man has since been charged and is due to appear before Westmoor Magistrates' Court on Friday.",
      'Police are still searching for a third suspect.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => police.run('ask', q).answer ?? '';

describe('a police report', () => {
  it('what is said of "the older man" does not settle a question of "the younger man"', () => {
    expect(ask('has the younger man been charged')).not.toMatch(/^Yes/);
  });
});
