// Yes/no questions on short articles written for these tests: restated claims say Yes, negated
// ones, opposites and other values say No, and a passage that settles nothing says nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { anyOf, smallAntonyms } from '../src/answer/antonyms.js';
import { clausesOf } from '../src/answer/clauses.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'trial.txt': [
      'title: Harbour fraud trial opens',
      'The former harbour director Tomas Brennick pleaded not guilty to fraud charges on Monday.',
      'His lawyer, Ines Varga, said the court would hear from twelve witnesses.',
      'A jury found the deputy director, Lena Okafor, innocent of bribery last year.',
      'Brennick denied taking money from the port fund.',
      'The inquiry was led by Mira Sandoval, deputy head of the customs office.',
      'The trade mission was headed by Ola Strand, deputy head of the fisheries office in Tromso and it was the first such mission since 2019.',
      'The budget that the harbour board approved was never published.',
      'Brennick is unlikely to be convicted, his lawyer said.',
      "Brennick's brother pleaded guilty to contempt of court.",
      'The port clerk, Ola Fenn, 44, of Ashby, admitted three counts of theft at the same court.',
    ].join('\n\n'),
    'levy.txt': [
      'title: Tourist levy approved',
      'The tourist levy was backed by councillors on Tuesday by 30 votes to 4.',
      'The mayor said the money would pay for new toilets on the seafront.',
      'Hoteliers said a legal challenge to the levy was unlikely.',
      'More protests against the levy are planned for the summer if it is not dropped.',
      'Hoteliers plan to close their bars for a day.',
    ].join('\n\n'),
    'summit.txt': [
      'title: Fishing talks',
      'The fisheries delegation visited Oslo for two days of talks on quotas.',
      'Catches of cod fell 13% last year, the ministry said.',
      'Salmon exports rose in 2022 but fell in 2023.',
      'The ministers agreed unanimously to extend the ban on night trawling.',
      'Inspector Halvard Moe said he believed the stocks could still recover within a decade.',
      'The minister said the talks in Reykjavik last spring had built trust between the fleets.',
      'The quota vote in March was close.',
      'An adviser said that the meetings in Narvik greatly improved the skippers’ standing with the ministry.',
    ].join('\n\n'),
    'grant.txt': [
      'title: Harbour grant talks',
      'The Kirkby meetings on the harbour grant ended on Friday. Skippers from Fenwick stayed away.',
      "Skipper representatives, on the other hand, expressed appreciation for the council's efforts towards a settlement and Kirkby's rule and potential in helping the Ashwell people build a new harbour.",
    ].join('\n\n'),
    'clinic.txt': [
      'title: Clinic figures',
      'Waiting times for hip operations in Tromso have fallen for the first time in five years.',
    ].join('\n\n'),
    'mill.txt': [
      'title: Mill fire case reopened',
      "Arvid Lunde's father Petter was arrested when travelling to Bergen from Oslo. He died while serving his sentence.",
    ].join('\n\n'),
    'buses.txt': [
      'title: Bus drivers pension review',
      'The transport board has confirmed it is reviewing the pension scheme for bus drivers. The board says drivers will be consulted before any changes are made.',
    ].join('\n\n'),
    'records.txt': [
      'title: Council deletes messages',
      'The city council ordered staff to delete text messages older than a month.',
      'Critics said the deletion of the messages was timed to dodge the new transparency rules. A council spokesman said the move was not about the new rules.',
    ].join('\n\n'),
    'spending.txt': [
      'title: Spending row before the election',
      'Finance minister Ola Brekke has denied planning a spending spree before the election. Union leader Per Holm criticised the plans.',
      'Business leader Karin Dahl warned the minister not to waste any extra revenue. Her message to the minister was: "Please do not spend it on election gifts." Ms Dahl added: "I do not think he will. I must say he has been a prudent minister all along."',
    ].join('\n\n'),
    'embassy.txt': [
      'title: Export figures',
      "Ingrid Lund, who runs the Danish embassy's trade office, said exports had grown.",
      'Inspectors said the old footbridge over the canal was safe.',
    ].join('\n\n'),
    'ferry.txt': [
      'title: Ferry refunds',
      'Ferry operators do not have to refund passengers if sailings are cancelled because of storms.',
      'The operators said the new timetable would start in spring.',
      'The regulator said that to sell the same ticket twice becomes a breach of licence.',
      'The regulator added that the review does not mean that the night route will be closed.',
    ].join('\n\n'),
  });
});

describe('yes/no questions', () => {
  it('a plan asked is settled by the plan stated; a deed only planned is not done', () => {
    expect(engine.run('ask', 'are more protests planned').answer).toMatch(/^Yes/);
    expect(engine.run('ask', 'did hoteliers close their bars').found).toBe(false);
  });

  it('reads a name typed in lower case after "was" as the name, not a verb in "-ing"', async () => {
    const club = await engineFor({
      'club.txt': [
        'title: Club treasurer steps down\ndate: 2024-02-10',
        'Mark Dowling joined the club in 1990. He was treasurer of the Elmfield Rowing Club for six years.',
      ].join('\n\n'),
    });
    const r = club.run('ask', 'was dowling the treasurer');
    expect(r.answer).toMatch(/^Yes: /);
    // Nor does the name, read as a verb, stand for a deed the article never writes.
    expect(club.run('ask', 'who represented dowling').found).toBe(false);
  });

  it('a title before a surname is no part of the name; "was X the head of Y" is settled by "Y was headed by X"', async () => {
    const trip = await engineFor({
      'trip.txt': [
        'title: Norland envoys in Portmere\ndate: 2024-03-02',
        'A Norland delegation recently visited Portmere to discuss the treaty. The delegation was headed by Ivo Marrick, a deputy minister.',
        'Norland leader Marrick said the talks had gone well. Ola Brandt, the foreign secretary, met the delegation.',
      ].join('\n\n'),
    });
    const head = trip.run('ask', 'was marrick the head of the delegation?');
    expect(head.answer).toMatch(/^Yes: The delegation was headed by Ivo Marrick/);
    // The title "of the delegation" asked of one who only met it is not settled by who headed it.
    expect(trip.run('ask', 'was brandt the head of the delegation?').answer ?? '').not.toMatch(/^Yes/);
    const r = trip.run('ask', 'is marrick the leader of the delegation?');
    // "leader" read as a word of "Norland leader Marrick" had taken "a Norland delegation recently
    // visited" for a Yes, citing a sentence that says nothing of who leads.
    expect(r.citations[0]?.text ?? '').not.toMatch(/visited/);
    expect(r.answer ?? '').not.toMatch(/visited/);
  });

  it('says Yes when a clause restates the claim', () => {
    const r = engine.run('ask', 'Did the ministers agree unanimously to extend the ban?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^Yes: .*unanimously/);
    expect(r.citations[0]!.text).toMatch(/agreed unanimously/);
  });

  it('takes a belief reported by its speaker, and a modal, as a Yes', () => {
    const r = engine.run('ask', 'does inspector moe think the stocks can recover?');
    expect(r.answer).toMatch(/^Yes: /);
    expect(r.citations[0]!.text).toMatch(/could still recover/);
  });

  it('a verb of saying with a plain object states a deed: "admitted three counts of theft"', () => {
    expect(engine.run('ask', 'did fenn admit the theft').answer).toMatch(/^Yes: admitted three counts of theft/);
    expect(engine.run('ask', 'did fenn deny the theft').answer).toMatch(/^No: admitted three counts of theft/);
  });

  it('an active claim is settled by a passive passage that names its doer after "by"', () => {
    expect(engine.run('ask', 'did councillors back the tourist levy').answer).toMatch(
      /^Yes: .*was backed by councillors/,
    );
    expect(engine.run('ask', 'did the mayor back the tourist levy').found).toBe(false);
  });

  it('a likelihood asked is settled by the passage\'s own "unlikely"', () => {
    expect(engine.run('ask', 'is a legal challenge to the levy likely').answer).toMatch(/^No: .*unlikely/);
    expect(engine.run('ask', 'is a legal challenge to the levy unlikely').answer).toMatch(/^Yes: .*unlikely/);
  });

  it('says No when the passage negates the claim', () => {
    const r = engine.run('ask', 'has brennick pleaded guilty?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^No: pleaded not guilty/);
    expect(r.citations[0]!.doc).toBe('trial');
    expect(
      engine.run('ask', 'do ferry operators have to refund passengers if sailings are cancelled because of storms')
        .answer,
    ).toMatch(/^No: .*do not have to refund/);
  });

  it('a subject with prepositions after it ("waiting times for hip operations in Tromso") is its opening noun phrase', () => {
    expect(engine.run('ask', 'did waiting times rise').answer).toMatch(/^No\b/);
    expect(engine.run('ask', 'have waiting times fallen').answer).toMatch(/^Yes\b/);
    expect(engine.run('ask', 'did tromso fall').answer ?? '').not.toMatch(/^(Yes|No)\b/);
  });

  it('says No when the passage gives another place or number', () => {
    const place = engine.run('ask', 'Did the fisheries delegation visit Bergen?');
    expect(place.answer).toMatch(/^No: .*Oslo/);
    const number = engine.run('ask', 'Did catches of cod fall 20%?');
    expect(number.answer).toMatch(/^No: .*13%/);
  });

  it('a subject named by its noun is not settled by a clause about another thing its modifier names', () => {
    // "the Kirkby meetings" are meetings: "Kirkby's rule and potential in helping Ashwell" says nothing of them.
    const reply = engine.run('ask', 'did the kirkby meetings help fenwick');
    expect(reply.answer ?? '').not.toMatch(/^No/);
    expect(reply.found).toBe(false);
  });

  it('a role given only in an apposition settles "is X the N of Y"; a deputy is not the head', () => {
    expect(engine.run('ask', 'is ola strand the deputy head of the fisheries office in tromso?').answer).toMatch(
      /^Yes: Ola Strand, deputy head of the fisheries office/,
    );
    expect(engine.run('ask', 'is ola strand the head of the fisheries office?').answer).toMatch(
      /^No: Ola Strand, deputy head of the fisheries office/,
    );
  });

  it('an adjective asked of someone is not said by the same adjective before another noun', () => {
    expect(engine.run('ask', 'is ingrid lund danish').found).toBe(false);
    expect(engine.run('ask', 'Is Lund Danish?').found).toBe(false);
    expect(engine.run('ask', 'is the footbridge safe?').answer).toMatch(/^Yes: .*was safe/);
  });

  it('reads a place typed in lower case after "did X visit" as the place, not the verb', () => {
    expect(engine.run('ask', 'did the fisheries delegation visit bergen?').answer).toMatch(/^No: .*visited Oslo/);
  });

  it('a subordinate clause\'s subject is the noun its prepositions hang from ("that the meetings in Narvik improved"), and a plural\'s possessive apostrophe is no quote that ends it', () => {
    expect(engine.run('ask', 'did the meetings in narvik improve the skippers standing?').answer).toMatch(/^Yes:/);
  });

  it('a noun phrase that places a thing settles where it was: "the talks in Reykjavik"', () => {
    expect(engine.run('ask', 'were the talks in bergen?').answer).toMatch(/^No: the talks in Reykjavik/);
    expect(engine.run('ask', 'did the talks take place in Reykjavik?').answer).toMatch(/^Yes: the talks in Reykjavik/);
    // A month after "in" is no other place.
    expect(engine.run('ask', 'was the quota vote in Bergen?').found).toBe(false);
  });

  it('asks of an event by its noun: the clause whose verb is that event settles it', () => {
    expect(engine.run('ask', 'was the visit in Bergen?').answer).toMatch(/^No: .*visited Oslo/);
    expect(engine.run('ask', 'was the visit in oslo?').answer).toMatch(/^Yes: .*visited Oslo/);
  });

  it('says No by an opposite, whichever voice the question takes', () => {
    expect(engine.run('ask', 'Was Lena Okafor found guilty of bribery?').answer).toMatch(/^No: .*innocent of bribery/);
    expect(engine.run('ask', 'Did the jury find Lena Okafor guilty?').answer).toMatch(/^No: .*innocent/);
    expect(engine.run('ask', 'was lena okafor found innocent of bribery').answer).toMatch(/^Yes: .*innocent/);
  });

  it('judges by the clause that holds the claim', () => {
    expect(engine.run('ask', 'Did salmon exports rise in 2023?').answer).toMatch(/^No: fell in 2023/);
    expect(engine.run('ask', 'Did salmon exports rise in 2022?').answer).toMatch(/^Yes: .*rose in 2022$/);
  });

  it('reads a name set off by commas, and a relative clause, as part of their sentence', () => {
    expect(engine.run('ask', 'Is Mira Sandoval the deputy head of the customs office?').answer).toMatch(
      /^Yes: deputy head of the customs office/,
    );
    expect(engine.run('ask', 'Was the budget published?').answer).toMatch(/^No: was never published/);
  });

  it("does not take someone's brother for them", () => {
    expect(engine.run('ask', 'Has Brennick pleaded guilty to contempt of court?').found).toBe(false);
  });

  it('reads "he" in the next sentence as the one that sentence was about, and a participle clause as part of its clause', () => {
    const r = engine.run('ask', "did arvid lunde's dad die in prison?");
    expect(r.answer).toMatch(/^Yes: He died while serving his sentence/);
    expect(r.citations[0]!.doc).toBe('mill');
    // "He" is the father: nothing is said of Arvid Lunde's own death.
    expect(engine.run('ask', 'did arvid lunde die in prison?').found).toBe(false);
    // The places are the journey's, not the arrest's; and Petter is not another place.
    for (const place of ['bergen', 'oslo', 'stavanger'])
      expect(engine.run('ask', `was arvid lunde's father arrested in ${place}?`).answer ?? '', place).not.toMatch(
        /^(Yes|No)\b/,
      );
  });

  it('takes a paraphrase of several words, and a noun its paragraph has already narrowed', () => {
    const r = engine.run('ask', 'has the transport board said drivers will get a say before any pension changes?');
    expect(r.answer).toMatch(/^Yes: drivers will be consulted/);
    expect(r.citations[0]!.text).toMatch(/^The board says drivers will be consulted/);
    // The paragraph speaks of pensions, not of timetables.
    expect(
      engine.run('ask', 'has the transport board said drivers will get a say before any timetable changes?').answer ??
        '',
    ).not.toMatch(/^(Yes|No)\b/);
  });

  it('reads "the move" as the deed the text before it names', () => {
    const r = engine.run('ask', 'did the council say the message purge was about the new transparency rules?');
    expect(r.answer).toMatch(/^No: the move was not about the new rules$/);
    expect(r.citations[0]!.text).toMatch(/^A council spokesman said/);
    // Nothing before "the move" speaks of a budget.
    expect(
      engine.run('ask', 'did the council say the budget cut was about the new transparency rules?').answer ?? '',
    ).not.toMatch(/^(Yes|No)\b/);
  });

  it('reads the speaker\'s own quotes, and "he" in them as the person named last before', () => {
    const r = engine.run('ask', 'does karin dahl reckon brekke has been careful with money as minister?');
    expect(r.answer).toMatch(/^Yes: he has been a prudent minister all along$/);
    expect(r.citations[0]!.text).toMatch(/^I must say he has been a prudent minister all along/);
    // "he" is the minister, not the union leader named in the paragraph before.
    expect(engine.run('ask', 'does karin dahl reckon per holm has been careful with money?').answer ?? '').not.toMatch(
      /^(Yes|No)\b/,
    );
  });

  it('takes a request, a warning or what a negation frames for no statement', () => {
    // "Please do not spend it ..." asks, and "warned the minister not to waste" advises: neither says he will not.
    for (const q of [
      'does karin dahl think brekke will spend it on election gifts?',
      'does karin dahl think the minister will waste extra revenue?',
    ])
      expect(engine.run('ask', q).answer ?? '', q).not.toMatch(/^(Yes|No)\b/);
    // "does not mean that X" leaves X open.
    expect(engine.run('ask', 'did the regulator say the night route will be closed?').answer ?? '').not.toMatch(
      /^(Yes|No)\b/,
    );
    // An infinitive that is the subject of a statement is no advice.
    expect(
      engine.run('ask', 'did the regulator say selling the same ticket twice would be a breach of licence?').answer,
    ).toMatch(/^Yes: .*becomes a breach of licence$/);
  });

  it("does not take a deputy for the head: the deputy's title says No", () => {
    expect(engine.run('ask', 'Is Mira Sandoval the head of the customs office?').answer).toMatch(
      /^No: Mira Sandoval, deputy head of the customs office/,
    );
  });

  it('reads a denial as saying the opposite, and a question about the denial as its claim', () => {
    expect(engine.run('ask', 'Did Brennick say he took money from the port fund?').answer).toMatch(
      /^No: Brennick denied/,
    );
    expect(engine.run('ask', 'Has Brennick denied taking money from the port fund?').answer).toMatch(
      /^Yes: Brennick denied/,
    );
  });

  it('does not take a plan or a hedge for a fact', () => {
    expect(engine.run('ask', 'Have the stocks recovered?').found).toBe(false);
    expect(engine.run('ask', 'Will Brennick be convicted?').found).toBe(false);
  });

  it('says the articles do not settle it when no passage does', () => {
    for (const q of [
      'Did the ministers ban daytime trawling for cod?',
      'Will the witnesses be paid?',
      'Was the harbour director born in Oslo?',
    ]) {
      const r = engine.run('ask', q);
      expect(r.found, q).toBe(false);
      expect(r.message).toBeTruthy();
    }
  });

  it('leaves "A or B?" and "can you tell me who ...?" to the passage answer', () => {
    expect(engine.run('ask', 'Did catches of cod fall or rise last year?').answer ?? '').not.toMatch(/^(Yes|No)\b/);
    expect(engine.run('ask', 'Can you tell me who led the inquiry?').answer ?? '').not.toMatch(/^(Yes|No)\b/);
  });
});

describe('yes/no building blocks', () => {
  it('reads antonyms both ways, and joins a fuller source to them', () => {
    expect(smallAntonyms('guilty')).toContain('innocent');
    expect(smallAntonyms('innocent')).toContain('guilty');
    expect(smallAntonyms('table')).toEqual([]);
    const fuller = anyOf(smallAntonyms, (lemma) => (lemma === 'guilty' ? ['blameless', 'innocent'] : []));
    expect(fuller('guilty')).toEqual(['innocent', 'blameless']);
  });

  it('gives a clause with no subject of its own the one before it', () => {
    const t = (text: string, pos: string, lemma = text.toLowerCase()) => ({ text, pos, lemma, start: 0, end: 0 });
    const toks = [
      t('Mr', 'PROPN'),
      t('Brennick', 'PROPN'),
      t(',', 'PUNCT'),
      t('who', 'PRON'),
      t('was', 'AUX', 'be'),
      t('ill', 'ADJ'),
      t(',', 'PUNCT'),
      t('pleaded', 'VERB', 'plead'),
      t('not', 'PART'),
      t('guilty', 'ADJ'),
    ];
    const clauses = clausesOf(toks);
    const last = clauses[clauses.length - 1]!;
    expect(last.subject.map((i) => toks[i]!.text)).toEqual(['Mr', 'Brennick']);
  });
});
