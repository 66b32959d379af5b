// Interaction in, Discord reply out: every command through the real registry and dispatcher,
// against a fake engine (answers are canned; what is tested is what the bot does with them).
import { PermissionFlagsBits } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { createBotContext } from '../src/discord/handling/context.js';
import { Cooldowns } from '../src/discord/handling/cooldown.js';
import { createRuntime } from '../src/discord/setup/runtime.js';
import { MemoryStore } from '../src/state/memory-store.js';
import { encodeMore } from '../src/discord/handling/custom-id.js';
import { ERROR_REPLY, createDispatcher } from '../src/discord/handling/dispatch.js';
import { STALE_BUTTON } from '../src/discord/handling/buttons.js';
import { loadCommands } from '../src/discord/handling/registry.js';
import type { Command } from '../src/discord/types.js';
import {
  COMMAND_NAMES,
  DOC,
  autocompleteInvocation,
  buttonIds,
  citation,
  fakeEngine,
  finalReply,
  invocation,
  memoryLogger,
  quoteView,
  result,
  visibleText,
  type FakeEngine,
} from './support/discord-fakes.js';

let commands: Map<string, Command>;
beforeAll(async () => {
  commands = await loadCommands();
});

function setup(
  engine: FakeEngine = fakeEngine(),
  opts: { cooldown?: number; reopen?: () => Promise<{ engine: Engine; warnings: string[] }>; now?: () => number } = {},
) {
  const log = memoryLogger();
  const ctx = createBotContext({
    engine,
    source: { open: opts.reopen ?? (async () => ({ engine: fakeEngine(undefined, 2), warnings: [] })) },
    log,
    commands: () => [...commands.values()],
    now: opts.now,
  });
  const dispatcher = createDispatcher({ ctx, commands: () => commands, cooldowns: new Cooldowns(opts.cooldown ?? 0) });
  return { engine, log, ctx, dispatcher };
}

describe('registry', () => {
  it('loads one module per command, the context menu included', () => {
    expect([...commands.keys()].sort()).toEqual(COMMAND_NAMES);
  });

  it('/reload is hidden from members without Manage Server and unavailable in DMs', () => {
    const json = commands.get('reload')!.data.toJSON() as { default_member_permissions: string; contexts: number[] };
    expect(json.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(json.contexts).toEqual([0]);
  });

  it('the context menu is a message command', () => {
    expect((commands.get('Check quote in article')!.data.toJSON() as { type: number }).type).toBe(3);
  });
});

describe('/ask', () => {
  it('answers publicly with the engine answer, calling the engine with the options', async () => {
    const { dispatcher, engine } = setup();
    const inv = invocation({ commandName: 'ask', options: { question: 'Who leads?', article: DOC } });
    await dispatcher.command(inv);
    const { reply, ephemeral } = finalReply(inv);
    expect(ephemeral).toBe(false);
    expect(visibleText(reply)).toContain('> The article says: Who leads?.');
    expect(engine.calls.find((c) => c.command === 'ask')).toEqual({
      command: 'ask',
      input: 'Who leads?',
      options: { doc: DOC },
    });
  });

  it('answers privately with private:true', async () => {
    const { dispatcher } = setup();
    const inv = invocation({ commandName: 'ask', options: { question: 'Who leads?', private: true } });
    await dispatcher.command(inv);
    expect(finalReply(inv).ephemeral).toBe(true);
  });

  it('a question the article does not answer gets a private reply with suggestions', async () => {
    const { dispatcher } = setup(
      fakeEngine(() =>
        result({
          command: 'ask',
          input: 'x',
          found: false,
          message: 'The article does not say who won the match.',
          citations: [citation('Nearest one.')],
        }),
      ),
    );
    const inv = invocation({ commandName: 'ask', options: { question: 'Who won the match?' } });
    await dispatcher.command(inv);
    const { reply, ephemeral } = finalReply(inv);
    expect(ephemeral).toBe(true);
    expect(visibleText(reply)).toContain('The article does not say who won the match.');
    expect(visibleText(reply)).toContain('> Nearest one.');
  });

  it('defers an interaction that has already waited, then edits in the answer', async () => {
    const { dispatcher } = setup();
    const inv = invocation({ commandName: 'ask', options: { question: 'Who leads?' }, receivedAt: Date.now() - 2000 });
    await dispatcher.command(inv);
    expect(inv.sent.map((s) => s.op)).toEqual(['defer', 'edit']);
    expect(inv.sent[0]).toEqual({ op: 'defer', ephemeral: false });
  });

  it('after a public deferral, a not-found answer replaces the public placeholder with a private one', async () => {
    const { dispatcher } = setup(fakeEngine(() => result({ command: 'ask', found: false, message: 'Not said.' })));
    const inv = invocation({ commandName: 'ask', options: { question: 'q' }, receivedAt: Date.now() - 2000 });
    await dispatcher.command(inv);
    expect(inv.sent.map((s) => s.op)).toEqual(['defer', 'delete', 'followUp']);
    expect(finalReply(inv).ephemeral).toBe(true);
  });

  it('defers the next time after engine work was slow', async () => {
    // The clock moves only while the engine works: 900 ms of work, no time spent waiting in line.
    let t = Date.now();
    const slow = fakeEngine((command, input) => {
      t += 900;
      return result({ command, input, citations: [citation('Slow.')] });
    });
    const { dispatcher } = setup(slow, { now: () => t });
    const first = invocation({ commandName: 'search', options: { text: 'a' }, receivedAt: t });
    await dispatcher.command(first);
    expect(first.sent[0]!.op).toBe('reply');
    const second = invocation({
      commandName: 'search',
      options: { text: 'b' },
      userId: '999999999999999999',
      receivedAt: t,
    });
    await dispatcher.command(second);
    expect(second.sent[0]!.op).toBe('defer');
  });
});

describe('buttons', () => {
  it('More answers pressed by another user fetches the next page privately', async () => {
    const { dispatcher, engine } = setup(
      fakeEngine((command, input, options) =>
        result({
          command,
          input,
          citations: Array.from({ length: options.limit ?? 1 }, (_, i) =>
            citation(`Hit ${(options.offset ?? 0) + i}.`, { start: i * 50 }),
          ),
        }),
      ),
    );
    const ask = invocation({ commandName: 'search', options: { text: 'Kabul airport', article: DOC } });
    await dispatcher.command(ask);
    const more = buttonIds(finalReply(ask).reply)['More answers']!;
    expect(more).toBeDefined();
    const press = invocation({ customId: more, userId: '444444444444444444' });
    await dispatcher.button(press);
    const { reply, ephemeral } = finalReply(press);
    expect(ephemeral).toBe(true);
    expect(visibleText(reply)).toContain('> Hit 5.');
    expect(engine.calls.at(-1)).toEqual({
      command: 'search',
      input: 'Kabul airport',
      options: { doc: DOC, offset: 5, limit: 6 },
    });
  });

  it('More answers under /ask shows the next cited passages, then says there are no more', async () => {
    const cites = Array.from({ length: 5 }, (_, i) => citation(`Passage ${i}.`, { start: i * 100 }));
    const { dispatcher } = setup(
      fakeEngine((command, input) => result({ command, input, answer: 'Composed answer.', citations: cites })),
    );
    const ask = invocation({ commandName: 'ask', options: { question: 'q' } });
    await dispatcher.command(ask);
    const first = visibleText(finalReply(ask).reply);
    expect(first).toContain('Composed answer.');
    expect(first).toContain('> Passage 2.');
    expect(first).not.toContain('Passage 3.');
    const press = invocation({
      customId: buttonIds(finalReply(ask).reply)['More answers']!,
      userId: '777777777777777777',
    });
    await dispatcher.button(press);
    const second = finalReply(press).reply;
    expect(visibleText(second)).toContain('> Passage 3.');
    expect(visibleText(second)).toContain('> Passage 4.');
    expect(visibleText(second)).not.toContain('Composed answer.');
    expect(buttonIds(second)['More answers']).toBeUndefined();
    const beyond = invocation({ customId: encodeMore('ask', 6, 'q')!, userId: '888888888888888888' });
    await dispatcher.button(beyond);
    expect(visibleText(finalReply(beyond).reply)).toContain('No more answers');
  });

  it('Show context shows the surrounding sentences with the cited one in bold', async () => {
    const { dispatcher } = setup();
    const press = invocation({ customId: `ctx:${DOC}:500` });
    await dispatcher.button(press);
    const { reply, ephemeral } = finalReply(press);
    expect(ephemeral).toBe(true);
    expect(reply.embeds![0]!.description).toBe('Before it. **The cited sentence.** After it.');
  });

  it('Cite gives the paste-ready citation', async () => {
    const q = quoteView('We will not allow anyone to use our soil.');
    const { dispatcher, engine } = setup(
      fakeEngine((command, input) => result({ command, input, quotes: [q], citations: [citation(q.text)] })),
    );
    const press = invocation({ customId: `cite:${q.id}` });
    await dispatcher.button(press);
    expect(engine.calls.at(-1)).toMatchObject({ command: 'cite', input: q.id });
    expect(finalReply(press).reply.content).toMatch(
      /^> “We will not allow anyone to use our soil\.”\n— Zabihullah Mujahid, \*Taliban name new government\*/,
    );
  });

  it('a forged button gets a private explanation', async () => {
    const { dispatcher, log } = setup();
    const press = invocation({ customId: 'more:ask:1:%%%' });
    await dispatcher.button(press);
    expect(finalReply(press)).toEqual({ reply: { content: STALE_BUTTON, ephemeral: true }, ephemeral: true });
    expect(log.lines.some((l) => l.includes('stale or forged button'))).toBe(true);
  });

  it('a button for an article no longer loaded gets a private explanation', async () => {
    const { dispatcher } = setup();
    const press = invocation({ customId: 'ctx:removed_doc:10' });
    await dispatcher.button(press);
    const { reply, ephemeral } = finalReply(press);
    expect(ephemeral).toBe(true);
    expect(reply.content).toContain('no longer in the loaded articles');
  });

  it('a More answers id from before a restart still works', async () => {
    const { dispatcher, engine } = setup();
    const press = invocation({ customId: encodeMore('quote', 10, 'Mujahid', 'women')! });
    await dispatcher.button(press);
    expect(engine.calls.at(-1)).toEqual({ command: 'quote', input: 'Mujahid', options: { about: 'women' } });
  });
});

describe('other commands map their options to one engine call', () => {
  it.each([
    [
      'quote',
      { speaker: 'Mujahid', about: 'women' },
      { command: 'quote', input: 'Mujahid', options: { about: 'women' } },
    ],
    ['who', { name: 'stanik' }, { command: 'who', input: 'stanik', options: {} }],
    ['facts', { about: 'cabinet' }, { command: 'facts', input: 'cabinet', options: {} }],
    ['verify', { text: 'We will not allow' }, { command: 'verify', input: 'We will not allow', options: {} }],
    ['cite', { text: `q:${DOC}:1` }, { command: 'cite', input: `q:${DOC}:1`, options: {} }],
  ] as const)('/%s', async (name, options, call) => {
    const { dispatcher, engine } = setup();
    const inv = invocation({ commandName: name, options: { ...options } });
    await dispatcher.command(inv);
    expect(engine.calls.at(-1)).toEqual(call);
    expect(inv.sent.length).toBeGreaterThan(0);
  });

  it('the context menu checks the right-clicked message privately', async () => {
    const { dispatcher, engine } = setup(
      fakeEngine((command, input) => result({ command, input, verdict: 'exact', citations: [citation(input)] })),
    );
    const inv = invocation({
      commandName: 'Check quote in article',
      kind: 'message-context',
      targetMessage: { id: '5', content: 'They said "we will not allow anyone"' },
    });
    await dispatcher.command(inv);
    expect(engine.calls.at(-1)).toMatchObject({ command: 'verify', input: 'we will not allow anyone' });
    const { reply, ephemeral } = finalReply(inv);
    expect(ephemeral).toBe(true);
    expect(reply.embeds![0]!.title).toMatch(/^Exact/);
  });

  it('the context menu checks the words a message quotes, with the speaker it names, not its commentary', async () => {
    const { dispatcher, engine } = setup(
      fakeEngine((command, input) => result({ command, input, verdict: 'exact', citations: [citation(input)] })),
    );
    const inv = invocation({
      commandName: 'Check quote in article',
      kind: 'message-context',
      targetMessage: {
        id: '6',
        content: 'lol can you believe Mujahid said: “we will not allow anyone to use our soil” 🙄',
      },
    });
    await dispatcher.command(inv);
    expect(engine.calls.at(-1)).toMatchObject({
      command: 'verify',
      input: 'Mujahid said we will not allow anyone to use our soil',
    });
  });

  it('/sources lists the loaded articles', async () => {
    const { dispatcher } = setup();
    const inv = invocation({ commandName: 'sources' });
    await dispatcher.command(inv);
    expect(finalReply(inv).reply.embeds![0]!.title).toBe('Articles loaded: 1');
  });

  it('/help lists the commands', async () => {
    const { dispatcher } = setup();
    const inv = invocation({ commandName: 'help' });
    await dispatcher.command(inv);
    const text = visibleText(finalReply(inv).reply);
    for (const name of ['/ask', '/quote', '/who', '/search', '/facts', '/sources', '/cite', '/verify', '/reload'])
      expect(text).toContain(`**${name}**`);
  });
});

describe('autocomplete', () => {
  it('speaker suggestions come from the engine', async () => {
    const { dispatcher } = setup();
    const choices = await dispatcher.autocomplete(autocompleteInvocation('quote', 'speaker', 'stanik'));
    expect(choices).toEqual([{ name: 'Sher Mohammad Abbas Stanikzai', value: 'Sher Mohammad Abbas Stanikzai' }]);
  });

  it('article suggestions come from the loaded documents', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.autocomplete(autocompleteInvocation('ask', 'article', 'taliban'))).toEqual([
      { name: 'Taliban name new government', value: DOC },
    ]);
  });

  it('choices are cut to Discord limits and a failing engine yields none', async () => {
    const engine = fakeEngine();
    engine.suggestPassages = () => [
      ...Array.from({ length: 40 }, (_, i) => ({ name: 'n'.repeat(300), value: `q:${DOC}:${i}` })),
      { name: 'too long value', value: 'v'.repeat(101) },
    ];
    const { dispatcher } = setup(engine);
    const choices = await dispatcher.autocomplete(autocompleteInvocation('cite', 'text', 'x'));
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    engine.suggestPassages = () => {
      throw new Error('boom');
    };
    expect(await dispatcher.autocomplete(autocompleteInvocation('cite', 'text', 'x'))).toEqual([]);
  });
});

describe('cooldown', () => {
  it('a second command within the cooldown gets a private "try again in N s"', async () => {
    const { dispatcher, engine } = setup(fakeEngine(), { cooldown: 3 });
    await dispatcher.command(invocation({ commandName: 'ask', options: { question: 'a' } }));
    const again = invocation({ commandName: 'ask', options: { question: 'b' } });
    await dispatcher.command(again);
    expect(finalReply(again)).toEqual({
      reply: { content: "You're going a bit fast: try again in 3 s.", ephemeral: true },
      ephemeral: true,
    });
    expect(engine.calls.filter((c) => c.command === 'ask')).toHaveLength(1);
    // Another user is not affected.
    const other = invocation({ commandName: 'ask', options: { question: 'c' }, userId: '555555555555555555' });
    await dispatcher.command(other);
    expect(finalReply(other).ephemeral).toBe(false);
  });

  it('ends: once the configured seconds have passed, the same member is answered again', async () => {
    // The runtime both transports run on, with its clock advanced instead of waited for.
    let t = Date.now();
    const { dispatcher } = await createRuntime({
      seedsDir: null,
      cooldownSeconds: 2,
      log: memoryLogger(),
      engineSource: { open: async () => ({ engine: fakeEngine(), warnings: [] }) },
      redisUrl: null,
      moderatorOnly: [],
      now: () => t,
    });
    const ask = (question: string) => invocation({ commandName: 'ask', options: { question }, receivedAt: t });
    const first = ask('a');
    await dispatcher.command(first);
    expect(visibleText(finalReply(first).reply)).toContain('The article says: a.');
    t += 1500;
    const second = ask('b');
    await dispatcher.command(second);
    expect(finalReply(second)).toEqual({
      reply: { content: "You're going a bit fast: try again in 1 s.", ephemeral: true },
      ephemeral: true,
    });
    t += 500;
    const third = ask('c');
    await dispatcher.command(third);
    expect(finalReply(third).ephemeral).toBe(false);
    expect(visibleText(finalReply(third).reply)).toContain('The article says: c.');
  });

  it('counts down', async () => {
    let t = 0;
    const c = new Cooldowns(3, new MemoryStore(() => t));
    expect(await c.take('u')).toBe(0);
    t = 1200;
    expect(await c.take('u')).toBe(2);
    t = 3000;
    expect(await c.take('u')).toBe(0);
  });
});

describe('errors', () => {
  it('a handler error is logged with its context and answered privately; the next command works', async () => {
    const engine = fakeEngine((command) => {
      if (command === 'who') throw new Error('index corrupted');
      return result({ command, citations: [citation('Fine.')] });
    });
    const { dispatcher, log } = setup(engine);
    const inv = invocation({ commandName: 'who', options: { name: 'x' } });
    await dispatcher.command(inv);
    expect(finalReply(inv)).toEqual({ reply: { content: ERROR_REPLY, ephemeral: true }, ephemeral: true });
    const line = log.lines.find((l) => l.includes('handler failed'))!;
    expect(line).toContain('command="who"');
    expect(line).toContain('index corrupted');
    expect(line).toContain(`interaction="${inv.id}"`);
    const next = invocation({ commandName: 'ask', options: { question: 'y' }, userId: '666666666666666666' });
    await dispatcher.command(next);
    expect(visibleText(finalReply(next).reply)).toContain('Fine.');
  });

  it('an expired interaction (10062) is logged, not thrown', async () => {
    const { dispatcher, log } = setup();
    const inv = invocation({
      commandName: 'ask',
      options: { question: 'q' },
      failWith: () => Object.assign(new Error('Unknown interaction'), { code: 10062 }),
    });
    await expect(dispatcher.command(inv)).resolves.toBeUndefined();
    expect(log.lines.some((l) => l.includes('interaction expired'))).toBe(true);
  });

  it('an unknown command is answered privately and logged', async () => {
    const { dispatcher, log } = setup();
    const inv = invocation({ commandName: 'gone' });
    await dispatcher.command(inv);
    expect(finalReply(inv).ephemeral).toBe(true);
    expect(log.lines.some((l) => l.includes('unknown command'))).toBe(true);
  });
});

describe('/reload', () => {
  it('is refused for a member without Manage Server, without touching the store', async () => {
    let reopened = 0;
    const { dispatcher } = setup(fakeEngine(), {
      reopen: async () => {
        reopened++;
        return { engine: fakeEngine(), warnings: [] };
      },
    });
    const inv = invocation({
      commandName: 'reload',
      memberPermissions: PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel,
    });
    await dispatcher.command(inv);
    expect(finalReply(inv).reply.content).toBe(
      'Only members with the Manage Server permission can reload the articles.',
    );
    expect(finalReply(inv).ephemeral).toBe(true);
    expect(reopened).toBe(0);
  });

  it('rebuilds for a moderator (deferred first) and serves the new store', async () => {
    const { dispatcher, ctx } = setup();
    const inv = invocation({ commandName: 'reload', memberPermissions: PermissionFlagsBits.ManageGuild });
    await dispatcher.command(inv);
    expect(inv.sent[0]).toEqual({ op: 'defer', ephemeral: true });
    expect(finalReply(inv).reply.content).toBe('Reloaded: 2 articles, 6 quotes, 20 names.');
    expect(ctx.engine().stats().documents).toBe(2);
  });

  it('a failed rebuild keeps the old store serving and says why', async () => {
    const old = fakeEngine();
    const { dispatcher, ctx } = setup(old, {
      reopen: async () => {
        throw new Error('seeds/bad.txt: not UTF-8');
      },
    });
    const inv = invocation({
      commandName: 'reload',
      memberPermissions: PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild,
    });
    await dispatcher.command(inv);
    expect(finalReply(inv).reply.content).toBe(
      'Reload failed, so the previous articles are still being served. Reason: seeds/bad.txt: not UTF-8',
    );
    expect(ctx.engine()).toBe(old);
  });
});
