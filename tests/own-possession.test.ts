// "Who wants to improve its position?" asks for one acting on its own behalf: a passage where
// the position is another's ("the meetings improved the trust's position") names a doer who is
// not the owner, and the question's "its" is no anchor for which name answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
let lobbying: Engine;
beforeAll(async () => {
  lobbying = await engineFor({
    'lobby.txt': [
      'title: Harbour lease row',
      "While Ada Brill's office said that it will review the harbour lease, Harcourt Holdings, on the other hand, is lobbying ministers and local traders across the county in a bid to improve its position in the talks.",
    ].join('\n\n'),
  });
  engine = await engineFor({
    'lease.txt': [
      'title: Harbour lease row',
      'While the Westbury council said that it will review the harbour lease, the Fenland Trust, on the other hand, is lobbying ministers in a bid to improve its position in the talks.',
      "Traders said the meetings in Westbury had significantly improved the Fenland Trust's position in the talks.",
    ].join('\n\n'),
  });
});

describe('a doer acting on its own', () => {
  it('answers "who wants to improve its position" with the one whose position it is', () => {
    expect(engine.run('ask', 'who wants to improve its position in the talks').answer).toBe('Fenland Trust');
  });

  it('is not misled by the pronoun "it" near another name', () => {
    expect(lobbying.run('ask', 'who is trying to improve its position').answer).toBe('Harcourt Holdings');
  });

  it("still answers who improved another's position by the doer", () => {
    expect(engine.run('ask', "who improved the fenland trust's position").answer).toBe('The meetings in Westbury');
  });
});
