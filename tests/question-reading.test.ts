// The question reader, form by form: which slot a question asks and what constrains it.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/nlp/annotate.js';
import { expandContractions, readForm } from '../src/answer/question-form.js';
import { expansionIn } from '../src/extract/acronyms.js';
import { questionTokens, withVerbAfterWho } from '../src/answer/question-tokens.js';

const WH = /^(who|whom|whose|what|when|where|why|how|which)$/i;

function formOf(question: string) {
  const text = expandContractions(question);
  const tokens = annotate(text, 0, text.length).flatMap((s) => s.tokens);
  return readForm(
    tokens,
    tokens.findIndex((t) => WH.test(t.text)),
  );
}

describe('contractions of the wh-word', () => {
  it.each([
    ['whos the mayor', 'who is the mayor'],
    ["who's the mayor", 'who is the mayor'],
    ['who’s the mayor', 'who is the mayor'],
    ['whats the plan', 'what is the plan'],
    ["where's the depot", 'where is the depot'],
  ])('%s', (typed, read) => expect(expandContractions(typed)).toBe(read));

  it('leaves "whose" and other words alone', () => {
    expect(expandContractions('whose idea was it')).toBe('whose idea was it');
    expect(expandContractions('what shows are on')).toBe('what shows are on');
  });
});

describe('a title whose holder is asked', () => {
  it('"who is the N of X": the title and its qualifier', () => {
    expect(formOf('who is the mayor of springfield').role).toEqual({
      noun: 'mayor',
      qualifiers: ['springfield'],
      copular: true,
    });
  });

  it('"who\'s the X Y N": modifiers before the title qualify it', () => {
    expect(formOf("who's the city transport commissioner").role).toMatchObject({
      noun: 'commissioner',
      qualifiers: ['city', 'transport'],
      copular: true,
    });
  });

  it('"which N did X": the title says who the answer is, the verb what they did', () => {
    expect(formOf('which minister opened the hospital').role).toMatchObject({ noun: 'minister', copular: false });
  });

  it('a name or a common noun after the copula is no title', () => {
    expect(formOf('who is Jane Smith').role).toBeUndefined();
    expect(formOf('what is the capital of France').role).toBeUndefined();
    expect(formOf('who is the person in charge').role).toBeUndefined();
  });
});

describe('an acronym to spell out', () => {
  it.each([
    ['what does NATO stand for', 'NATO'],
    ['what does nhs stand for?', 'nhs'],
    ['What is WHO short for?', 'WHO'],
  ])('%s', (q, acronym) => expect(formOf(q).acronym).toBe(acronym));

  it('finds the words whose initials spell it, skipping small words inside', () => {
    expect(expansionIn('The Bank of England’s Monetary Policy Committee met.', 'MPC')).toBe(
      'Monetary Policy Committee',
    );
    expect(expansionIn('He joined the Royal Society for the Protection of Birds in May.', 'RSPB')).toBe(
      'Royal Society for the Protection of Birds',
    );
    expect(expansionIn('Nothing here spells it.', 'MPC')).toBeNull();
  });
});

describe('a thing to define', () => {
  it('"what is X": the words of X', () => {
    expect(formOf('what is a wiki').defines).toEqual(['wiki']);
    expect(formOf('What are solar panels?').defines).toEqual(['solar', 'panels']);
  });

  it('not when X is an attribute of something else or a title', () => {
    expect(formOf('what is the capital of France').defines).toBeUndefined();
    expect(formOf('what does NATO stand for').defines).toBeUndefined();
  });
});

describe('the outcome of a condition', () => {
  it('"what happens if ...": the things of the condition, not its verbs', () => {
    expect(formOf('what happens if the river floods the town').condition).toEqual(['river', 'town']);
    expect(formOf('what will happen if the council cuts the budget?').condition).toEqual(['council', 'budget']);
  });

  it('no condition without "if"', () => {
    expect(formOf('what happened to the budget').condition).toBeUndefined();
  });
});

describe('the noun a count or an amount is of', () => {
  it.each([
    ['how many nurses work at the hospital', 'nurse'],
    ['how many member states are there', 'state'],
    ['how much pre-tax profit did the firm make', 'profit'],
    ['how big a bonus did the boss get', 'bonus'],
    ['how long a delay do passengers face', 'delay'],
  ])('%s', (q, noun) => expect(formOf(q).counted).toBe(noun));

  it('"how much did it cost" counts no noun', () => {
    expect(formOf('how much did it cost').counted).toBeUndefined();
  });
});

describe('the deed after "who" in a lower-case question', () => {
  const deedOf = (question: string) => {
    const tokens = annotate(question, 0, question.length).flatMap((s) => s.tokens);
    const read = withVerbAfterWho(
      tokens,
      tokens.findIndex((t) => WH.test(t.text)),
    );
    return read.filter((t) => t.pos === 'VERB').map((t) => t.lemma);
  };

  it.each([
    ['who chairs the council', 'chair'],
    ['who carries the bill', 'carry'],
    ['who watches the harbour', 'watch'],
  ])('%s', (question, lemma) => expect(deedOf(question)).toContain(lemma));

  it('leaves a plural noun alone where no object follows', () => {
    expect(deedOf('who were the councillors')).not.toContain('councillor');
  });
});

describe('the verb after "did" and its subject, which wink may read as a noun', () => {
  const verbsOf = (question: string) =>
    questionTokens(question)
      .tokens.filter((t) => t.pos === 'VERB')
      .map((t) => t.lemma);

  it.each([
    ['who did the firm call in', 'call'],
    ['what did the bank forecast', 'forecast'],
  ])('%s', (question, lemma) => expect(verbsOf(question)).toContain(lemma));

  it('not a noun after a second noun phrase: "why did the council close the bridge"', () => {
    expect(verbsOf('why did the council close the bridge')).not.toContain('bridge');
  });
});
