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
    'cup.txt': [
      'title: 2031 Harbour Cup',
      'The 2031 Harbour Cup was the ninth Harbour Cup, the championship for club rowing crews on the river Esk. ' +
        'It was held at Dunmore from 3 May to 9 May 2031. ' +
        'Crews from twelve towns entered the Harbour Cup for the first time, and eight boats were built for it. ' +
        'A record crowd watched the final from the bridge. ' +
        'The race was won by Kelso, who beat the home crew by two lengths. ' +
        'Kelso won their first title, becoming the fourth town to win a Harbour Cup.',
    ].join('\n\n'),
    'ferry.txt': [
      'title: Esk ferry',
      'The Esk ferry crosses the river Esk at Dunmore. The ferry won an award in 2019. ' +
        'Dunmore won a prize for its harbour in 2020. The town won praise for the new bridge.',
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

  it('"The race was won by ..." is about the thing the article defines, though it names it otherwise', () => {
    const r = ask('who won the 2031 harbour cup', 'cup');
    expect(r.answer).toBe('Kelso');
    expect(r.citations[0]?.text).toMatch(/^The race was won by Kelso/);
  });

  it('a news report\'s "It" is not the thing its headline names', () => {
    const r = ask('how many weavers did Harbour Mill employ', 'report');
    expect(r.found).toBe(false);
  });
});
