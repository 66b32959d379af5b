// Rendering the answer model for Discord: what a user sees, always within Discord's limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../src/answer/result.js';
import { embedLength } from '../src/discord/rendering/embed-fit.js';
import { toReplyOptions } from '../src/discord/transports/gateway-adapter.js';
import { toApiMessage } from '../src/discord/transports/http-adapter.js';
import { LIMITS } from '../src/discord/constants.js';
import { truncate } from '../src/discord/rendering/text.js';
import { renderResult } from '../src/discord/rendering/render.js';
import type { RenderContext } from '../src/discord/rendering/render-common.js';
import type { Reply } from '../src/discord/types.js';
import { DOC, SOURCE, buttonIds, citation, quoteView, result, visibleText } from './support/discord-fakes.js';

const rc: RenderContext = { source: (doc) => (doc === DOC ? SOURCE : null) };
const paging = (command: 'ask' | 'quote' | 'search' | 'facts', limit: number) => ({
  command,
  input: 'who leads',
  offset: 0,
  limit,
});

function expectWithinLimits(reply: Reply): void {
  if (reply.content !== undefined) expect(reply.content.length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = reply.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    total += embedLength(e);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of reply.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components)
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

const words = (n: number, word = 'verbatim'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut', () => {
    const out = truncate('alpha beta gamma delta', 13);
    expect(out).toBe('alpha beta…');
    expect(out.length).toBeLessThanOrEqual(13);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate('😀'.repeat(10), 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(() => encodeURIComponent(out)).not.toThrow();
  });

  it('keeps any string within the limit and as a prefix of the original', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = truncate(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(out).toBe(s);
        else expect(s.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });
});

describe('/ask answer embed', () => {
  const q = quoteView('We will not allow anyone to use our soil against others.');
  const top = citation(q.text, { start: q.start, end: q.end });
  const answered = result({
    command: 'ask',
    input: 'What did the spokesman promise?',
    answer: top.text,
    citations: [top, citation('A second passage.', { paragraph: 5, start: 900 })],
    quotes: [q],
  });

  it('shows the cited sentence as a quote, the speaker, and a footer with title, date and paragraph', () => {
    const reply = renderResult(answered, rc, { paging: paging('ask', 3) });
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('What did the spokesman promise?');
    expect(embed.description).toBe('> We will not allow anyone to use our soil against others.');
    expect(embed.fields?.find((f) => f.name === 'Speaker')?.value).toBe('Zabihullah Mujahid (direct quote)');
    expect(embed.footer?.text).toBe(
      'Taliban name new government · 2021-09-07 · paragraph 3 · https://example.org/news/taliban-government',
    );
    expect(embed.url).toBe(SOURCE.url);
    expect(reply.ephemeral).toBeFalsy();
  });

  it('puts Show context and Cite buttons under the answer carrying the cited passage', () => {
    const ids = buttonIds(renderResult(answered, rc, { paging: paging('ask', 3) }));
    expect(ids['Show context']).toBe(`ctx:${DOC}:120`);
    expect(ids.Cite).toBe(`cite:q:${DOC}:1`);
    // Two citations and a page of three: nothing more to show.
    expect(ids['More answers']).toBeUndefined();
  });

  it('offers More answers when the engine returned more than a page', () => {
    const many = result({
      ...answered,
      citations: Array.from({ length: 4 }, (_, i) => citation(`Passage ${i}.`, { start: i * 100 })),
    });
    const reply = renderResult(many, rc, { paging: paging('ask', 3) });
    expect(buttonIds(reply)['More answers']).toMatch(/^more:ask:3:/);
    expect(visibleText(reply)).not.toContain('Passage 3.');
  });

  it('is private when asked privately', () => {
    expect(renderResult(answered, rc, { ephemeral: true }).ephemeral).toBe(true);
  });

  it('cuts a very long answer at a word boundary within the description limit', () => {
    const long = words(2000);
    const reply = renderResult(result({ command: 'ask', input: 'q', answer: long, citations: [citation(long)] }), rc, {
      paging: paging('ask', 3),
    });
    const d = reply.embeds![0]!.description!;
    expect(d.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(d.endsWith('…')).toBe(true);
    // The last word before the ellipsis is whole.
    const lastWord = d.slice(0, -1).split(' ').pop()!;
    expect(long.split(' ')).toContain(lastWord);
    expectWithinLimits(reply);
  });

  it('cuts a question longer than a title', () => {
    const reply = renderResult(result({ command: 'ask', input: words(100, 'why'), citations: [citation('x')] }), rc);
    expect(reply.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
  });
});

describe('text that could ping or format', () => {
  const nasty =
    'Hello @everyone and @here, <@&123456789012345678> and <@234567890123456789>: **bold** _it_ `code` ~~x~~ ||spoiler||';
  const r = result({ command: 'ask', input: nasty, answer: nasty, citations: [citation(nasty)] });

  it('every transport body disables all mentions', () => {
    const reply = renderResult(r, rc);
    expect(toReplyOptions(reply).allowedMentions).toEqual({ parse: [] });
    expect(toApiMessage(reply, true).allowed_mentions).toEqual({ parse: [] });
    expect(toReplyOptions({ content: '@everyone', ephemeral: true }).allowedMentions).toEqual({ parse: [] });
  });

  it('shows markdown characters as written instead of formatting them', () => {
    const d = renderResult(r, rc).embeds![0]!.description!;
    expect(d).toContain('\\*\\*bold\\*\\*');
    expect(d).toContain('\\_it\\_');
    expect(d).toContain('\\`code\\`');
    expect(d).toContain('\\|\\|spoiler\\|\\|');
    expect(d).toContain('@everyone');
  });
});

describe('lists', () => {
  it('many quotes fit in one message and offer the next page', () => {
    const quotes = Array.from({ length: 60 }, (_, i) =>
      quoteView(`${words(150, 'said')} number ${i}`, { id: `q:${DOC}:${i}`, start: i * 1000 }),
    );
    const reply = renderResult(result({ command: 'quote', input: 'Mujahid', quotes }), rc, {
      paging: paging('quote', 5),
    });
    expectWithinLimits(reply);
    const fields = reply.embeds![0]!.fields!;
    expect(fields).toHaveLength(5);
    expect(fields[0]!.name).toBe('1. Zabihullah Mujahid · direct');
    expect(buttonIds(reply)['More answers']).toMatch(/^more:quote:5:/);
  });

  it('marks reported speech and unattributed quotes', () => {
    const reply = renderResult(
      result({
        command: 'quote',
        input: '',
        quotes: [
          quoteView('that talks would continue', { kind: 'reported' }),
          quoteView('No one knows', { speaker: null, id: `q:${DOC}:2` }),
        ],
      }),
      rc,
    );
    const names = reply.embeds![0]!.fields!.map((f) => f.name);
    expect(names).toEqual(['1. Zabihullah Mujahid · reported', '2. Unattributed · direct']);
  });

  it('search results number from the page offset', () => {
    const cits = Array.from({ length: 6 }, (_, i) => citation(`Hit ${i}.`, { start: i * 10, paragraph: i + 1 }));
    const reply = renderResult(result({ command: 'search', input: 'hit', citations: cits }), rc, {
      paging: { command: 'search', input: 'hit', offset: 5, limit: 5 },
    });
    const fields = reply.embeds![0]!.fields!;
    expect(fields[0]!.name).toMatch(/^6\. Taliban name new government/);
    expect(fields[0]!.value).toBe('> Hit 0.');
    expect(buttonIds(reply)['More answers']).toMatch(/^more:search:10:/);
  });

  it('sources list every article with its counts and link', () => {
    const reply = renderResult(result({ command: 'sources', sources: [SOURCE] }), rc);
    const f = reply.embeds![0]!.fields![0]!;
    expect(f.name).toBe(SOURCE.title);
    expect(f.value).toContain('2021-09-07');
    expect(f.value).toContain('6 quotes');
    expect(f.value).toContain(SOURCE.url!);
  });

  it('a profile shows roles, aliases and what they said', () => {
    const reply = renderResult(
      result({
        command: 'who',
        input: 'stanik',
        entity: {
          id: 'e1',
          name: 'Sher Mohammad Abbas Stanikzai',
          type: 'person',
          aliases: ['Stanikzai'],
          roles: ['deputy foreign minister'],
          mentions: 4,
          docs: [DOC],
        },
        quotes: [quoteView('We want good relations', { speaker: 'Sher Mohammad Abbas Stanikzai' })],
      }),
      rc,
    );
    const text = visibleText(reply);
    expect(reply.embeds![0]!.title).toBe('Sher Mohammad Abbas Stanikzai');
    expect(text).toContain('deputy foreign minister');
    expect(text).toContain('Stanikzai');
    expect(text).toContain('> We want good relations');
    expect(text).toContain(SOURCE.title);
  });

  it('facts read as sentences and stay within the description', () => {
    const facts = Array.from({ length: 300 }, (_, i) => ({
      subject: 'Taliban',
      relation: 'announced',
      object: `cabinet member ${i}`,
      frame: null,
      when: 'Tuesday',
      where: 'Kabul',
      doc: DOC,
      paragraph: 2,
      sentence: 1,
    }));
    const reply = renderResult(result({ command: 'facts', input: '', facts }), rc, { paging: paging('facts', 300) });
    expectWithinLimits(reply);
    const d = reply.embeds![0]!.description!;
    expect(d.split('\n')[0]).toBe('• **Taliban** announced **cabinet member 0** (Tuesday, Kabul) · paragraph 2');
    expect(reply.embeds![0]!.footer?.text).toBe('Taliban name new government · 2021-09-07');
    expect(d).toMatch(/… and \d+ more$/);
  });
});

describe('not answered and unusable input', () => {
  it('"not in the article" is private, with nearest passages and a did-you-mean', () => {
    const reply = renderResult(
      result({
        command: 'who',
        input: 'Stanekzai',
        found: false,
        message: 'No one called "Stanekzai" in the articles.',
        suggestions: ['Sher Mohammad Abbas Stanikzai'],
        citations: [citation('Stanikzai spoke in Doha.')],
      }),
      rc,
    );
    expect(reply.ephemeral).toBe(true);
    const text = visibleText(reply);
    expect(text).toContain('Not in the article');
    expect(text).toContain('No one called "Stanekzai" in the articles.');
    expect(text).toContain('Did you mean: **Sher Mohammad Abbas Stanikzai**?');
    expect(text).toContain('> Stanikzai spoke in Doha.');
  });

  it('an empty result still says something', () => {
    const reply = renderResult(result({ command: 'search', input: 'zzz', found: false }), rc);
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply)).toContain('The article does not say.');
  });

  it('an input error is a private one-liner', () => {
    const reply = renderResult(
      result({ command: 'ask', input: '', found: false, error: true, message: 'Ask a question.' }),
      rc,
    );
    expect(reply).toEqual({ content: 'Ask a question.', ephemeral: true });
  });
});

describe('/verify and /cite', () => {
  it('a close verdict shows the real wording and what differs', () => {
    const reply = renderResult(
      result({
        command: 'verify',
        input: 'We will never allow anyone to use our land',
        found: true,
        verdict: 'close',
        differences: [
          { kind: 'word', claimed: 'never', article: null, note: 'never' },
          { kind: 'word', claimed: 'land', article: null, note: 'land' },
        ],
        citations: [citation('We will not allow anyone to use our soil.')],
      }),
      rc,
    );
    const e = reply.embeds![0]!;
    expect(e.title).toMatch(/^Close/);
    expect(e.fields?.find((f) => f.name === "The article's words")?.value).toBe(
      '> We will not allow anyone to use our soil.',
    );
    expect(e.fields?.find((f) => f.name === 'What differs')?.value).toBe('“never”, “land”');
  });

  it('a misquote verdict shows what the articles say and what the claim changes, in its own colour', () => {
    const reply = renderResult(
      result({
        command: 'verify',
        input: 'We will allow anyone to use our soil',
        found: true,
        verdict: 'misquote',
        differences: [{ kind: 'negation', claimed: null, article: 'not', note: 'drops a negation' }],
        citations: [citation('We will not allow anyone to use our soil.')],
      }),
      rc,
    );
    const e = reply.embeds![0]!;
    expect(e.title).toMatch(/^Misquote/);
    expect(e.color).not.toBe(
      renderResult(
        result({ command: 'verify', input: 'x', found: true, verdict: 'close', citations: [citation('x')] }),
        rc,
      ).embeds![0]!.color,
    );
    expect(e.fields?.find((f) => f.name === 'The articles say otherwise')?.value).toBe(
      '> We will not allow anyone to use our soil.',
    );
    expect(e.fields?.find((f) => f.name === 'What the claim changes')?.value).toBe('drops a negation');
  });

  it('an absent verdict is an answer (public) with the nearest passage', () => {
    const reply = renderResult(
      result({
        command: 'verify',
        input: 'made up',
        found: false,
        verdict: 'absent',
        citations: [citation('Nearest.')],
      }),
      rc,
    );
    expect(reply.ephemeral).toBeFalsy();
    expect(reply.embeds![0]!.title).toMatch(/^Absent/);
    expect(reply.embeds![0]!.fields![0]).toEqual({ name: 'Nearest passage', value: '> Nearest.' });
  });

  it('a citation is paste-ready content: block quote, speaker, title, date, paragraph, link', () => {
    const q = quoteView('We will not allow anyone to use our soil.');
    const reply = renderResult(
      result({ command: 'cite', input: q.id, quotes: [q], citations: [citation(q.text)] }),
      rc,
    );
    expect(reply.embeds).toBeUndefined();
    expect(reply.content).toBe(
      '> “We will not allow anyone to use our soil.”\n— Zabihullah Mujahid, *Taliban name new government*, 2021-09-07, paragraph 3\n<https://example.org/news/taliban-government>',
    );
  });

  it('cites reported speech as the article’s words about what was said, never inside quotation marks', () => {
    const q = quoteView('the group will not allow anyone to use its soil.', { kind: 'reported', quoted: [] });
    const reply = renderResult(
      result({ command: 'cite', input: q.id, quotes: [q], citations: [citation(q.text)] }),
      rc,
    );
    expect(reply.content).toBe(
      'Zabihullah Mujahid, as the article reports:\n> the group will not allow anyone to use its soil.\n— *Taliban name new government*, 2021-09-07, paragraph 3\n<https://example.org/news/taliban-government>',
    );
    expect(reply.content).not.toMatch(/[“”]/);
  });

  it('shows each part of a quotation its cue interrupts in quotation marks, the cue left out', () => {
    const text = 'We will not allow it,” he said. “Nobody will.';
    const second = text.indexOf('Nobody');
    const q = quoteView(text, {
      quoted: [
        { start: 120, end: 120 + text.indexOf('”') },
        { start: 120 + second, end: 120 + text.length },
      ],
    });
    const reply = renderResult(result({ command: 'quote', input: '', quotes: [q] }), rc);
    expect(reply.embeds![0]!.fields![0]!.value).toMatch(/^> “We will not allow it,” … “Nobody will\.”/);
  });

  it('a very long citation stays within 2,000 characters and keeps its attribution', () => {
    const q = quoteView(words(800));
    const reply = renderResult(result({ command: 'cite', input: q.id, quotes: [q], citations: [] }), rc);
    expect(reply.content!.length).toBeLessThanOrEqual(2000);
    expect(reply.content).toContain('— Zabihullah Mujahid, *Taliban name new government*');
  });
});

describe('any result renders within every limit', () => {
  const text = fc.string({ maxLength: 3000 });
  const cit = fc
    .record({ text, paragraph: fc.nat(500), start: fc.nat(1e6), title: fc.string({ maxLength: 400 }) })
    .map((c) => citation(c.text, c));
  const quote = fc
    .record({ text, speaker: fc.option(fc.string({ maxLength: 300 })), n: fc.nat(999) })
    .map((q) => quoteView(q.text, { speaker: q.speaker, id: `q:${DOC}:${q.n}` }));
  const anyResult: fc.Arbitrary<Result> = fc
    .record({
      command: fc.constantFrom('ask', 'quote', 'search', 'who', 'facts', 'verify', 'cite', 'sources'),
      input: fc.string({ maxLength: 500 }),
      found: fc.boolean(),
      answer: fc.option(text),
      citations: fc.array(cit, { maxLength: 30 }),
      quotes: fc.array(quote, { maxLength: 30 }),
      suggestions: fc.array(fc.string({ maxLength: 200 }), { maxLength: 10 }),
      message: fc.string({ maxLength: 3000 }),
    })
    .map((r) =>
      result({
        ...r,
        verdict: r.command === 'verify' ? 'close' : undefined,
        differences:
          r.command === 'verify' ? [{ kind: 'word' as const, claimed: 'a', article: null, note: 'a' }] : undefined,
      }),
    );

  it('never exceeds a Discord limit', () => {
    fc.assert(
      fc.property(anyResult, fc.boolean(), (r, paged) => {
        const cmd = (['ask', 'quote', 'search', 'facts'] as const).find((c) => c === r.command);
        expectWithinLimits(
          renderResult(r, rc, {
            paging: paged && cmd ? { command: cmd, input: r.input, offset: 0, limit: 5 } : undefined,
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
