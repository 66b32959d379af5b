// "What did X say about Y?" where the question names X otherwise than the passage: by a role and
// an organisation, by a name typed lower-case, or where the article gives X's words under X's title.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const FERRIES = [
  'title: Ferry operators fight new delay rules\ndate: 2024-03-11',
  'Ferry operators say new rules on compensation for delayed sailings will raise fares, a dispute the Baltic Union (BU) must now settle.',
  'The Maritime Commission (MC) drew up the rules last year.',
  'MC spokeswoman Ilse Varga admitted there were "loopholes" but said "they are far smaller than the operators claim".',
  'Owen Pryce opened the new terminal at Harwick on Monday, and Hamid Okafor attacked his rules.',
  'Operator chief Mr Okafor says he is "standing by" his prices. But the transport minister says it is time for the operators to pay their passengers back.',
].join('\n\n');
const AUDIT = [
  'title: Auditor warns councils over shredded invoices\ndate: 2024-04-02',
  'Auditor Lena Holt condemned the shredding of invoices by two councils.',
  'Ms Holt said: "Shredding invoices in order to hide spending is a crime."',
  'She also said councils should keep records for six years.',
].join('\n\n');
const TAX = [
  'title: Mayor defends housing tax\ndate: 2024-05-20',
  'Mayor Dana Kowal has gone on the offensive in response to critics questioning how a former banker can propose a housing tax.',
  'Ms Kowal, whose father ran a bakery, says the claim would mean no-one from business could ever reform taxes.',
  'The tax will be debated by the council in June.',
].join('\n\n');
const CURFEW = [
  'title: Town curfew plan questioned\ndate: 2024-06-03',
  'The town council wants a night curfew in the old quarter from July.',
  'Opposition leader Carla Menzies questioned what would be exempted from the curfew. She was keen to know if pupils at boarding schools would be allowed out. Ms Menzies asked: "Would it not be absurd if the pupils were locked in while their teachers went out?"',
  'Shopkeepers said the curfew would cost them trade.',
  'Harbour master Tom Reilly denied that boatmen had asked for the curfew.',
  'Fishermen\'s leader Nina Strand called the curfew a "gift to burglars" and vowed to fight it.',
  'Traders said the stalls, which were rebuilt in 2019 at a cost of £2m, had been left empty.',
  'The council admitted that the curfew would hit traders in the old quarter hardest.',
].join('\n\n');
/** Another article gives Owen Pryce his title. */
const PORT = [
  'title: New terminal opens\ndate: 2024-03-04',
  'Transport Minister Owen Pryce will open the new terminal at Harwick next week.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferries.txt': FERRIES,
    'port.txt': PORT,
    'audit.txt': AUDIT,
    'tax.txt': TAX,
    'curfew.txt': CURFEW,
  });
});

describe('what a speaker said, asked by another name', () => {
  it('a speaker asked by role and organisation: the role holder of that organisation, its acronym read as its words', () => {
    const r = engine.run('ask', 'what did the baltic union commision spokeswoman say about the loopholes');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^Ilse Varga admitted that there were/);
    expect(r.citations[0]?.text).toMatch(/far smaller than the operators claim/);
  });

  it('a role of another organisation is not that speaker', () => {
    const r = engine.run('ask', 'what did the baltic union police spokeswoman say about the loopholes');
    expect(r.answer ?? '').not.toMatch(/Ilse Varga/);
  });

  it("words the article gives under a speaker's title are theirs, not the last person named", () => {
    const r = engine.run('ask', 'what did pryce say about paying passengers back');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^Owen Pryce says that it is time/);
    expect(r.quotes[0]?.speaker).toBe('Owen Pryce');
  });

  it('a topic word no article writes does not keep the quote that has the others from answering', () => {
    const r = engine.run('ask', 'what did lena holt say about shredding invoices to dodge scrutiny');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Lena Holt said: .Shredding invoices in order to hide spending/);
    // Mostly words no article writes: not a topic of hers.
    expect(engine.run('ask', 'what did lena holt say about crypto wallet shredding').answer ?? '').not.toMatch(
      /Shredding invoices/,
    );
  });

  it('"why does X say ...": the reason is X\'s words on the matter, not the "to" of "in response to"', () => {
    const r = engine.run('ask', "why does kowal say it's wrong to claim a banker cant propose a housing tax");
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Dana Kowal says that the claim would mean no-one from business/);
    expect(r.citations[0]?.text).toMatch(/^Ms Kowal, whose father/);
  });

  it('"what was X\'s worry about Y": X\'s words beside the passage on Y that reports none', () => {
    const r = engine.run('ask', "what was menzies's worry about pupils");
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Carla Menzies said: .Would it not be absurd if the pupils were locked in/);
    expect(r.citations[0]?.text).toMatch(/^Ms Menzies asked/);
    expect(engine.run('ask', "what was menzies's worry about the harbour").answer ?? '').not.toMatch(/absurd/);
  });
});

describe('reported words retold with the verb the article reports them by', () => {
  it('a denial is retold as a denial, never as the speaker saying the words denied', () => {
    const r = engine.run('ask', 'what did reilly say about the curfew');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Tom Reilly denied that boatmen had asked for the curfew.');
    expect(r.answer).not.toMatch(/said that boatmen/);
  });

  it('words a verb takes as its object are retold as written, with no "that" the article does not have', () => {
    const r = engine.run('ask', 'what did nina strand say about the curfew');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^Nina Strand called the curfew a “?"?gift to burglars/);
  });
});

describe('a speaker typed as a word the question takes for no name', () => {
  it('"what did traders say", where the article also writes "traders" as a plain noun: their words, told as theirs', () => {
    const r = engine.run('ask', 'what did traders say');
    expect(r.found).toBe(true);
    expect(r.answer).toBe(
      'Traders said that the stalls, which were rebuilt in 2019 at a cost of £2m, had been left empty.',
    );
    expect(r.quotes[0]?.speaker).toBe('Traders');
  });

  it('"what did X not say" is not answered by what they said', () => {
    expect(engine.run('ask', 'what did traders not say').answer ?? '').not.toMatch(/Traders said that/);
  });

  it('their words must hold what the question asks about', () => {
    expect(engine.run('ask', 'what did traders say about the loopholes').answer ?? '').not.toMatch(/Traders said that/);
  });
});

describe('words of a set phrase name nothing asked about', () => {
  let court: Engine;
  beforeAll(async () => {
    court = await engineFor({
      'court.txt': [
        'title: Harbour trial\ndate: 2024-09-01',
        'The Lund family were arrested because of a family connection to the ferry owner.',
        'A place on the harbour board was offered to the owner in March.',
      ].join('\n\n'),
    });
  });

  it('"in the first place" asks no "place"', () => {
    expect(court.run('ask', 'why were the lunds arrested in the first place?').answer).toMatch(/family connection/);
  });
});

describe('a function word in a name', () => {
  it('"Inc" in a name the articles write without it does not make the name unknown', async () => {
    const firm = await engineFor({
      'firm.txt': [
        'title: Ferry sale\ndate: 2024-10-01',
        'Harbour Holdings bought the Lund ferry company in May.',
      ].join('\n\n'),
    });
    expect(firm.run('ask', 'what did Harbour Holdings Inc buy in May?').answer).toMatch(/ferry company/);
  });
});
