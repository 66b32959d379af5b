import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/store/build-document.js';
import { SEEDS } from './engine/seed-engine.js';

const seedText = readFileSync(join(SEEDS, '000_33edb225ea19ece3.txt'), 'utf8');
const seed = buildDocument({ id: 'seed', path: 'seed.txt', fingerprint: 'f', text: seedText });
const entity = (name: string) => seed.entities.find((e) => e.name === name || e.aliases.includes(name));

/** A short article built as the store builds it, and its entities by name. */
function article(text: string) {
  const doc = buildDocument({ id: 'a', path: 'a.txt', fingerprint: 'f', text });
  return { doc, named: (name: string) => doc.entities.find((e) => e.name === name) };
}

describe('entities, aliases and roles', () => {
  it('merges a full name, the surname and the titled mention', () => {
    const e = entity('Stanikzai')!;
    expect(e.name).toBe('Sher Mohammad Abbas Stanikzai');
    expect(e.aliases).toEqual(expect.arrayContaining(['Stanikzai', 'Taliban leader Stanikzai']));
    expect(e.roles).toEqual(expect.arrayContaining(['deputy head of the political office in Doha']));
  });

  it('takes roles from relative clauses and titles before the name', () => {
    expect(entity('Omar Nessar')!.roles).toContain(
      'director of the Russian centre for the Study of Contemporary Afghanistan',
    );
    expect(entity('Zamir Kabulov')!.roles).toContain('Special Presidential Representative for Afghanistan');
  });

  it("gives an acronym in parentheses as an alias, and joins a country's names", () => {
    expect(entity('MEMRI')!.name).toBe('Middle East Media Research Institute');
    const us = entity('US')!;
    expect(us.type).toBe('place');
    expect(us.aliases).toEqual(expect.arrayContaining(['Washington', 'American side']));
  });
});

describe('names that are also words', () => {
  const { doc, named } = article(
    'title: Town\n\nMayor Kim Park said that the bridge will reopen in May.\n\nEngineer Tom Lee said the repairs would take a year. John Baker, a resident, welcomed the news.',
  );

  it('keeps a surname that is also a common noun in the name, and splits off an occupational title', () => {
    expect(named('Kim Park')?.type).toBe('person');
    expect(named('Kim Park')?.roles).toContain('Mayor');
    expect(named('Tom Lee')?.roles).toContain('Engineer');
    expect(named('John Baker')?.type).toBe('person');
  });

  it('gives the quote to the person, found by the name alone', () => {
    expect(doc.quotes.find((q) => q.text.includes('bridge will reopen'))?.speakerText).toBe('Kim Park');
  });
});

describe('people and the organisations they speak for', () => {
  const { doc, named } = article(
    'title: Bid\n\nThe tender was won by executive vice president A.L. Hutchinson Jr. of Acme Corp. last week.\n\nMayor Anna Kowalski said the repairs cost 2 million dollars. The Bank of England and the Democratic Republic of Congo were not involved.',
  );

  it('splits "Person of Organisation" into both, and keeps names that hold an "of" whole', () => {
    expect(named('A.L. Hutchinson Jr.')?.type).toBe('person');
    expect(named('A.L. Hutchinson Jr.')?.roles).toContain('executive vice president');
    expect(named('Acme Corp.')?.type).toBe('organisation');
    expect(named('Bank of England')?.type).toBe('organisation');
    expect(doc.entities.some((e) => e.name.endsWith('Republic of Congo'))).toBe(true);
  });

  it('an organisation word the tagger reads as a common noun still opens the name ("The Office of ...")', () => {
    const { named } = article('title: Fine\n\nThe Office of Water Quality (OWQ) fined the firm on Monday.');
    expect(named('Office of Water Quality')?.type).toBe('organisation');
    expect(named('Office of Water Quality')?.aliases).toContain('OWQ');
  });

  it('a capitalised word the tagger reads as a verb or adjective opens an organisation\'s name ("the Met Office")', () => {
    const { named } = article(
      'title: Storm\n\nA warning was issued by the Met Office on Monday, and the Home Office agreed.',
    );
    expect(named('Met Office')?.type).toBe('organisation');
    expect(named('Home Office')?.type).toBe('organisation');
  });

  it('an "and" inside an organisation\'s name ("Kent and Medway Fire Service") keeps it whole', () => {
    const { named } = article(
      'title: Fire\n\nCrews from Kent and Medway Fire Service were called. Kent and Essex were hit.',
    );
    expect(named('Kent and Medway Fire Service')?.type).toBe('organisation');
    expect(named('Kent and Essex')).toBeUndefined();
  });

  it('a name after a common noun for an organisation is that organisation ("the campaign group X")', () => {
    const { named } = article(
      'title: Fares\n\nThe fine was welcomed by the campaign group Clean Rivers and the drivers union Aslef.',
    );
    expect(named('Clean Rivers')?.type).toBe('organisation');
  });

  it('a name ending in an industry ("Harbour Energy") is a company, and its first word alone is its short name', () => {
    const { doc, named } = article(
      "title: Breach\n\nHarbour Energy has admitted that hackers stole customer data.\n\nHarbour, which is based in Hull, supplies gas to 90,000 homes. Harbour's chief executive, Ann Lowe, apologised.",
    );
    expect(named('Harbour Energy')?.type).toBe('organisation');
    expect(named('Harbour Energy')?.aliases).toContain('Harbour');
    expect(doc.entities.filter((e) => e.name === 'Harbour')).toEqual([]);
  });

  it('a title set off before the name after a possessive: "Their health spokesman, X," and "Y\'s managing director, Z,"', () => {
    const { named } = article(
      "title: Roles\n\nThe Greens criticised the plan. Their health spokesman, Owen Pryor, called it a mistake.\n\nKestrel Foods' rival apologised. Kestrel's managing director, Ruth Amos, said sales would recover.",
    );
    expect(named('Owen Pryor')?.roles).toContain('health spokesman');
    expect(named('Ruth Amos')?.roles?.join(' ')).toMatch(/managing director/);
  });

  it('a title set off before the name keeps its own "of" phrase: "Its director of policy, X,"', () => {
    const { named } = article(
      'title: Roles\n\nThe charity Fair Homes urged caution. Its director of policy, Mina Osei, said rents would rise.',
    );
    expect(named('Mina Osei')?.roles).toContain('director of policy');
  });

  it('reads a figure reported after "said" as speech, though wink tags its verb as a noun', () => {
    const q = doc.quotes.find((x) => x.text.includes('repairs cost'));
    expect(q?.kind).toBe('reported');
    expect(q?.speakerText).toBe('Anna Kowalski');
  });
});

describe('quotes and their speakers', () => {
  const speakerOf = (fragment: string) => {
    const q = seed.quotes.find((x) => x.text.includes(fragment))!;
    return { q, name: seed.entities.find((e) => e.key === q.speaker)?.name ?? q.speakerText };
  };

  it('resolves "He said, …" to the person last speaking', () => {
    const { q, name } = speakerOf('Previous experience has shown');
    expect(q.kind).toBe('direct');
    expect(q.speakerMention?.text).toBe('He');
    expect(name).toBe('Omar Nessar');
  });

  it('gives "…," he said to who spoke in the sentence before, not to the man that speaker named last', () => {
    const { doc } = article(
      'title: Court\n\nJudge Mark Ivers said Tom Quayle had lied to the jury. "You showed no remorse at all," he said.',
    );
    const q = doc.quotes.find((x) => x.text.includes('no remorse'))!;
    expect(doc.entities.find((e) => e.key === q.speaker)?.name).toBe('Mark Ivers');
  });

  it('keeps a reported clause around quoted words whole, its quotation never closed running to the end of its paragraph', () => {
    const { q, name } = speakerOf('exchanging views on the future');
    expect(q.kind).toBe('mixed');
    expect(q.text.startsWith('the representatives only spoke of')).toBe(true);
    expect(q.quoted.map((p) => seed.text.slice(p.start, p.end))).toEqual([
      expect.stringMatching(/^exchanging views on the future .* members of the movement\.$/),
    ]);
    expect(q.speakerMention?.text).toBe('Taliban leader Stanikzai');
    expect(name).toBe('Sher Mohammad Abbas Stanikzai');
  });

  it('lets organisations speak and reads "According to X, …"', () => {
    expect(speakerOf('intra-Afghan talks').name).toBe('Russian foreign ministry');
    const memri = speakerOf('a Taliban delegation recently visited Moscow');
    expect(memri.q.cue).toBe('according to');
    expect(memri.name).toBe('Middle East Media Research Institute');
  });

  it('keeps every offset pointing at the exact words', () => {
    for (const q of seed.quotes) expect(seedText.slice(q.start, q.end)).toBe(q.text);
    for (const m of seed.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads trailing attribution and straight quotes in any article', () => {
    const doc = buildDocument({
      id: 'n',
      path: 'n.txt',
      fingerprint: 'n',
      text: 'Prices will rise again next year, finance minister Anna Berg said.\n\n"We will not raise taxes this year at all," Berg told reporters.',
    });
    const names = doc.quotes.map((q) => doc.entities.find((e) => e.key === q.speaker)?.name);
    expect(doc.quotes.map((q) => q.kind)).toEqual(['reported', 'direct']);
    expect(names).toEqual(['Anna Berg', 'Anna Berg']);
  });
});

describe('facts', () => {
  it('records who did what, with passives and dates', () => {
    const visited = seed.facts.find((f) => f.verb === 'visit')!;
    expect(visited).toMatchObject({ subject: 'a Taliban delegation', object: 'Moscow' });
    const headed = seed.facts.find((f) => f.relation === 'was headed by')!;
    expect(headed.object).toBe('Sher Mohammad Abbas Stanikzai');
    expect(headed.when).toBe('September 2019');
  });

  it('a deed named by its "-ing" form after a preposition is the object, a quotation mark opening it or not', () => {
    const { doc } = article(
      'title: Envoys\n\nThe mayor said that the envoys only spoke of “sharing the harbour fees” with the islands.',
    );
    expect(doc.facts.find((f) => f.verb === 'speak')).toMatchObject({
      subject: 'the envoys',
      relation: 'spoke of',
      object: 'sharing the harbour fees',
    });
  });

  it('reads no verb inside a name ("Edward Said\'s essay")', () => {
    const { doc } = article(
      "title: The Long Road\n\nThe Long Road is a novel by Mary Hale. It was praised at length in Edward Said's essay on exile.",
    );
    expect(doc.facts.map((f) => f.relation)).not.toContain('Said');
    expect(doc.facts.map((f) => f.relation)).toContain('is');
  });
});

describe('robustness', () => {
  it('builds sentences whose words wink cannot lemmatise ("Cannot")', () => {
    const doc = buildDocument({
      id: 'c',
      path: 'c.txt',
      fingerprint: 'c',
      text: 'Cannot say more, the minister said.\n\nOfficials said that talks would resume.',
    });
    expect(doc.sentences.length).toBe(2);
    expect(doc.quotes.length).toBeGreaterThan(0);
  });
});
