// "who starred in the film": wink reads a past tense right after a lower-case "who" as a noun. It
// is the deed asked: a passage without it (the film "written by" someone) names no one who did it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { questionTokens } from '../src/answer/question-tokens.js';
import { engineFor } from './engine/seed-engine.js';

let films: Engine;
beforeAll(async () => {
  films = await engineFor({
    'lights.txt': [
      'title: Harbour Lights (film)',
      'Harbour Lights is a 1972 British drama film written by Alan Crewe and directed by Mary Dunn. ' +
        'The picture is the first adaptation of a 1969 novel. ' +
        'In the original, Tom Baxter stars as the keeper of a lighthouse and won his only award for it. ' +
        'It was shot on the coast of Cornwall.',
    ].join('\n\n'),
    'kestrel.txt': [
      'title: Kestrel (singer)',
      'Darren Pike (born 3 May 1980), better known by his stage name Kestrel, is an English singer. ' +
        'Kestrel was named the best new act of 2004 by Sound magazine. ' +
        'Early in his career he was shot at and wounded during a robbery in 2001.',
    ].join('\n\n'),
  });
});

describe('a past tense after "who"', () => {
  it('is read as the verb asked, with its lemma', () => {
    const { tokens, whAt } = questionTokens('who starred in the original harbour lights');
    expect(tokens[whAt + 1]).toMatchObject({ pos: 'VERB', lemma: 'star' });
  });

  it("is answered by who did that deed, not by the writer the film's opening names", () => {
    const r = films.run('ask', 'who starred in the original harbour lights', { doc: 'lights' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Tom Baxter/);
  });

  it('is an irregular past read as its verb ("shot" is "shoot"), not a noun the question names', () => {
    const { tokens, whAt } = questionTokens('who shot kestrel');
    expect(tokens[whAt + 1]).toMatchObject({ pos: 'VERB', lemma: 'shoot' });
    // The passage says he was shot, not by whom: his real name is no answer.
    const r = films.run('ask', 'who shot kestrel', { doc: 'kestrel' });
    expect(r.found).toBe(false);
  });
});
