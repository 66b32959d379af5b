import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { renderText } from '../src/cli/render-text.js';
import { buildDocument } from '../src/store/build-document.js';
import { engineFor } from './engine/seed-engine.js';

/** The quotes of a short article written for the test, with the words of each quoted part. */
function quotesOf(paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  const doc = buildDocument({ id: 'a', path: 'a.txt', fingerprint: 'f', text });
  const speakerOf = (key: string | null) => doc.entities.find((e) => e.key === key)?.name ?? null;
  return doc.quotes.map((q) => ({
    ...q,
    name: speakerOf(q.speaker) ?? q.speakerText,
    parts: q.quoted.map((p) => text.slice(p.start, p.end)),
    offsetsHold: q.text === text.slice(q.start, q.end),
  }));
}

const find = <T extends { text: string }>(quotes: T[], fragment: string): T => {
  const q = quotes.find((x) => x.text.includes(fragment));
  if (!q) throw new Error(`no quote holds “${fragment}”: ${quotes.map((x) => x.text).join(' | ')}`);
  return q;
};

describe('quote kinds: direct, mixed and reported', () => {
  const quotes = quotesOf([
    'Harbour council backs ferry plan',
    'Mayor Ingrid Holm said the new ferry would be “a lifeline for the islands” and should start in May.',
    '“We have waited long enough,” Holm said. “The boats are ready.”',
    'Councillor Tomas Berg called the timetable “wildly optimistic.”',
    'Berg added perhaps the harbour could not cope with the extra traffic.',
    'The port authority said in a statement that the quay needed repairs first.',
  ]);

  it('keeps a reported clause holding quoted words whole, as mixed, with the quoted words apart', () => {
    const q = find(quotes, 'lifeline');
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('the new ferry would be “a lifeline for the islands” and should start in May.');
    expect(q.parts).toEqual(['a lifeline for the islands']);
    expect(q.name).toBe('Ingrid Holm');
    expect(q.offsetsHold).toBe(true);
  });

  it('goes on with the quotation past what the cue itself reports ("said Holm, speaking of the fares.")', () => {
    const q = quotesOf([
      'Fares',
      '“The fares are too high,” said Mayor Ingrid Holm, speaking of the island routes. “Families cannot pay them.”',
    ]).find((x) => x.text.startsWith('The fares'))!;
    expect(q.parts).toEqual(['The fares are too high,', 'Families cannot pay them.']);
    expect(q.name).toBe('Ingrid Holm');
  });

  it('keeps one quotation that its cue interrupts as one direct quote of two parts', () => {
    const q = find(quotes, 'waited long enough');
    expect(q.kind).toBe('direct');
    expect(q.parts).toEqual(['We have waited long enough,', 'The boats are ready.']);
    expect(q.name).toBe('Ingrid Holm');
    expect(quotes.filter((x) => x.text.includes('The boats are ready'))).toHaveLength(1);
  });

  it('reads quoted words under a verb that is not a speech verb as the speaker’s, the clause whole', () => {
    const q = find(quotes, 'wildly optimistic');
    expect(q.kind).toBe('mixed');
    expect(q.text.startsWith('the timetable')).toBe(true);
    expect(q.cue).toBe('called');
    expect(q.name).toBe('Tomas Berg');
  });

  it('never cuts a hedge out of reported speech, and drops only "that" and the lead-in', () => {
    expect(find(quotes, 'could not cope').text).toBe('perhaps the harbour could not cope with the extra traffic.');
    const port = find(quotes, 'quay needed repairs');
    expect(port.kind).toBe('reported');
    expect(port.text).toBe('the quay needed repairs first.');
    expect(port.parts).toEqual([]);
  });
});

describe('quotations over paragraphs, colons and transcripts', () => {
  it('takes the speaker from a colon that closes the paragraph before, and runs an open quotation into the next paragraph', () => {
    const quotes = quotesOf([
      'Orchard growers warn of losses',
      'Later, Paula Lindqvist continued:',
      '“The frost took half the blossom this year. We cannot insure against that.',
      '“Next year we will plant later varieties.”',
    ]);
    const q = find(quotes, 'frost took half');
    expect(q.name).toBe('Paula Lindqvist');
    expect(q.parts).toEqual([
      'The frost took half the blossom this year. We cannot insure against that.',
      'Next year we will plant later varieties.',
    ]);
  });

  it('gives each line of an interview transcript to the speaker its capitalised label names', () => {
    const quotes = quotesOf([
      'Interview with the mayor',
      'Radio host Lena Ek spoke to Mayor Ivo Sand on Monday.',
      '"EK: Will the ferry start in May?',
      '"SAND: It will, unless the quay repairs run late.',
    ]);
    const ek = find(quotes, 'Will the ferry start');
    expect(ek.text).toBe('Will the ferry start in May?');
    expect(ek.name).toBe('Lena Ek');
    const sand = find(quotes, 'unless the quay');
    expect(sand.name).toBe('Ivo Sand');
    expect(sand.speakerMention?.text).toBe('SAND');
  });

  it('reads a straight mark after a space and before a word as a new quotation, not the close of the last', () => {
    const quotes = quotesOf([
      'Budget row',
      'Minister Carl Nyberg said: "The review is under way and we will report shortly. "Calling it a purge is absurd."',
    ]);
    const q = find(quotes, 'review is under way');
    expect(q.parts).toEqual(['The review is under way and we will report shortly.', 'Calling it a purge is absurd.']);
    expect(q.name).toBe('Carl Nyberg');
  });

  it('does not take a quoted title for a quote, even beside a cue or with its comma inside the marks', () => {
    const quotes = quotesOf([
      'TV row',
      'The mayor appeared on “Morning Harbour” on Friday. Mayor Ingrid Holm told “Harbour Radio,” that “the ferry will run.”',
    ]);
    expect(quotes.some((q) => q.kind === 'direct' && /Morning Harbour|Harbour Radio/.test(q.parts.join(' ')))).toBe(
      false,
    );
    expect(find(quotes, 'the ferry will run').parts).toEqual(['the ferry will run.']);
  });
});

describe('cues after the quotation', () => {
  const quotes = quotesOf([
    'Readers respond',
    '“The ferry is late again. Why do we pay for it?” ― Maja Strand\n“We love the new boats.” ― Erik Lund.',
    '“Will the council ever listen?” he asks.',
    '“Nobody asked the fishermen,” harbour master Ola Vik complained.',
    '“We will publish the figures,” deputy harbour commission chairman Nils Aas said on Friday.',
    '“Prices will rise.” The council meets again next week.',
  ]);

  it('takes the name after a dash as the speaker of the quotation before it', () => {
    expect(find(quotes, 'ferry is late').name).toBe('Maja Strand');
    expect(find(quotes, 'new boats').name).toBe('Erik Lund');
  });

  it('reads any verb whose subject follows the closing mark as the cue, and a long title before the name', () => {
    expect(find(quotes, 'Nobody asked').cue).toBe('complained');
    expect(find(quotes, 'Nobody asked').speakerMention?.text).toMatch(/Ola Vik$/);
    expect(find(quotes, 'publish the figures').speakerMention?.text).toMatch(/Nils Aas$/);
  });

  it('does not make the next sentence’s subject the speaker unless its verb is a speech verb', () => {
    expect(find(quotes, 'Will the council ever listen').cue).toBe('asks');
    expect(quotes.some((q) => q.text.includes('Prices will rise') && q.cue === 'meets')).toBe(false);
  });
});

describe('what was said before its cue, and speakers written around the verb', () => {
  const quotes = quotesOf([
    'Ferry hearing',
    'The new timetable, Mayor Ingrid Holm said, would cut waiting times by half.',
    'The fares are still too high for families, the Ferry Users Association said.',
    'It would take two weeks to repair the quay, she said, and the delay could cost the season.',
    'The first boats could sail this week, said Nils Aas, a longtime adviser to the harbour board.',
    'Ferries run late because of the weather, according to the annual report.',
    'The board heard from a skipper who said he was never paid for the extra crossings.',
  ]);

  it('takes the whole sentence around ", X said," as what was said', () => {
    expect(find(quotes, 'new timetable').text).toBe(
      'The new timetable, Mayor Ingrid Holm said, would cut waiting times by half.',
    );
  });

  it('takes what comes before ", X said" as what was said, and nothing after it', () => {
    expect(find(quotes, 'fares are still').text).toBe('The fares are still too high for families');
    expect(find(quotes, 'repair the quay').text).toBe('It would take two weeks to repair the quay');
    const aas = find(quotes, 'first boats');
    expect(aas.text).toBe('The first boats could sail this week');
    expect(aas.name).toBe('Nils Aas');
  });

  it('lets a document or a common noun be the source after "according to", and "who" stand for the noun before it', () => {
    expect(find(quotes, 'because of the weather').speakerText).toBe('annual report');
    const skipper = find(quotes, 'never paid');
    expect(skipper.speakerMention?.text).toBe('who');
    expect(skipper.speakerText).toBe('skipper');
  });
});

describe('showing quotes: only what was said stands in quotation marks', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor({
      'ferry.txt': [
        'title: Ferry plan approved\ndate: 2024-05-02',
        'Mayor Ingrid Holm said the council would perhaps review the fares next year.',
        '“We have waited long enough,” Holm said. “The boats are ready.”',
      ].join('\n\n'),
    });
  });

  it('lists reported speech as the article reports it, hedge and all, with no quotation marks', () => {
    const text = renderText(engine.run('quote', 'Holm'));
    const reported = text.split('\n').find((l) => l.includes('review the fares'))!;
    expect(reported).toContain(
      'Ingrid Holm, as the article reports: the council would perhaps review the fares next year.',
    );
    expect(reported).not.toMatch(/[“”"]/);
    expect(text).toContain('Ingrid Holm: “We have waited long enough,” … “The boats are ready.”');
  });

  it('cites a quote by its own words without the lead-in, every part of it, then speaker, title, date and paragraph', () => {
    const direct = engine.run('cite', 'We have waited long enough');
    expect(direct.answer).toBe(
      '“We have waited long enough,” … “The boats are ready.” — Ingrid Holm, in “Ferry plan approved”, 2024-05-02, paragraph 2',
    );
    const reported = engine.run('cite', 'the council would perhaps review the fares');
    expect(reported.answer).toBe(
      'Ingrid Holm, as the article reports: the council would perhaps review the fares next year. — in “Ferry plan approved”, 2024-05-02, paragraph 1',
    );
  });
});

describe('facts keep what frames them, and whole numbers', () => {
  const facts = buildDocument({
    id: 'a',
    path: 'a.txt',
    fingerprint: 'f',
    text: [
      'Mill vote',
      'Just because the board is reviewing the lease, it does not mean that they will sell the mill. He added perhaps the growers want to get some concessions.',
      'Forty-eight million people watched the debate. The council will probably approve the plan.',
    ].join('\n\n'),
  }).facts;
  const fact = (object: string) => facts.find((f) => f.object === object)!;

  it('keeps a negated frame and a hedge as the article words them', () => {
    expect(fact('the mill').frame).toBe('it does not mean that');
    expect(fact('some concessions').frame).toBe('perhaps');
    expect(fact('the plan').relation).toBe('will probably approve');
    expect(fact('the lease').frame).toBeNull();
  });

  it('keeps a number written out with a hyphen whole', () => {
    expect(fact('the debate').subject).toBe('Forty-eight million people');
  });
});

describe('more ways a speaker is written', () => {
  const quotes = quotesOf([
    'Harbour hearing',
    '“Why is the quay still closed?” Councillor Berg demanded.',
    'Said harbour master Ola Vik: “The repairs take time.”',
    '“We will reopen in May,” said Vik, who has run the harbour since 2010.',
    '“The boats are ready,” he said.',
    '“The crews are waiting for the word.”',
  ]);

  it('reads verbs that only ever cue a quotation set beside them', () => {
    expect(find(quotes, 'quay still closed').cue).toBe('demanded');
  });

  it('reads an inverted cue opening the sentence', () => {
    expect(find(quotes, 'repairs take time').speakerMention?.text).toMatch(/Ola Vik$/);
  });

  it('gives a cue-less quotation opening the next paragraph to the speaker of the paragraph before', () => {
    const q = find(quotes, 'boats are ready');
    expect(q.parts).toEqual(['The boats are ready,', 'The crews are waiting for the word.']);
    expect(q.speakerMention?.text).toBe('he');
  });
});

describe('attributions beyond speech verbs, and what is not one', () => {
  const quotes = quotesOf([
    'Ferry report',
    'Poll: Islanders back the new ferry timetable.',
    'A survey of island households found that most families use the ferry weekly.',
    'The harbour master spoke about the cost of the new quay. Later, Mayor Holm posted online, saying the fares would fall.',
    '“The quay will be ready,” Holm said on Saturday at the harbour festival, where the band also played.',
    'The crossing was cancelled twice, said one skipper on the pier.',
  ]);

  it('reads a headline’s source before its colon, and a survey’s finding', () => {
    expect(find(quotes, 'Islanders back').speakerText).toBe('Poll');
    expect(find(quotes, 'most families use the ferry').cue).toBe('found');
  });

  it('reads what someone spoke about, and a participle after a comma as the subject’s', () => {
    expect(find(quotes, 'the cost of the new quay').cue).toBe('spoke');
    expect(find(quotes, 'the fares would fall').name).toBe('Holm');
  });

  it('takes no circumstance of the saying ("on Saturday at the festival") for what was said', () => {
    expect(quotes.some((q) => q.text.startsWith('on Saturday'))).toBe(false);
    expect(quotes.some((q) => q.text.includes('one skipper on the pier'))).toBe(false);
    expect(find(quotes, 'crossing was cancelled').text).toBe('The crossing was cancelled twice');
  });
});

describe('a description stands for the one it describes', () => {
  const quotes = quotesOf([
    'Ferry row',
    'Harbour spokesman Erik Lund said the boats were late. Mayor Ingrid Holm defended the timetable.',
    'The spokesman said the crews had been ill. The mayor said she would review the fares.',
  ]);

  it('reads "the spokesman" and "the mayor" as the people named with those roles, the words as written kept as the mention', () => {
    const spokesman = find(quotes, 'crews had been ill');
    expect(spokesman.name).toBe('Erik Lund');
    expect(spokesman.speakerMention?.text).toBe('The spokesman');
    expect(find(quotes, 'review the fares').name).toBe('Ingrid Holm');
  });

  it('a person set off by commas after a title is its holder, who speaks ("The Minister for Ports, Ann Berg, said")', () => {
    const titled = quotesOf([
      'Ferry row',
      'The Minister for the Harbour, Ann Berg, said: "The boats will sail in May."',
      'Ola Vik, the head of the Ferry Union, said the crews were ready.',
    ]);
    expect(find(titled, 'boats will sail').name).toBe('Ann Berg');
    expect(find(titled, 'crews were ready').name).toBe('Ola Vik');
  });

  it('a plural description ("the spokesmen") stands for no one person', () => {
    const plural = quotesOf([
      'Ferry row',
      'Harbour spokesman Erik Lund said the boats were late.',
      'The spokesmen said the crews had been ill.',
    ]);
    expect(find(plural, 'crews had been ill').name).not.toBe('Erik Lund');
  });
});

describe('marks that do not match', () => {
  it('lets a straight mark close a curly one and the other way round, as copy often has it', () => {
    const quotes = quotesOf([
      'Hearing',
      '"The quay has a huge backlog of repairs,” said Nils Aas, an engineer at the harbour board.',
      '“Immunity deals should not be a requirement," harbour chairman Ola Vik said in a statement.',
      '“The ferry is late again,” said one skipper on the pier.',
    ]);
    expect(find(quotes, 'huge backlog').text).toBe('The quay has a huge backlog of repairs,');
    expect(find(quotes, 'huge backlog').speakerMention?.text).toMatch(/Nils Aas$/);
    expect(find(quotes, 'Immunity deals').speakerMention?.text).toMatch(/Ola Vik$/);
    expect(find(quotes, 'ferry is late').speakerMention?.text).toBe('one skipper');
  });
});

describe('"she" and "he" skip a person the text marks as the other sex', () => {
  it('reads "she" as the woman named before a man', () => {
    const quotes = quotesOf([
      'Ferry row',
      'Chairwoman Petra Lindqvist met Mr. Arvid Holm on Monday. She said the fares would fall. He said the boats were late.',
    ]);
    expect(find(quotes, 'fares would fall').name).toBe('Petra Lindqvist');
    expect(find(quotes, 'boats were late').name).toMatch(/Arvid Holm$/);
  });
});

describe('progressive and passive cues', () => {
  const quotes = quotesOf([
    'Harbour',
    'Council leader Nils Aas is demanding that the harbour pay for the new quay. Passengers were told the ferry would be late.',
    'Mayor Ingrid Holm is confirming that the fares will fall in May.',
  ]);

  it('reads "is demanding", "is confirming" as the speaker’s own, and a passive "were told" as no one’s', () => {
    expect(find(quotes, 'pay for the new quay').cue).toBe('demanding');
    expect(find(quotes, 'fares will fall').name).toBe('Ingrid Holm');
    expect(quotes.some((q) => q.text.includes('ferry would be late'))).toBe(false);
  });
});

describe('marks set the wrong way round, and quotations inside quotations', () => {
  it('opens a quotation at a closing curly mark set where an opening one belongs', () => {
    const quotes = quotesOf(['Readers', '”Fear. I am truly afraid the ferry will close.” ― Edwin Moreno.']);
    expect(find(quotes, 'truly afraid').parts).toEqual(['Fear. I am truly afraid the ferry will close.']);
    expect(find(quotes, 'truly afraid').name).toBe('Edwin Moreno');
  });

  it('does not let a quotation nested inside a straight-quoted transcript line close it', () => {
    const quotes = quotesOf([
      'Interview',
      'Radio host Lena Ek spoke to Mayor Ivo Sand on Monday.',
      '"SAND: Well, look, the council thinks this is an episode of “Harbour Wars.” But this is serious business.',
    ]);
    expect(find(quotes, 'serious business').text).toBe(
      'Well, look, the council thinks this is an episode of “Harbour Wars.” But this is serious business.',
    );
  });
});

describe('when is never who', () => {
  it('reads the speaker before a time ("Holm on Tuesday said"), never the day itself', () => {
    const quotes = quotesOf([
      'Fares',
      'Mayor Ingrid Holm on Tuesday said the fares would fall. The Harbour Gazette on Saturday wrote that the quay would close.',
    ]);
    expect(find(quotes, 'fares would fall').name).toBe('Ingrid Holm');
    expect(find(quotes, 'quay would close').speakerMention?.text).not.toMatch(/Saturday/);
  });
});

describe('speakers written at length', () => {
  const quotes = quotesOf([
    'Quay',
    '“It is an invasion of the harbour’s domain,” Nils Aas, the chairman of the board, one of the groups suing the council, said at a meeting.',
    '“Why did nobody ask us?” a skipper on the night ferry asks.',
    'The quay may close for a month while the repairs go on, Mayor Holm said. “The boats will use the old pier.”',
  ]);

  it('reaches a cue past a name and two appositions', () => {
    expect(find(quotes, 'invasion').speakerMention?.text).toMatch(/Nils Aas$/);
  });

  it('takes a speaker written as a phrase before its verb', () => {
    expect(find(quotes, 'nobody ask us').speakerMention?.text).toBe('a skipper on the night ferry');
  });

  it('gives a cue-less quotation after someone’s reported speech in the paragraph to them', () => {
    expect(find(quotes, 'old pier').name).toMatch(/Holm$/);
  });
});

describe('a quotation inside a quotation', () => {
  it('does not end the outer quotation at the inner one’s closing mark', () => {
    const quotes = quotesOf([
      'Readers',
      '“I would rather live in what he calls “chaos” than live under his rules.” ― Maja Strand.',
    ]);
    expect(find(quotes, 'rather live').parts).toEqual([
      'I would rather live in what he calls “chaos” than live under his rules.',
    ]);
    expect(find(quotes, 'rather live').name).toBe('Maja Strand');
  });
});

describe('two speakers in one sentence', () => {
  it('ends the first speaker’s words where the second one’s cue begins', () => {
    const quotes = quotesOf([
      'Quay',
      'Mayor Ingrid Holm said the quay would open in May, but he said the repairs would take longer.',
    ]);
    expect(find(quotes, 'open in May').text).toBe('the quay would open in May');
    expect(find(quotes, 'take longer').speakerMention?.text).toBe('he');
  });
});

describe('a participle after a comma speaks for the sentence’s subject', () => {
  const quotes = quotesOf([
    'Ferry',
    'Mayor Ingrid Holm attacked Councillor Tomas Berg over his plan for the harbour, saying, “He has never run a ferry in his life.”',
    '“We need new boats,” Berg said, arguing that the fares should pay for them.',
  ]);

  it('gives the quotation after ", saying," to the subject, not to the object named before the comma', () => {
    expect(find(quotes, 'never run a ferry').name).toBe('Ingrid Holm');
  });

  it('skips the verbs inside a quotation when it looks for the subject', () => {
    expect(find(quotes, 'fares should pay').name).toMatch(/Berg$/);
  });
});

describe('paragraphs set off by single line breaks', () => {
  const quotes = quotesOf([
    'Quay\n“The quay is falling apart,” Mayor Ingrid Holm said on Friday. “If the council will not pay for it, then who will pay in the end?\n“I have thought about this for a long time,” added Councillor Tomas Berg. “We need a plan.”\nThe council has no money. Berg won the vote by telling the members that the quay would be rebuilt.',
  ]);

  it('ends a quotation left open at a line’s end when the next line opens its own', () => {
    expect(find(quotes, 'falling apart').parts).toEqual([
      'The quay is falling apart,',
      'If the council will not pay for it, then who will pay in the end?',
    ]);
    expect(find(quotes, 'thought about this').name).toBe('Tomas Berg');
  });

  it('reads a participle after "by" as the subject’s words', () => {
    expect(find(quotes, 'would be rebuilt').name).toBe('Tomas Berg');
    expect(find(quotes, 'would be rebuilt').text).toBe('the quay would be rebuilt.');
  });
});

describe('a relative clause reports nothing before it', () => {
  it('does not make "which first reported the story" the source of the words before it', () => {
    const quotes = quotesOf([
      'Fares',
      'Harbour workers said the fares were unfair and complained to the Harbour Gazette, which first reported the story.',
    ]);
    expect(find(quotes, 'fares were unfair').speakerMention?.text).toBe('Harbour workers');
    expect(quotes.filter((q) => q.speakerMention?.text === 'which')).toEqual([]);
  });
});

describe('a quotation with a cue of its own ends the run of the one before', () => {
  it('does not let a quotation go on past another speaker’s cue ("…, she added.")', () => {
    const quotes = quotesOf([
      'Fares',
      '“The fares are too high,” Mayor Ingrid Holm said after the meeting. The plan did “too little,” she added on the radio. “Families cannot pay them.”',
    ]);
    expect(find(quotes, 'fares are too high').parts).toEqual(['The fares are too high,']);
    expect(find(quotes, 'too little').speakerMention?.text).toBe('she');
    expect(find(quotes, 'Families cannot').name).toBe('Ingrid Holm');
  });
});

describe('where one speaker’s words end and another clause begins', () => {
  const quotes = quotesOf([
    'Quay',
    'Mayor Ingrid Holm said the council would pay for the quay, though she acknowledged the repairs were late.',
    'Councillor Tomas Berg has said a dozen firms want the contract, but he refuses to name the firms on the list.',
    'Most skippers agreed that the pier is “far too short for the new boats,” while 40 percent said the opposite of the ferry crews.',
  ]);

  it('ends what was said where "though she acknowledged" or "but he refuses" opens another cue', () => {
    expect(find(quotes, 'would pay for the quay').text).toBe('the council would pay for the quay');
    expect(find(quotes, 'repairs were late').speakerMention?.text).toBe('she');
    expect(find(quotes, 'dozen firms').text).toBe('a dozen firms want the contract');
  });

  it('does not take a speech verb after "while" for the cue of the quotation before it', () => {
    expect(find(quotes, 'far too short').speakerMention?.text).toMatch(/skippers$/);
  });
});

describe('"he" and "she" after a person named earlier in the sentence', () => {
  const quotes = quotesOf([
    'Navy',
    'Mayor Ivo Sand opened the new quay on Monday.',
    'Councillor Kari Lund is speaking out about the problems she has with the harbour board, and why she believes the council has the best plan for the port.',
  ]);

  it('reads a title abbreviated after an organisation’s name ("Navy Capt.") as the person’s role, not part of an organisation', () => {
    const doc = buildDocument({
      id: 'a',
      path: 'a.txt',
      fingerprint: 'f',
      text: 'Navy\n\nRetired Navy Capt. Kari Lund spoke on Monday.',
    });
    expect(doc.entities.find((e) => e.name === 'Kari Lund')?.type).toBe('person');
  });

  it('resolves the pronoun to the sentence’s subject before the person last named in the text', () => {
    expect(find(quotes, 'best plan for the port').name).toBe('Kari Lund');
    expect(find(quotes, 'best plan for the port').speakerMention?.text).toBe('she');
  });
});

describe('"although", which the tagger takes for a preposition, opens another clause', () => {
  it('ends what was said before ", although he refused to ..."', () => {
    const quotes = quotesOf([
      'Quay',
      'Councillor Tomas Berg claimed that the quay would open in May, although he again refused to name a day for the opening.',
    ]);
    expect(find(quotes, 'open in May').text).toBe('the quay would open in May');
  });
});

describe('a speaker with a parenthesis and an apposition, after a place', () => {
  const quotes = quotesOf([
    'Ferry',
    '“If the board wanted any other skipper’s logbooks, they would just go and get them,” Rep. Ola Vik (R-Ohio), a harbour panel member, said in a phone interview. “But the mayor gets a different set of standards.”',
    'At a meeting this week in Bergen, Kari Lund, the chief executive of the ferry company, told the council that the fares would rise in May.',
  ]);

  it('reaches the name before "(R-Ohio), a harbour panel member, said", and the quotation after it goes on in that voice', () => {
    expect(find(quotes, 'logbooks').speakerMention?.text).toBe('Rep. Ola Vik');
    expect(find(quotes, 'logbooks').parts).toEqual([
      'If the board wanted any other skipper’s logbooks, they would just go and get them,',
      'But the mayor gets a different set of standards.',
    ]);
  });

  it('does not take the place after "in" for the speaker before the apposition', () => {
    expect(find(quotes, 'fares would rise').name).toBe('Kari Lund');
  });
});

describe('a first name marks the sex when no title does', () => {
  it('reads "she" as the woman a first name marks, past a man named after her', () => {
    const quotes = quotesOf([
      'Ferry',
      'Margaret Lund met George Berg at the quay on Monday. She said the fares would fall in May.',
    ]);
    expect(find(quotes, 'fares would fall').name).toBe('Margaret Lund');
  });

  it('prefers, in the pronoun’s own sentence, the person marked as its sex to one left unmarked', () => {
    const quotes = quotesOf([
      'Ferry',
      'Councillor Chris Berg attacked Margaret Lund on Monday after she said the fares would rise in May.',
    ]);
    expect(quotes.find((q) => q.text.startsWith('the fares would rise'))?.name).toBe('Margaret Lund');
  });

  it('leaves a name given to both sexes unmarked: "he" then means the person last named', () => {
    const quotes = quotesOf([
      'Ferry',
      'Margaret Lund met Chris Berg at the quay on Monday. He said the boats were late.',
    ]);
    expect(find(quotes, 'boats were late').name).toBe('Chris Berg');
  });
});

describe('another speaker written as a noun phrase', () => {
  it('ends what was said where ", and harbour workers warned" opens another cue', () => {
    const quotes = quotesOf([
      'Quay',
      'Mayor Ingrid Holm said the quay would open in May, and the harbour workers warned that the repairs would take a year.',
    ]);
    expect(find(quotes, 'open in May').text).toBe('the quay would open in May');
    expect(find(quotes, 'take a year').speakerMention?.text).toMatch(/harbour workers$/);
  });
});

describe('a clause of time after the cue is not what was said', () => {
  const quotes = quotesOf([
    'Quay',
    '“The fares are too high,” Mayor Ingrid Holm told Councillor Tomas Berg, after he admitted under the council’s pressure he had not read the report.',
    'Berg said after the meeting he would not accept the plan.',
  ]);

  it('gives the words after ", after he admitted" to him, not to the one who told', () => {
    expect(find(quotes, 'had not read').speakerMention?.text).toBe('he');
    expect(find(quotes, 'had not read').text).toBe('he had not read the report.');
  });

  it('still reads "said after the meeting he would ..." as what was said', () => {
    expect(find(quotes, 'would not accept').text).toBe('he would not accept the plan.');
  });
});

describe('", as X put it" after a quotation', () => {
  it('takes the source after "as" and before "put it" for the speaker of the quoted words', () => {
    const quotes = quotesOf([
      'Visa',
      'Most applicants must meet education rules, but the main requirement is a “lawful source of income,” as a ministry memo put it.',
    ]);
    expect(find(quotes, 'lawful source').speakerMention?.text).toBe('a ministry memo');
    expect(find(quotes, 'lawful source').cue).toBe('put');
  });
});

describe('the cue after a mixed quote’s quoted words', () => {
  it('lets the quotation after ", she said." go on in the voice that cue names', () => {
    const quotes = quotesOf([
      'Quay',
      'Mayor Ingrid Holm said she felt the quay was worth saving because “most people do not know about the old pier,” she said. “We have no idea of the harbour if we do not know where we came from.”',
    ]);
    expect(find(quotes, 'no idea of the harbour').speakerMention?.text).toBe('she');
    expect(find(quotes, 'no idea of the harbour').name).toBe('Ingrid Holm');
  });
});

describe('a quotation with a cue on each side', () => {
  it('gives the quotation after “A,” she said. to the cue between them, and A to the cue before it', () => {
    const quotes = quotesOf([
      'Fares',
      'Councillor Kari Lund scolded him: “The board is almost united against you on the fares you called fair,” she said. “When you call a fare fair and no family can pay it, I do not understand why.”',
    ]);
    expect(find(quotes, 'almost united').speakerMention?.text).toBe('Councillor Kari Lund');
    expect(find(quotes, 'almost united').parts).toEqual([
      'The board is almost united against you on the fares you called fair,',
    ]);
    expect(find(quotes, 'no family can pay').speakerMention?.text).toBe('she');
  });
});

describe('a speaker written as a noun and a preposition’s object', () => {
  const quotes = quotesOf([
    'Protest',
    'Skippers marching through the harbour chanted “No more fares for the night ferry!” and kept going until midnight.',
    'A spokesman for the Harbour Ministry said the quay would close in May.',
  ]);

  it('takes the whole phrase for the speaker, not the object of "through"', () => {
    expect(find(quotes, 'No more fares').speakerMention?.text).toBe('Skippers marching through the harbour');
  });

  it('writes "a spokesman for the ministry" whole and keeps the ministry as who speaks through him', () => {
    expect(find(quotes, 'quay would close').speakerMention?.text).toBe('A spokesman for the Harbour Ministry');
    expect(find(quotes, 'quay would close').name).toBe('Harbour Ministry');
  });
});

describe('a speaker described anew right after speaking', () => {
  const quotes = quotesOf([
    'Bridge row',
    'Councillor Ann Rowe said the council should close the bridge at once. “I see no reason to wait,” the transport chair told local radio.',
    'The works depot stayed open. “We are ready,” the site manager said.',
  ]);

  it('reads a title no one was named with as the one who just spoke', () => {
    expect(find(quotes, 'no reason to wait').name).toBe('Ann Rowe');
  });

  it('not when no one spoke just before', () => {
    expect(find(quotes, 'We are ready').name).not.toBe('Ann Rowe');
  });
});

describe('a double-barrelled name', () => {
  const paragraphs = [
    'Rail fares',
    '“Fares must fall,” said Anne-Marie Lund-Berg, the council’s transport director.',
    'Lund-Berg later met the operators.',
  ];

  it('is one person, whose words the quote gives to the whole name', () => {
    expect(find(quotesOf(paragraphs), 'Fares must fall').name).toBe('Anne-Marie Lund-Berg');
  });

  it('typed in lower case, "who is" asks for the role', async () => {
    const engine = await engineFor({ 'fares.txt': paragraphs.join('\n\n') });
    expect(engine.run('ask', 'who is anne-marie lund-berg').answer).toMatch(/transport director/);
  });
});
