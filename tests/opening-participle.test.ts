// "Sentencing him, Judge Ann Roe said ...": the deed of a sentence's opening participle is done by
// the subject after its comma, though that subject also speaks. On an article written for these
// tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let court: Engine;
beforeAll(async () => {
  court = await engineFor({
    'court.txt': [
      'title: Builder jailed for roofing scam\ndate: 2026-09-09',
      'A builder who took deposits for roofs he never fitted has been jailed for three years.',
      'Fining him a further £5,000 on Monday, Recorder Adele Brisk said he had "preyed on the elderly".',
      'Trading standards officers said 31 households had lost money.',
    ].join('\n\n'),
  });
});

describe('an opening participle', () => {
  it('is done by the speaker after its comma', () => {
    const r = court.run('ask', 'who fined him');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('Adele Brisk');
  });
});
