// The terminal's reading of a line and its conversation, line by line, on an article written
// for these tests: commands, help, leaving, small talk and follow-ups.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { plural } from '../src/app/plural.js';
import { wrap } from '../src/cli/style.js';
import { TerminalSession } from '../src/cli/terminal.js';
import { parseTerminalLine } from '../src/cli/terminal-commands.js';
import { engineFor } from './engine/seed-engine.js';
import { HARBOUR_ARTICLE } from './support/harbour-article.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'harbour.txt': HARBOUR_ARTICLE });
}, 60_000);

describe('reading a terminal line', () => {
  it('knows leaving and help with or without a slash', () => {
    for (const l of ['quit', 'exit', '/quit', '/exit', 'QUIT ']) expect(parseTerminalLine(l)).toEqual({ kind: 'quit' });
    for (const l of ['help', '/help', '?']) expect(parseTerminalLine(l)).toEqual({ kind: 'help' });
  });

  it('says an unknown command is one and names the nearest', () => {
    expect(parseTerminalLine('/qoute Brandt')).toEqual({ kind: 'unknown', command: 'qoute', suggestion: 'quote' });
    expect(parseTerminalLine('/sourc')).toMatchObject({ kind: 'unknown', suggestion: 'sources' });
    expect(parseTerminalLine('/foo bar')).toMatchObject({ kind: 'unknown', command: 'foo' });
  });

  it('splits /quote X about Y and --about Y into speaker and topic', () => {
    expect(parseTerminalLine('/quote Brandt about the ferry')).toEqual({
      kind: 'command',
      command: 'quote',
      input: 'Brandt',
      options: { about: 'the ferry' },
    });
    expect(parseTerminalLine('/quote Brandt --about ferry')).toEqual({
      kind: 'command',
      command: 'quote',
      input: 'Brandt',
      options: { about: 'ferry' },
    });
    expect(parseTerminalLine('/quote about fishing')).toEqual({
      kind: 'command',
      command: 'quote',
      input: '',
      options: { about: 'fishing' },
    });
    expect(parseTerminalLine('/who "Tomas Brandt"')).toEqual({
      kind: 'command',
      command: 'who',
      input: 'Tomas Brandt',
      options: {},
    });
  });

  it('keeps anything else a question', () => {
    expect(parseTerminalLine('Who said the council ignored the fishermen?')).toMatchObject({
      kind: 'question',
      text: 'Who said the council ignored the fishermen?',
    });
  });
});

describe('a terminal session', () => {
  it('answers help, small talk and leaving without asking the articles', async () => {
    const s = new TerminalSession(engine);
    const help = await s.answer('/help');
    for (const c of ['/quote', '/who', '/search', '/facts', '/verify', '/cite', '/sources', 'quit'])
      expect(help).toContain(c);
    expect(help).toMatch(/e\.g\.\s+\/who \S+/);
    expect(await s.answer('hi')).toMatch(/^Hello/);
    expect(await s.answer('thanks!')).toMatch(/welcome/);
    expect(await s.answer('quit')).toBeNull();
    expect(await s.answer('/foo bar')).toMatch(/^There is no \/foo command\. Did you mean \/\w+\?/);
  });

  it('runs /quote X about Y as a speaker and a topic', async () => {
    const s = new TerminalSession(engine);
    const out = (await s.answer('/quote Okonkwo about ferry'))!;
    expect(out).toContain('the ferry line would cut travel times by half');
    expect(out).not.toContain('waited ten years');
  });

  it('follows a conversation: a pronoun, an ellipsis and "more", each saying how it was read', async () => {
    const s = new TerminalSession(engine);
    const first = (await s.answer('what did brandt say about the council'))!;
    expect(first).toContain('ignored the fishermen');
    const pronoun = (await s.answer('what did he say'))!;
    expect(pronoun.split('\n')[0]).toBe('about Tomas Brandt:');
    expect(pronoun).toMatch(/Brandt/);
    expect(pronoun).not.toMatch(/Okonkwo/);
    const ellipsis = (await s.answer('and okonkwo?'))!;
    expect(ellipsis.split('\n')[0]).toBe('about Marta Okonkwo:');
    expect(ellipsis).toMatch(/Okonkwo said/);
    const more = (await s.answer('tell me more'))!;
    expect(more.split('\n')[0]).toMatch(/^more on “what did Marta Okonkwo say”:/);
    // The next passages, none of them the one already shown.
    expect(more).toContain('cut travel times by half');
    expect(more).not.toContain('waited ten years');
  });

  it('reads "they" as the organisation of the last answer', async () => {
    const s = new TerminalSession(engine);
    await s.answer('who met in lindqvist');
    const out = (await s.answer('what did they say'))!;
    expect(out.split('\n')[0]).toMatch(/^about .*(Council|Union|Fishermen)/);
    expect(out).not.toMatch(/Brandt|Okonkwo/);
  });

  it('asks for a question before "more"', async () => {
    expect(await new TerminalSession(engine).answer('more')).toMatch(/Ask a question first/);
  });
});

describe('terminal text', () => {
  it('says 1 article and 2 articles', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(2, 'article')).toBe('2 articles');
    expect(plural(0, 'quote')).toBe('0 quotes');
  });

  it('wraps long lines at words, keeping their indent', () => {
    const out = wrap('  ' + 'word '.repeat(30).trim(), 40);
    for (const line of out.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line.startsWith('  word')).toBe(true);
    }
    expect(out.replace(/\s+/g, ' ').trim()).toBe('word '.repeat(30).trim());
  });
});
