// An encyclopaedia article names its subject in the sentence that defines it and then goes on
// with "She", "Her death ...", "Built in 1851, it ...": those sentences answer questions that
// name the subject, as a sentence naming it would. A news report's headline is no such subject.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'holt.txt': [
      'title: Mara Holt',
      'Mara Holt (1902 – 1961) was a Scottish engineer. ' +
        'She designed three footbridges over the river Tay. ' +
        'Her death in a boating accident ended the work on a fourth.',
    ].join('\n\n'),
    'mill.txt': [
      'title: Harbour Mill',
      'Harbour Mill is a former textile mill in the town of Dunmore. ' +
        'The town grew around the older Quay Mill, built in 1790 where the river Esk meets the sea. ' +
        'Built of local sandstone in 1851, it employed four hundred weavers at its height.',
    ].join('\n\n'),
    'report.txt': [
      'title: Harbour Mill fire\ndate: 2024-03-02',
      'A fire broke out at a warehouse near the quay on Friday night. ' +
        'It employed four hundred weavers at its height, a former worker said.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('a sentence about the subject that does not name it', () => {
  it('"Her death in ..." answers how the person the article defines died', () => {
    const r = ask('how did Mara Holt die', 'holt');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^Her death in a boating accident/);
  });

  it('"Built in 1851, it ..." answers for the thing the article defines', () => {
    const r = ask('when was Harbour Mill built', 'mill');
    expect(r.answer).toBe('1851');
    expect(r.citations[0]?.text).toMatch(/^Built of local sandstone in 1851, it/);
  });

  it('a news report\'s "It" is not the thing its headline names', () => {
    const r = ask('how many weavers did Harbour Mill employ', 'report');
    expect(r.found).toBe(false);
  });
});
