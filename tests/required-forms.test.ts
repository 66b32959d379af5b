// The names a question gives, which a passage must hold, in the forms a passage writes them:
// "Western Europe" as "Western European", "Calvinism" as "Calvinist", a country by its demonym; and
// the words that say what the answer is ("two examples of", "what other tool"), which it need not
// write. On an article written for this test; a name it never writes in any form still refuses.
import { beforeAll, describe, expect, it } from 'vitest';
import { routeQuestion } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import { rankPassages, type RankedPassage } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';

const ISLAND = [
  'title: The island of Varnö\ndate: 2024-02-14',
  'Western European merchants ruled the island of Varnö for two centuries.',
  'The Calvinist preachers built a stone chapel on the northern cape of Varnö.',
  'Fishing nets and lobster pots are the tools the islanders mend each winter.',
  'The Norwegian navy guarded the harbour of Varnö in the war.',
  'Europe, Calvinism and Norway all shaped the history of the island.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'island.txt': ISLAND });
});

function passageFor(question: string, words: RegExp): RankedPassage {
  const route = routeQuestion(
    ctx,
    question,
    {},
    { command: 'ask', input: question, found: false, answer: null, citations: [], quotes: [], facts: [] },
  );
  if ('result' in route) throw new Error(`"${question}" was not ranked by passage`);
  const found = rankPassages(ctx, route.passage, {}, { exhaustive: true, explain: true }).find((r) =>
    words.test(ctx.corpus.sentenceText(r.gid)),
  );
  if (!found) throw new Error(`no passage matching ${words} for "${question}"`);
  return found;
}

describe('a name the question gives, written in another form', () => {
  it('holds "Western Europe" in "Western European merchants"', () => {
    const p = passageFor('Which merchants from Western Europe ruled Varnö?', /merchants/);
    expect(p.unmet).not.toContain('required');
  });

  it('holds "Calvinism" in "Calvinist preachers"', () => {
    const p = passageFor('What did preachers of Calvinism build on Varnö?', /chapel/);
    expect(p.unmet).not.toContain('required');
  });

  it('holds "Norway" in "the Norwegian navy"', () => {
    const p = passageFor('Which navy of Norway guarded the harbour of Varnö?', /navy/);
    expect(p.unmet).not.toContain('required');
  });

  it('still refuses a passage without the name in any form', () => {
    const p = passageFor('Which Calvinist merchants ruled Varnö?', /merchants/);
    expect(p.unmet).toContain('required');
  });
});

describe('the words that say what the answer is', () => {
  it('needs no "two" for "what are two examples of the tools"', () => {
    const p = passageFor('What are two examples of the tools the islanders mend?', /lobster/);
    expect(p.unmet).not.toContain('required');
  });
});
