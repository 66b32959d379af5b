// A deed news writes as a light verb and its noun settles a yes/no question asked with the verb:
// "held talks with" is meeting, "expressed gratitude" is thanking, "in favour of" is supporting. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let strike: Engine;
beforeAll(async () => {
  strike = await engineFor({
    'strike.txt': [
      'title: Port strike talks resume\ndate: 2025-08-19',
      'Harbour commissioner Mina Okafor held a consultation with the dock union on Monday.',
      'The union later expressed gratitude to the commissioner for her patience.',
      'A second meeting is planned for next week.',
      'The shipping council spoke out in favour of a new pay review for crane drivers.',
      'After the vote, the ferry board said that Norland spoke out in favour of holding fair and open peace talks to end the dispute.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => strike.run('ask', q).answer ?? '';

describe('a light verb and its noun', () => {
  it('"held a consultation with" answers "did X meet Y"', () => {
    expect(answer('did mina okafor meet the dock union?')).toMatch(/^Yes: .*held a consultation/);
  });

  it('"expressed gratitude to" answers "did X thank Y"', () => {
    expect(answer('did the union thank the commissioner')).toMatch(/^Yes: .*expressed gratitude/);
  });

  it('"spoke out in favour of" answers "did X support Y" and "does X want Y"', () => {
    expect(answer('did the shipping council support a pay review for crane drivers?')).toMatch(/^Yes: .*in favour of/);
    expect(answer('does the shipping council want a new pay review')).toMatch(/^Yes: .*in favour of/);
  });

  it('a phrase saying the opposite of the verb asked settles it No: "in favour of" is not opposing', () => {
    expect(answer('did norland oppose peace talks')).toMatch(/^No: .*in favour of/);
  });

  it('two describing words of one noun stay in its clause: "fair and open peace talks" are the talks favoured', () => {
    expect(answer('did norland support peace talks')).toMatch(/^Yes: .*in favour of/);
    expect(answer('does norland back peace talks')).toMatch(/^Yes: .*in favour of/);
  });

  it('"what did X thank Y for", no article writing "thank", is answered by the phrase that says it', () => {
    const r = strike.run('ask', 'what did the union thank the commissioner for');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/expressed gratitude to the commissioner for her patience/);
  });
});
