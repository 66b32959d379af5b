// The WordNet reader and the table the store keeps of it: synonyms, derivations and antonyms of
// common words, and only for the words the articles use.
import { afterAll, describe, expect, it } from 'vitest';
import { WordNet } from '../src/nlp/wordnet.js';
import { buildDocument } from '../src/store/build-document.js';
import { wordRelationTable } from '../src/store/word-relations.js';

const wordnet = new WordNet();
afterAll(() => wordnet.close());

describe('WordNet reader', () => {
  it('gives the synonyms of a frequent sense', () => {
    expect(wordnet.relationsOf('buy').synonyms).toContain('purchase');
    expect(wordnet.relationsOf('purchase').synonyms).toContain('buy');
    expect(wordnet.relationsOf('big').synonyms).toContain('large');
  });

  it('gives derivationally related forms, either way', () => {
    expect(wordnet.relationsOf('decide').derived).toContain('decision');
    expect(wordnet.relationsOf('decision').derived).toContain('decide');
    expect(wordnet.relationsOf('marry').derived).toContain('marriage');
    expect(wordnet.relationsOf('marriage').derived).toContain('marry');
  });

  it('gives antonyms', () => {
    expect(wordnet.relationsOf('increase').antonyms).toContain('decrease');
    expect(wordnet.relationsOf('buy').antonyms).toContain('sell');
  });

  it("gives a verb's troponyms, the verbs one step more specific", () => {
    expect(wordnet.relationsOf('state').troponyms).toContain('declare');
    // Not the other way: stating is no way of declaring.
    expect(wordnet.relationsOf('declare').troponyms).not.toContain('state');
  });

  it('gives phrasal verbs: a question may ask with one for a one-word verb', () => {
    expect(wordnet.relationsOf('resign').synonyms).toContain('step_down');
    expect(wordnet.relationsOf('found').synonyms).toContain('set_up');
  });

  it("gives an adjective's opposites through its cluster: the words beside the head it opposes", () => {
    // WordNet opposes "fast" to "slow"; "rapid" stands beside "fast", "wealthy" beside "rich".
    expect(wordnet.relationsOf('rapid').antonyms).toContain('slow');
    expect(wordnet.relationsOf('slow').antonyms).toContain('rapid');
    expect(wordnet.relationsOf('poor').antonyms).toContain('wealthy');
    // Counting words are no qualities: "two" has no opposite "first".
    expect(wordnet.relationsOf('two').antonyms).toEqual([]);
  });

  it('leaves out rare senses and other multi-word lemmas, and knows nothing of unknown words', () => {
    // "buy" is "believe" only in a rare sense ("I don't buy it").
    expect(wordnet.relationsOf('buy').synonyms).not.toContain('believe');
    expect(
      wordnet.relationsOf('lead').synonyms.every((w) => /^[a-z]+(_(up|out|off|away|down|over|back))?$/.test(w)),
    ).toBe(true);
    expect(wordnet.relationsOf('rest').synonyms).not.toContain('take_a_breather');
    expect(wordnet.relationsOf('qzxv')).toEqual({ synonyms: [], derived: [], antonyms: [], troponyms: [] });
  });
});

describe('word relation table', () => {
  const doc = buildDocument({
    id: 'a',
    path: 'a.txt',
    fingerprint: 'x',
    text: 'The company purchased a factory. Sales increased after the decision. The board stated its aims.',
  });
  const table = wordRelationTable([doc]);
  const row = (word: string) => {
    const i = table.words.indexOf(word);
    return i < 0
      ? null
      : {
          synonyms: table.synonyms[i]!.split(' '),
          derived: table.derived[i]!.split(' '),
          antonyms: table.antonyms[i]!.split(' '),
          broader: table.broader[i]!.split(' '),
        };
  };

  it('maps words a question may use to the lemmas the articles use', () => {
    expect(row('buy')?.synonyms).toContain('purchase');
    expect(row('decide')?.derived).toContain('decision');
    expect(row('decrease')?.antonyms).toContain('increase');
    expect(row('declare')?.broader).toContain('state');
  });

  it('holds only rows that lead to an article lemma', () => {
    for (let i = 0; i < table.words.length; i++)
      expect(table.synonyms[i] || table.derived[i] || table.antonyms[i] || table.broader[i]).toBeTruthy();
    expect(row('marry')).toBeNull();
  });
});
