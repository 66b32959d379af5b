// A question may ask of a deed in a verb one step more specific than the article's ("declare" for
// "stated"): the sentence does the deed asked, so it gives the short answer. Not a light verb ("dub"
// is a way to "call", but "called X" names no dubbing), and not a deed the passage writes refused
// ("refused to consent"), unless the question asks of the refusal ("declined to sign").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const SURVEY = [
  'title: The wells of Corran Vale\ndate: 2024-03-14',
  'In 1712 the surveyor Hallam Brisk stated the rule of the three wells before the vale council.',
  'The council met again in the spring, and the wells were mapped by a second party.',
  'The lower vale serial, called Lantern Hours, began airing on 4 May 2019 on a regional channel.',
  'In 2011 the town of Norland refused to consent to the river pact, after a long dispute over the weir.',
  'In 2013 the town of Skarby signed the river pact with the vale council.',
  'In 2015 the town of Brakk refused to sign the weir treaty.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'survey.txt': SURVEY });
});

describe('a deed asked in a verb more specific than the article writes', () => {
  it('is done by the sentence, which gives the date', () => {
    const r = engine.run('ask', 'In what year did Hallam Brisk declare the rule of the three wells?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('1712');
  });

  it('a light verb of the article is no such deed', () => {
    const r = engine.run('ask', 'When was Lantern Hours dubbed?');
    expect(r.found).toBe(false);
  });

  it('a deed the passage writes refused is not done', () => {
    const r = engine.run('ask', 'When did Norland agree to the river pact?');
    expect(r.found).toBe(false);
    const signed = engine.run('ask', 'When did Skarby sign the river pact?');
    expect(signed.found).toBe(true);
    expect(signed.answer).toContain('2013');
  });

  it('asked as declined, it is answered by the refusal', () => {
    const r = engine.run('ask', 'Which town declined to sign the weir treaty?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('Brakk');
  });
});
