// A meeting is done by both sides: "who did X meet?" and "who met X?" are answered by the other
// side, whichever side of the verb the article writes X on, and a light verb with its noun ("held
// talks with") says "met". Yes/no questions read it both ways too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'port.txt': [
      'title: Port strike talks resume',
      'The Kelso Dockers Union held talks with the Marlow Port Authority on Tuesday, the first since the strike began.',
      "Transport minister Ilse Varga met the union's leader, Doran Pike, on Wednesday in Marlow.",
      'Pike said the two sides were still far apart on pay.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('a deed both sides do', () => {
  it('answers "who did X meet" by the one who met X, not by another name of the article', () => {
    expect(ask('who did the port authority meet').answer).toBe('Kelso Dockers Union');
    expect(ask('who did doran pike meet').answer).toBe('Ilse Varga');
  });

  it('answers "who met X" by the other side, whichever side of the verb X stands on', () => {
    expect(ask('who met the port authority').answer).toBe('Kelso Dockers Union');
    expect(ask('who met doran pike').answer).toBe('Ilse Varga');
  });

  it('says Yes to the meeting asked the other way round', () => {
    expect(ask('did the port authority meet the dockers union').answer).toMatch(
      /^Yes: .*held talks with the Marlow Port Authority/,
    );
    expect(ask('did doran pike meet ilse varga').answer).toMatch(/^Yes: .*Ilse Varga met/);
    expect(ask('did pike meet the mayor').found).toBe(false);
  });
});
