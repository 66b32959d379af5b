// The moderator flow below the transport: which presses the cooldown lets through, which
// commands a server keeps for moderators, and the buttons and reading an answer carries.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../src/discord/types.js';
import { createBotContext } from '../src/discord/handling/context.js';
import { Cooldowns } from '../src/discord/handling/cooldown.js';
import { encodeCite } from '../src/discord/handling/custom-id.js';
import { createDispatcher } from '../src/discord/handling/dispatch.js';
import { loadCommands } from '../src/discord/handling/registry.js';
import { NO_SOURCES } from '../src/discord/rendering/render-common.js';
import { renderResult } from '../src/discord/rendering/render.js';
import type { Command } from '../src/discord/types.js';
import {
  citation,
  DOC,
  fakeEngine,
  finalReply,
  invocation,
  memoryLogger,
  quoteView,
  result,
  visibleText,
} from './support/discord-fakes.js';

let commands: Map<string, Command>;
beforeAll(async () => {
  commands = await loadCommands();
});

const MANAGE_GUILD = 1n << 5n;

function setup(opts: { cooldown?: number; moderatorOnly?: string[] } = {}) {
  const engine = fakeEngine();
  const ctx = createBotContext({
    engine,
    source: { open: async () => ({ engine, warnings: [] }) },
    log: memoryLogger(),
    commands: () => [...commands.values()],
  });
  return createDispatcher({
    ctx,
    commands: () => commands,
    cooldowns: new Cooldowns(opts.cooldown ?? 0),
    moderatorOnly: opts.moderatorOnly,
  });
}

const labels = (reply: Reply): string[] =>
  (reply.components ?? []).flatMap((row) => row.components.map((b) => ('label' in b ? (b.label ?? '') : '')));

describe('the cooldown and buttons', () => {
  it("lets a member press a button on their own reply at once, but not on someone else's", async () => {
    const dispatcher = setup({ cooldown: 60 });
    const me = '111111111111111111';
    await dispatcher.command(invocation({ commandName: 'ask', options: { question: 'Who leads?' }, userId: me }));
    const cite = encodeCite(`s:${DOC}:0`)!;
    const own = {
      ...invocation({ kind: 'button', commandName: 'button', customId: cite, userId: me }),
      messageOwnerId: me,
    };
    await dispatcher.button(own);
    expect(visibleText(finalReply(own).reply)).not.toMatch(/going a bit fast/);
    const others = {
      ...invocation({ kind: 'button', commandName: 'button', customId: cite, userId: me }),
      messageOwnerId: '222222222222222222',
    };
    await dispatcher.button(others);
    expect(visibleText(finalReply(others).reply)).toMatch(/going a bit fast: try again in \d+ s/);
  });
});

describe('moderator-only commands', () => {
  it('refuses a member privately and serves a moderator', async () => {
    const dispatcher = setup({ moderatorOnly: ['cite'] });
    const member = invocation({ commandName: 'cite', options: { text: 'x' }, memberPermissions: 0n });
    await dispatcher.command(member);
    expect(finalReply(member)).toMatchObject({ ephemeral: true });
    expect(visibleText(finalReply(member).reply)).toBe(
      'On this server only members with the Manage Server permission can use /cite.',
    );
    const mod = invocation({ commandName: 'cite', options: { text: 'x' }, memberPermissions: MANAGE_GUILD });
    await dispatcher.command(mod);
    expect(visibleText(finalReply(mod).reply)).not.toMatch(/Manage Server/);
    // Other commands are untouched.
    const ask = invocation({ commandName: 'ask', options: { question: 'y' }, memberPermissions: 0n });
    await dispatcher.command(ask);
    expect(visibleText(finalReply(ask).reply)).not.toMatch(/Manage Server/);
  });
});

describe('what an answer carries', () => {
  const quotes = Array.from({ length: 7 }, (_, i) =>
    quoteView(`Quote number ${i + 1} said here.`, { id: `${DOC}:q${i + 1}`, start: i * 100, end: i * 100 + 30 }),
  );

  it('a /quote page has a Cite button per quote, numbered as the page lists them', () => {
    const page1 = renderResult(result({ command: 'quote', input: '', quotes: quotes.slice(0, 6) }), NO_SOURCES, {
      paging: { command: 'quote', input: '', offset: 0, limit: 5 },
    });
    expect(labels(page1).filter((l) => l.startsWith('Cite'))).toEqual([
      'Cite 1',
      'Cite 2',
      'Cite 3',
      'Cite 4',
      'Cite 5',
    ]);
    expect(labels(page1)).toContain('More answers');
    const page2 = renderResult(result({ command: 'quote', input: '', quotes: quotes.slice(5, 7) }), NO_SOURCES, {
      paging: { command: 'quote', input: '', offset: 5, limit: 5 },
    });
    expect(labels(page2).filter((l) => l.startsWith('Cite'))).toEqual(['Cite 6', 'Cite 7']);
    const ids = (page1.components ?? []).flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an answer to a follow-up says how it was read', () => {
    const reply = renderResult(
      result({ command: 'ask', input: 'what did X say', citations: [citation('X said so.')] }),
      NO_SOURCES,
      { reading: 'about X Person' },
    );
    expect(reply.embeds?.[0]?.description).toMatch(/^\*about X Person:\*\n/);
  });
});
