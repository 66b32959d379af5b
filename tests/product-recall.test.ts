// A product recall: the maker that recalls, a name joined by "&", and a sentence that only names
// the recall; an award night's "best documentary", which films nothing. On articles written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let recall: Engine;
let awards: Engine;
beforeAll(async () => {
  awards = await engineFor({
    'awards.txt': [
      'Salt Road wins best documentary',
      'The film Salt Road was named best documentary at the Orwin Screen Awards in Dalmouth on Friday.',
      'Its director thanked the fishing families of Kessock, who appear in it.',
    ].join('\n\n'),
  });
  recall = await engineFor({
    'heaters.txt': [
      'Heater maker recalls 12,000 appliances over shock risk',
      'The appliance maker Tallis & Cope has recalled about 12,000 fan heaters after reports that some had given users electric shocks.',
      "The recall covers the Tallis Breeze heater in black, sold between March 2023 and June 2024 at Gorrie's, Homeway and online.",
      'Owners are being told to stop using the heaters immediately and return them for a full refund.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => recall.run('ask', q).answer ?? '';

describe('a product recall', () => {
  it('"who recalled the heaters" asks who took them back, answered by the maker "Tallis & Cope"', () => {
    expect(ask('who recalled the heaters')).toMatch(/^Tallis & Cope/);
  });

  it('a name joined by "&" is one organisation, though its second word is a common one', () => {
    expect(recall.run('who', 'Tallis & Cope').answer ?? '').toMatch(/organisation/);
  });
});

describe('a deed only named by its noun', () => {
  it('"named best documentary ... in Dalmouth" says nothing of where it was filmed', () => {
    expect(awards.run('ask', 'where was salt road filmed').answer ?? '').not.toMatch(/Dalmouth/);
  });
});
