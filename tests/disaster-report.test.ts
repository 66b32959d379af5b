// Figures in a disaster report: a time of day written with a colon ("at 03:40 local time"), the
// count of the deed asked when the question counts no noun ("how many were injured"), and an
// amount written right after the kind asked ("a magnitude 5.8 earthquake"). On an article
// written for these tests. "What blocked the road" asks who or what did the deed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let report: Engine;
beforeAll(async () => {
  report = await engineFor({
    'tremor.txt': [
      'title: Earthquake shakes coastal district\ndate: 2024-03-02',
      'At least 12 people have died and more than 90 have been injured after a magnitude 5.8 earthquake struck the coastal district of Orlan on Friday.',
      'The quake hit at 03:40 local time, the seismology institute said.',
      'The district was last hit by a strong earthquake in 1988.',
      'Rockfalls blocked the coast road for six hours.',
      'The Harbour Relief Trust said it had delivered tents to the district.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => report.run('ask', q).answer ?? '';

describe('figures of a disaster', () => {
  it('a time of day written with a colon answers when and what time', () => {
    expect(ask('when did the quake hit')).toBe('03:40 local time');
    expect(ask('what time did the quake hit')).toBe('03:40 local time');
  });

  it('with no noun counted, the count of the deed asked', () => {
    expect(ask('how many were injured')).toBe('more than 90');
    expect(ask('how many people died')).toMatch(/^At least 12 people/);
  });

  it('"what blocked" asks the doer of the deed', () => {
    expect(ask('what blocked the coast road')).toBe('Rockfalls');
  });

  it('"it" in what an organisation said is the organisation', () => {
    expect(ask('what did the harbour relief trust deliver')).toBe('tents');
  });

  it('an amount written right after the kind asked', () => {
    expect(ask('what magnitude was the earthquake')).toBe('5.8');
  });
});
