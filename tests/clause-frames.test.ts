// A sentence read as clauses, as the store keeps it: each clause's verb group, subject, object and
// the dates and amounts written in that clause; the roles and acronym definitions of the sentence.
// Articles written for these tests are built into a store and read back through the corpus.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app/open.js';
import { Corpus } from '../src/corpus/corpus.js';
import { predicateOf, type TokenRange } from '../src/extract/clause-frames.js';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLE = [
  'title: Council backs bridge repair\ndate: 2024-03-14',
  'The council did not approve the budget. Work will start in May. Seven councillors voted against the plan.',
  'The bridge closed in 2019 and work started on it in June. The plan was approved by the council on Tuesday.',
  'Omar Lind, director of the Centre for Coastal Studies, said the repair was overdue. The bank’s president Ann Lee resigned.',
  'The Special Envoy for Sudan Ann Berg met the mayor. According to the Northern Harbour Conservation Trust (NHCT), the piers are safe.',
  'The council won’t pay £75m for the repair, she said on Monday. The mayor backed the scheme, which was drafted in 2022.',
  'Family-owned baker Cole & Hart has agreed to be bought by a Dutch group. Shares in Cole & Hart rose 35% on Monday.',
  'While the mayor said that he would appeal the ruling, Weavers Guild, on the other hand, is seeking talks with the county.',
  'A short version based on the survey, by Ann Lee, was printed in Leeds in 1990.',
].join('\n\n');

let corpus: Corpus;
beforeAll(async () => {
  const seeds = mkdtempSync(join(tmpdir(), 'citebot-frames-'));
  writeFileSync(join(seeds, 'council.txt'), ARTICLE);
  const { store } = await openStore({ seedsDir: seeds, storePath: join(seeds, 'store.bin') });
  corpus = new Corpus(store.index, store.readDocument);
});

/** The sentence that holds `words`, with a way to read a token range back as the article's words. */
function sentence(words: string) {
  for (let gid = 0; gid < corpus.sentenceCount; gid++) {
    if (!corpus.sentenceText(gid).includes(words)) continue;
    const toks = corpus.tokens(gid);
    const text = corpus.sentence(gid).doc.text;
    const say = (r: TokenRange | null) => (r ? text.slice(toks[r[0]]!.start, toks[r[1] - 1]!.end) : null);
    const clauses = corpus.clauseFrames(gid).map((c) => ({
      ...c,
      predicate: predicateOf(c, toks),
      said: { subject: say(c.subject), object: say(c.object), agent: say(c.agent) },
      dateWords: c.dates.map(say),
      amountWords: c.amounts.map(say),
    }));
    return { gid, clauses, say, clause: (lemma: string) => clauses.find((c) => c.predicate.startsWith(lemma))! };
  }
  throw new Error(`no sentence holds ${words}`);
}

describe('the verb group of a clause', () => {
  it('a negated verb is read as negated, in its tense', () => {
    const c = sentence('did not approve').clause('approve');
    expect(c.negated).toBe(true);
    expect(c.tense).toBe('past');
    expect(c.said.object).toBe('the budget');
  });

  it('a modal future: "work will start in May" is start, will, future, dated May', () => {
    const c = sentence('Work will start').clause('start');
    expect(c).toMatchObject({ modal: 'will', tense: 'future', negated: false });
    expect(c.said.subject).toBe('Work');
    expect(c.dateWords).toEqual(['May']);
  });

  it('"voted against" keeps its preposition, with the voters as subject and the plan as object', () => {
    const c = sentence('voted against').clause('vote');
    expect(c.predicate).toBe('vote against');
    expect(c.said.subject).toBe('Seven councillors');
    expect(c.said.object).toBe('the plan');
    expect(c.tense).toBe('past');
  });

  it('a passive names its doer as the agent: "was approved by the council"', () => {
    const c = sentence('was approved by').clause('approve');
    expect(c.passive).toBe(true);
    expect(c.said.agent).toBe('the council');
    expect(c.said.subject).toMatch(/plan/);
    expect(c.dateWords).toEqual(['Tuesday']);
  });

  it('a contraction\'s modal and negation: "won\'t pay" is will, negated', () => {
    const c = sentence('pay £75m').clause('pay');
    expect(c).toMatchObject({ modal: 'will', negated: true, tense: 'future' });
    expect(c.amountWords).toEqual(['£75m']);
  });
});

describe('the subject of a clause', () => {
  it("a name set off by commas after a clause of its own, and a linking aside after it, is the next verb's subject", () => {
    expect(sentence('is seeking talks').clause('seek').said.subject).toBe('Weavers Guild');
  });

  it('a phrase of a preposition set off by commas is no subject: "a version based on it, by Ann Lee, was printed"', () => {
    expect(sentence('was printed in Leeds').clause('print').said.subject).toMatch(/version/);
  });

  it('a participle joined by a hyphen describes the noun after it, and is no verb', () => {
    const s = sentence('Family-owned');
    expect(s.clauses.map((c) => c.predicate)).not.toContain('own');
    expect(s.clause('agree').said.subject).toMatch(/^(Family-owned )?baker Cole & Hart$/);
  });

  it('"&" inside a name does not end the subject\'s phrase: "Shares in Cole & Hart rose"', () => {
    expect(sentence('Shares in').clause('rise').said.subject).toBe('Shares');
  });
});

describe('dates belong to their clause, not to the sentence', () => {
  it('two clauses with a date each: each clause has its own', () => {
    const s = sentence('The bridge closed in 2019');
    expect(s.clause('close').dateWords).toEqual(['2019']);
    expect(s.clause('start').dateWords).toEqual(['June']);
  });

  it('a relative clause has its own date, and the noun before it as subject', () => {
    const s = sentence('which was drafted');
    expect(s.clause('back').dateWords).toEqual([]);
    expect(s.clause('draft')).toMatchObject({ passive: true, dateWords: ['2022'] });
    expect(s.clause('draft').said.subject).toBe('the scheme');
  });

  it('the date of the verb of saying is not the date of what was said', () => {
    const s = sentence('she said on Monday');
    expect(s.clause('pay').dateWords).toEqual([]);
    expect(s.clause('say').dateWords).toEqual(['Monday']);
  });
});

describe('roles and acronyms of a sentence', () => {
  const roleWords = (words: string) => {
    const s = sentence(words);
    return corpus.rolesIn(s.gid).map((r) => ({ person: s.say(r.person), role: s.say(r.role), of: s.say(r.of) }));
  };

  it('an apposition: "X, director of Y"', () => {
    expect(roleWords('Omar Lind')).toContainEqual({
      person: 'Omar Lind',
      role: 'director',
      of: 'the Centre for Coastal Studies',
    });
  });

  it('a possessive before the title: "the bank’s president X"', () => {
    expect(roleWords('Ann Lee')).toContainEqual({ person: 'Ann Lee', role: 'president', of: 'bank' });
  });

  it('a title with what it is for before the name: "the Special Envoy for Sudan Ann Berg"', () => {
    expect(roleWords('Ann Berg')).toContainEqual({ person: 'Ann Berg', role: 'Special Envoy', of: 'Sudan' });
  });

  it('an acronym defined in brackets after the words it abbreviates', () => {
    const s = sentence('(NHCT)');
    const toks = corpus.tokens(s.gid);
    expect(corpus.acronymsIn(s.gid).map((a) => [s.say([a.from, a.to]), toks[a.acronym]!.text])).toEqual([
      ['Northern Harbour Conservation Trust', 'NHCT'],
    ]);
  });
});

describe('when-questions take the date of the clause whose verb is asked', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor({
      'works.txt': [
        'title: Depot works\ndate: 2024-05-02',
        'The old depot closed in 2019 and demolition started on the site in March.',
        'The tram line was built in 2015, and the new depot will be built in September.',
      ].join('\n\n'),
    });
  });

  it('the later clause’s date for its verb, though another date stands nearer the verb', () => {
    expect(engine.run('ask', 'when did demolition start').answer).toMatch(/March/);
    expect(engine.run('ask', 'when did the depot close').answer).toMatch(/2019/);
  });

  it('the date of the clause asked in a sentence of two events', () => {
    expect(engine.run('ask', 'when will the new depot be built').answer).toMatch(/September/);
    expect(engine.run('ask', 'when was the tram line built').answer).toMatch(/2015/);
  });
});
