// A question that offers its answers (", A or B?") is answered with one of them or not at all,
// on an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { withinOfferedChoice } from '../src/answer/offered-choice.js';
import type { Result } from '../src/answer/result.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'fleet.txt': [
      'title: Fishing fleet looks north\ndate: 2024-06-11',
      'Skippers say the fleet now depends on Norway for its catch, even more than on Iceland or the Faroes.',
      'The harbour board met the Danish and Swedish ministers in Aarhus on Friday.',
    ].join('\n\n'),
  });
});

describe('an answer offered by the question', () => {
  it('the option a comparison puts first, as the article writes it', () => {
    expect(engine.run('ask', 'who does the fleet depend on more, norway or iceland').answer).toBe('Norway');
  });

  it('no other name of the passage, when the options name none it ranks', () => {
    const r = engine.run('ask', 'where did the harbour board meet the ministers, Oslo or Bergen?');
    expect(r.found).toBe(false);
    expect(r.answer ?? '').not.toMatch(/Aarhus/);
  });
});

describe('a comparison the passage makes between the options', () => {
  const cited = (answer: string, text: string): Result => ({
    command: 'ask',
    input: '',
    found: true,
    answer,
    citations: [
      {
        doc: 'fares',
        title: 'Fares',
        date: null,
        paragraph: 1,
        sentence: 1,
        start: 0,
        end: text.length,
        text,
        score: 1,
      },
    ],
    quotes: [],
    facts: [],
  });
  const sentence = 'Passengers said the bus now costs them more than the tram, and more than the ferry.';

  it('a question comparing the way the sentence does takes the option before "than"; the other way, the one after', () => {
    expect(withinOfferedChoice('which costs more, the bus or the tram?', cited('Passengers', sentence)).answer).toBe(
      'the bus',
    );
    expect(withinOfferedChoice('which costs less, the bus or the tram?', cited('Passengers', sentence)).answer).toBe(
      'the tram',
    );
  });
});
