// /verify tells a misquote (the article's words with their meaning changed) from a close
// rewording, on a short article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { meaningChanges, type WordToken } from '../src/answer/misquote.js';
import { smallAntonyms } from '../src/answer/antonyms.js';
import { annotate } from '../src/nlp/annotate.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'orchard.txt': [
      'title: Orchard co-operative votes on new cider press',
      'The chairwoman Petra Lindqvist said: "We will not sell the orchard to the developers while I am here."',
      'She added that the new press could open the cellar to visitors within 18 months.',
      'The co-operative has 42 members, most of them growers from the valley.',
      '"The harvest was slightly smaller than last year, but the apples were excellent," said the treasurer, Arvid Holm.',
      'The press was bought with a loan from the regional bank.',
      'The growers hope to open a second shop in the town next spring.',
    ].join('\n\n'),
  });
});

const verify = (claim: string) => engine.run('verify', claim);

describe('verify: misquotes', () => {
  it('calls a quote given to someone who did not say it a misquote, naming who did', () => {
    const r = verify('Arvid Holm said we will not sell the orchard to the developers while I am here');
    expect(r.verdict).toBe('misquote');
    expect(r.differences).toContainEqual(
      expect.objectContaining({ kind: 'speaker', claimed: 'Arvid Holm', article: 'Petra Lindqvist' }),
    );
  });

  it('takes no pronoun for a named speaker to check ("They said ...")', () => {
    expect(verify('They said we will not sell the orchard to the developers while I am here').verdict).not.toBe(
      'misquote',
    );
  });

  it('checks the words of a claim that names its speaker rightly as if the name were not there', () => {
    expect(verify('Lindqvist said we will not sell the orchard to the developers while I am here').verdict).toBe(
      'exact',
    );
    expect(
      verify('“The harvest was slightly smaller than last year, but the apples were excellent,” Holm said').verdict,
    ).toBe('exact');
  });

  it('gives every change a kind, what the claim has and what the article has', () => {
    const r = verify('She added that the new press will open the cellar to visitors within 36 months');
    expect(r.verdict).toBe('misquote');
    for (const d of r.differences!)
      expect(['negation', 'number', 'name', 'date', 'word', 'hedge', 'speaker']).toContain(d.kind);
    expect(r.differences).toContainEqual(expect.objectContaining({ kind: 'hedge', article: 'could' }));
  });

  it('calls a quote with a negation dropped a misquote, and says so', () => {
    const r = verify('We will sell the orchard to the developers while I am here');
    expect(r.verdict).toBe('misquote');
    expect(r.differences).toContainEqual(expect.objectContaining({ kind: 'negation', note: 'drops a negation' }));
    expect(r.citations[0]!.text).toMatch(/will not sell the orchard/);
  });

  it('calls a quote with a negation added a misquote', () => {
    const r = verify('the apples were not excellent');
    expect(r.verdict).toBe('misquote');
    expect(r.differences).toContainEqual(expect.objectContaining({ kind: 'negation', note: 'adds a negation' }));
  });

  it('calls another number a misquote and shows both', () => {
    const r = verify('the new press could open the cellar to visitors within 36 months');
    expect(r.verdict).toBe('misquote');
    expect(r.differences).toContainEqual({
      kind: 'number',
      claimed: '36 months',
      article: '18 months',
      note: '18 months → 36 months',
    });
  });

  it('calls a dropped hedge a misquote', () => {
    const r = verify('the new press will open the cellar to visitors within 18 months');
    expect(r.verdict).toBe('misquote');
    expect(r.differences!.map((d) => d.note).join(' ')).toMatch(/drops a hedge: “could”/);
  });

  it('calls an opposite a misquote', () => {
    const r = verify('The harvest was slightly larger than last year, but the apples were excellent');
    expect(r.verdict).toBe('misquote');
    expect(r.differences!.map((d) => d.note).join(' ')).toMatch(/smaller.*larger/);
  });

  it('calls a plan told as a certainty a misquote', () => {
    const r = verify('The growers will open a second shop in the town next spring');
    expect(r.verdict).toBe('misquote');
    expect(r.differences!.map((d) => d.note).join(' ')).toMatch(/drops a hedge: “hope”/);
  });

  it('keeps a synonym swap that keeps the meaning close', () => {
    const r = verify('The press was purchased with a loan from the regional bank');
    expect(r.verdict).toBe('close');
  });

  it("still answers exact for the article's own words and absent for unrelated ones", () => {
    expect(verify('The co-operative has 42 members, most of them growers from the valley').verdict).toBe('exact');
    expect(verify('The mayor closed the swimming pool for repairs').verdict).toBe('absent');
  });
});

describe('meaningChanges', () => {
  const toks = (s: string): WordToken[] => annotate(s, 0, s.length).flatMap((x) => x.tokens);
  const changes = (claim: string, passage: string) =>
    meaningChanges(toks(claim), toks(passage), smallAntonyms).map((d) => d.note);

  it('finds nothing in a rewording: a word left out, a number written out, a spelling', () => {
    expect(changes('They planted six rows of trees', 'They planted 6 rows of young trees.')).toEqual([]);
    expect(changes('The metres of fence were painted', 'The meters of fence were painted.')).toEqual([]);
  });

  it('reads a title stripped of its "deputy" or "former" as another office', () => {
    expect(
      changes(
        'The visit was led by Ana Ruiz, head of the port office',
        'The visit was led by Ana Ruiz, deputy head of the port office.',
      ),
    ).toContain('“deputy head” → “head”, another office');
    expect(changes('Ana Ruiz, the minister, said', 'Ana Ruiz, the former minister, said.')).toContain(
      '“former minister” → “minister”, another office',
    );
  });

  it('ignores what the passage says after the quoted words stop', () => {
    expect(changes('I support the plan', 'I support the plan but not the timing.')).toEqual([]);
  });

  it('reads a negation before the quoted words in their clause', () => {
    expect(changes('they will close the mill', 'It does not mean that they will close the mill.')).toContain(
      'drops a negation',
    );
  });

  it("reads the negation over the claim's verb where the words align elsewhere", () => {
    expect(
      changes(
        'Holm will sell the lease',
        'Just because the Holm family is reviewing the lease, it does not mean that they will sell it.',
      ),
    ).toContain('drops a negation');
  });

  it('gives each change its kind: a year is a date, an opposite a word, another name a name', () => {
    const kinds = (claim: string, passage: string) =>
      meaningChanges(toks(claim), toks(passage), smallAntonyms).map((d) => d.kind);
    expect(kinds('The mill opened in 1998', 'The mill opened in 1989.')).toEqual(['date']);
    expect(kinds('The harvest was larger than last year', 'The harvest was smaller than last year.')).toEqual(['word']);
    expect(kinds('Holm signed the deal', 'Lindqvist signed the deal.')).toEqual(['name']);
  });

  it('takes a name for another name, not a title for a first name', () => {
    expect(changes('Holm signed the deal', 'Lindqvist signed the deal.')).toEqual(['Lindqvist → Holm']);
    expect(changes('Arvid Holm signed the deal', 'Mr Holm signed the deal.')).toEqual([]);
  });
});

describe('meaningChanges on amounts and hedges', () => {
  const toks = (s: string): WordToken[] => annotate(s, 0, s.length).flatMap((x) => x.tokens);
  const changes = (claim: string, passage: string) =>
    meaningChanges(toks(claim), toks(passage), smallAntonyms).map((d) => d.note);

  it('compares figures, not how an amount is written', () => {
    expect(changes('The barn cost £40 million to rebuild', 'The barn cost £40m to rebuild.')).toEqual([]);
    expect(changes('The barn cost £45m to rebuild', 'The barn cost £40m to rebuild.')).toHaveLength(1);
  });

  it("keeps a hedge written short: we'd is we would", () => {
    expect(changes("we'd like to see the barn rebuilt", 'We would like to see the barn rebuilt.')).toEqual([]);
  });
});

describe('meaningChanges aligns compactly', () => {
  const toks = (s: string): WordToken[] => annotate(s, 0, s.length).flatMap((x) => x.tokens);

  it('does not read a negation from a clause the quote skips', () => {
    expect(
      meaningChanges(
        toks("We'll cut spending on roads"),
        toks('We will not raise taxes, and we will cut spending on roads.'),
        smallAntonyms,
      ),
    ).toEqual([]);
  });
});
