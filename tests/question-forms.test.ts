// The question as `ask` reads it, form by form, on an article written for this test: the slot
// the answer fills, the predicate (a verb group or a relational noun) with its arguments, the
// dates and relative times that constrain it, and polarity. And the query every other command
// searches with: the question's words and what may stand for them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/answer/answer-context.js';
import { readQuestion } from '../src/answer/question.js';
import { queryOf } from '../src/answer/question-query.js';
import { stemOf } from '../src/nlp/annotate.js';
import { contextFor, engineFor } from './engine/seed-engine.js';

const BRIDGE = [
  'title: Council approves Marlow bridge repair\ndate: 2024-03-05',
  'The Marlow town council approved the repair of the Kestrel Bridge on Tuesday by seven votes to two.',
  'Councillor Edwin Marsh, who championed the plan, said the bridge was the lifeline of the town. Councillor Ada Finch voted against the plan, saying the repair would cost too much.',
  'Work will start in May and end in September, the council said. The repair will cost 2.4 million pounds.',
  'The mayor of Marlow, Priya Osei, visited Lindholm last week to study its ferry. The Greenway Trust (GT) will pay half of the cost.',
  'Councillor Rosa May said the Lindholm ferry was too slow for the town.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'bridge.txt': BRIDGE });
});

const read = (question: string) => readQuestion(question, ctx.corpus, ctx.index);
/** Arguments as "role: words", with the entity's name when the articles name it. */
const args = (question: string) =>
  read(question).arguments.map((a) => `${a.role}: ${a.words.join(' ')}${a.entity ? ` <${a.entity.name}>` : ''}`);

describe('who', () => {
  it('"who voted against the plan": the subject of the verb group "voted against", the plan its argument', () => {
    const q = read('who voted against the plan');
    expect(q.slot).toBe('person');
    expect(q.predicate).toMatchObject({
      kind: 'verb',
      lemma: 'vote',
      words: ['voted', 'against'],
      particle: 'against',
    });
    expect(q.predicate?.tense).toBe('past');
    expect(args('who voted against the plan')).toEqual(['against: plan']);
    expect(q.polarity).toBe('positive');
  });

  it('"who got sacked": "get" before a participle is a passive, its verb the participle, its tense get\'s', () => {
    expect(read('who got sacked').predicate).toMatchObject({ lemma: 'sack', passive: true, tense: 'past' });
    expect(read('who gets paid most').predicate).toMatchObject({ lemma: 'pay', passive: true, tense: 'present' });
    expect(read('who got the job').predicate).toMatchObject({ lemma: 'get', passive: false });
  });

  it('"who is the president of Russia": a relational noun with its argument, which the articles do not name', () => {
    const q = read('who is the president of Russia');
    expect(q.slot).toBe('person');
    expect(q.predicate).toMatchObject({ kind: 'noun', lemma: 'president', words: ['president', 'of'], particle: 'of' });
    expect(args('who is the president of Russia')).toEqual(['of: russia']);
  });

  it('"who\'s the mayor of Marlow": the argument is the articles\' entity', () => {
    expect(read("who's the mayor of Marlow").predicate).toMatchObject({ kind: 'noun', lemma: 'mayor' });
    expect(args("who's the mayor of Marlow")).toEqual(['of: marlow <Marlow>']);
  });

  it.each(['who is Ada Finch', "who's Ada Finch", 'whos Ada Finch', 'who is ada finch'])(
    '"%s" asks her role',
    (question) => {
      const q = read(question);
      expect(q.slot).toBe('role');
      expect(q.predicate).toMatchObject({ kind: 'verb', lemma: 'be' });
      expect(args(question)).toEqual(['subject: ada finch <Ada Finch>']);
    },
  );

  it('"what is Ada Finch\'s role": the relational noun "role" of her', () => {
    const q = read("what is Ada Finch's role");
    expect(q.slot).toBe('role');
    expect(q.predicate).toMatchObject({ kind: 'noun', lemma: 'role' });
    expect(args("what is Ada Finch's role")).toEqual(['of: ada finch <Ada Finch>']);
  });

  it('"which company will pay": an organisation, named by the wh-phrase', () => {
    const q = read('which company will pay half of the cost');
    expect(q.slot).toBe('organisation');
    expect(q.answerNoun).toBe('company');
    expect(q.predicate).toMatchObject({ lemma: 'pay', tense: 'future' });
  });

  it('"who said ...": a person, the speech verb its predicate', () => {
    const q = read('who said the bridge would close');
    expect(q.slot).toBe('person');
    expect(q.predicate?.lemma).toBe('say');
  });
});

describe('negated questions', () => {
  it.each([
    ['who did not vote', 'vote'],
    ["who didn't attend the meeting", 'attend'],
    ['who never paid', 'pay'],
    ['who has not paid the fee', 'pay'],
  ])('"%s" is negative, its predicate "%s"', (question, lemma) => {
    const q = read(question);
    expect(q.polarity).toBe('negative');
    expect(q.predicate?.lemma).toBe(lemma);
    expect(q.slot).toBe('person');
  });

  it('"not only" negates nothing', () => {
    const q = read('who not only voted but spoke');
    expect(q.polarity).toBe('positive');
    expect(q.predicate?.lemma).toBe('vote');
  });

  it('"didn\'t X ...?" asks whether X did; "did X not ...?" asks whether X did not', () => {
    expect(read("Didn't the mayor resign?").polarity).toBe('positive');
    expect(read('did the mayor not resign?').polarity).toBe('negative');
    expect(read('did the council not close the bridge?').predicate?.lemma).toBe('close');
  });
});

describe('what', () => {
  it('"what did X say about Y": a quote, X saying, Y its topic', () => {
    const q = read('what did Edwin Marsh say about the bridge');
    expect(q.slot).toBe('quote');
    expect(q.predicate).toMatchObject({ lemma: 'say', particle: 'about' });
    expect(args('what did Edwin Marsh say about the bridge')).toEqual([
      'subject: edwin marsh <Edwin Marsh>',
      'about: bridge',
    ]);
  });

  it('"what does X stand for": a definition, X the subject of "stand for"', () => {
    const q = read('what does GT stand for');
    expect(q.slot).toBe('definition');
    expect(q.predicate).toMatchObject({ kind: 'verb', lemma: 'stand', words: ['stand', 'for'] });
    expect(args('what does GT stand for')).toEqual(['subject: gt <Greenway Trust>']);
  });

  it('"what is a bridge": a definition', () => {
    expect(read('what is a bridge').slot).toBe('definition');
    expect(args('what is a bridge')).toEqual(['subject: bridge']);
  });

  it('"what is the capital of X": a place, "capital of" a relational noun', () => {
    const q = read('what is the capital of Norway');
    expect(q.slot).toBe('place');
    expect(q.predicate).toMatchObject({ kind: 'noun', lemma: 'capital', particle: 'of' });
  });

  it('"what happens if ...": the outcome of the condition', () => {
    const q = read('what happens if the council walks away from the deal');
    expect(q.slot).toBe('outcome');
    expect(q.predicate?.lemma).toBe('happen');
    expect(q.constraints.condition).toEqual(['council', 'deal']);
  });

  it('"what did the council decide last week": a relative time constrains it', () => {
    const q = read('what did the council decide last week');
    expect(q.predicate?.lemma).toBe('decide');
    expect(args('what did the council decide last week')).toEqual(['subject: council']);
    expect(q.constraints.relative).toEqual(['last week']);
  });
});

describe('when and where', () => {
  it('"when will work start": a date, the start, in the future; "work" is its subject, not a verb', () => {
    const q = read('when will work start');
    expect(q.slot).toBe('date');
    expect(q.predicate).toMatchObject({ lemma: 'start', tense: 'future' });
    expect(q.arguments.map((a) => [a.role, a.words])).toEqual([['subject', ['work']]]);
  });

  it('"when did X visit Y before this": the visit, Y its object, "before this" a constraint', () => {
    const q = read('when did the mayor visit lindholm before this');
    expect(q.slot).toBe('date');
    expect(q.predicate).toMatchObject({ lemma: 'visit', tense: 'past' });
    expect(args('when did the mayor visit lindholm before this')).toEqual([
      'subject: mayor',
      'object: lindholm <Lindholm>',
    ]);
    expect(q.constraints.relative).toEqual(['before this']);
  });

  it('"when was the bridge built": passive, past; "where is Lindholm located": present', () => {
    expect(read('when was the bridge built').predicate).toMatchObject({ lemma: 'build', passive: true, tense: 'past' });
    expect(read('where is Lindholm located').predicate).toMatchObject({ lemma: 'locate', tense: 'present' });
  });

  it('"when was the plan for the council to repair the bridge approved": the participle ending it is the verb, not the infinitive\'s', () => {
    const q = read('when was the plan for the council to repair the bridge approved');
    expect(q.predicate).toMatchObject({ lemma: 'approve', passive: true, tense: 'past' });
    expect(args('when was the plan for the council to repair the bridge approved')[0]).toBe('subject: plan');
  });

  it('"who was Ada Finch married to": "married", which wink reads as an adjective, is the verb; she its subject', () => {
    const q = read('who was Ada Finch married to');
    expect(q.predicate).toMatchObject({ kind: 'verb', lemma: 'marry', passive: true });
    expect(args('who was Ada Finch married to')).toEqual(['subject: ada finch <Ada Finch>']);
    expect(q.verbs).toContain('marry');
  });

  it('"who has paid" is past: the deed is done', () => {
    expect(read('who has paid the fee').predicate).toMatchObject({ lemma: 'pay', tense: 'past' });
  });

  it('"where did the mayor go": a place', () => {
    const q = read('where did the mayor go');
    expect(q.slot).toBe('place');
    expect(q.predicate?.lemma).toBe('go');
    expect(args('where did the mayor go')).toEqual(['subject: mayor']);
  });
});

describe('how many, how much, why', () => {
  it('"how many members voted for the plan": a count of members', () => {
    const q = read('how many members voted for the plan');
    expect(q.slot).toBe('count');
    expect(q.answerNoun).toBe('member');
    expect(q.predicate).toMatchObject({ lemma: 'vote', particle: 'for' });
    expect(args('how many members voted for the plan')).toEqual(['for: plan']);
  });

  it('"how many people attended on Monday in 2023": the dates constrain, they are no argument', () => {
    const q = read('how many people attended on Monday in 2023');
    expect(q.predicate?.words).toEqual(['attended']);
    expect(q.constraints.dates).toEqual(['monday', '2023']);
    expect(q.arguments).toEqual([]);
  });

  it('"how much will the repair cost": an amount; "cost" is the verb wink read as a noun', () => {
    const q = read('how much will the repair cost');
    expect(q.slot).toBe('amount');
    expect(q.predicate).toMatchObject({ lemma: 'cost', tense: 'future' });
    expect(args('how much will the repair cost')).toEqual(['subject: repair']);
  });

  it('"when did Marlow sign a deal granting ...": the verb wink read as a noun before its object, not the participle after', () => {
    expect(read('When did Marlow sign a deal granting it the ferry?').predicate?.lemma).toBe('sign');
  });

  it('"did the mayor last visit ...": a time word between subject and verb is no verb', () => {
    expect(read('When did the mayor last visit Lindholm?').predicate?.lemma).toBe('visit');
    expect(read('what is the last stage of the repair').predicate?.lemma).toBe('be');
  });

  it('"how long will the strike last": the last word is the verb, not a time word before one', () => {
    expect(read('how long will the strike last').predicate).toMatchObject({ lemma: 'last', tense: 'future' });
  });

  it('"why did the council close the bridge": a reason; "close" is the verb wink read as an adjective', () => {
    const q = read('why did the council close the bridge');
    expect(q.slot).toBe('reason');
    expect(q.predicate?.lemma).toBe('close');
    expect(args('why did the council close the bridge')).toEqual(['subject: council', 'object: bridge']);
  });
});

describe('the wh-word elsewhere than first', () => {
  it('"the council approved what?": the verb before it, its subject', () => {
    const q = read('The Marlow council approved what on Tuesday?');
    expect(q.slot).toBe('thing');
    expect(q.predicate).toMatchObject({ lemma: 'approve', tense: 'past' });
    expect(args('The Marlow council approved what on Tuesday?')).toEqual(['subject: marlow council <Marlow>']);
    expect(q.constraints.dates).toEqual(['tuesday']);
  });

  it('"which bridge of Marlow did the council repair": the noun the answer is of is an argument', () => {
    const q = read('which bridge of Marlow did the council repair');
    expect(q.answerNoun).toBe('bridge');
    expect(q.predicate?.lemma).toBe('repair');
    expect(args('which bridge of Marlow did the council repair')).toEqual(['of: marlow <Marlow>', 'subject: council']);
  });
});

describe('a question inside a request for it', () => {
  it('"can you tell me who ...", "I want to know who ...", "ask who ...": the question is read from its wh-word', () => {
    for (const asked of [
      'can you tell me who voted against the plan',
      'ask who voted against the plan',
      'i want to know who voted against the plan',
    ]) {
      const q = read(asked);
      expect(q.expects, asked).toBe('person');
      expect(q.predicate?.lemma, asked).toBe('vote');
    }
  });

  it('answers the question, not who the article says told something', async () => {
    const engine = await engineFor({
      'harbour.txt':
        'title: Fishermen visit Lindholm\ndate: 2024-03-05\n\nAccording to the harbour board, a delegation of fishermen visited Lindholm last week to study its ferry.\n\nThe board said the visit went well.',
    });
    for (const asked of ['can you tell me who visited lindholm', 'please tell me who visited lindholm'])
      expect(engine.run('ask', asked).answer, asked).toBe('A delegation of fishermen');
  });

  it('puts a question the request words as a statement back in order: "who X is", "what X stands for"', async () => {
    const engine = await engineFor({ 'bridge.txt': BRIDGE });
    expect(engine.run('ask', 'i wonder who priya osei is').answer).toMatch(/mayor of Marlow/);
    expect(engine.run('ask', 'do you know what GT stands for').answer).toMatch(/^Greenway Trust/);
  });
});

describe('names typed lower case', () => {
  it('a name whose words wink reads as a verb or an auxiliary is a name: "what did ada may say"', () => {
    const q = read('what did priya osei say about the ferry');
    expect(q.predicate).toMatchObject({ lemma: 'say', particle: 'about' });
    expect(args('what did priya osei say about the ferry')).toEqual([
      'subject: priya osei <Priya Osei>',
      'about: ferry',
    ]);
  });
});

describe('yes/no', () => {
  it('"did the mayor visit Lindholm?": the visit, its subject and object', () => {
    const q = read('did the mayor visit Lindholm?');
    expect(q.slot).toBe('yesno');
    expect(q.predicate?.lemma).toBe('visit');
    expect(args('did the mayor visit Lindholm?')).toEqual(['subject: mayor', 'object: lindholm <Lindholm>']);
    expect(q.polarity).toBe('positive');
  });

  it('"was the vote in Lindholm?": a copula, the place its argument', () => {
    const q = read('was the vote in Lindholm?');
    expect(q.predicate).toMatchObject({ lemma: 'be', tense: 'past' });
    expect(args('was the vote in Lindholm?')).toEqual(['subject: vote', 'in: lindholm <Lindholm>']);
  });
});

describe('the query other commands search with', () => {
  const query = (text: string) => queryOf(text, ctx.corpus, ctx.index);

  it('holds the words asked, not the wh-word', () => {
    const q = query('who visited Lindholm');
    expect(q.terms.get(stemOf('visited'))).toBe(1);
    expect(q.terms.has(stemOf('who'))).toBe(false);
  });

  it("a misspelt word stands for the articles' spelling", () => {
    expect(query('who visted Lindholm').terms.has(stemOf('visited'))).toBe(true);
  });

  it('a name stands for its other names, below the name asked', () => {
    const q = query('what does GT stand for');
    expect(q.terms.get(stemOf('greenway'))).toBeGreaterThan(0);
    expect(q.terms.get(stemOf('greenway'))).toBeLessThan(q.terms.get(stemOf('gt'))!);
  });

  it('a name the articles never mention is known as such', () => {
    expect(query('did Vladimir Stroganov visit Lindholm').unknownNames).toEqual(['Vladimir Stroganov']);
  });

  it('"what country" needs no passage to say "country"', () => {
    const q = query('what country did the mayor visit');
    expect(q.groups.find((g) => q.tokens[g.at!]?.text === 'country')?.optional).toBe(true);
    expect(q.groups.find((g) => q.tokens[g.at!]?.text === 'mayor')?.optional).toBe(false);
  });
});
