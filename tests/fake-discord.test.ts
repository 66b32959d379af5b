// Validates the local stand-in for Discord with a real discord.js Client in-process: if discord.js
// can log in, become ready, receive interactions and answer them here, the e2e tests that run the
// bot process against the same fake are testing the bot, not the fake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationCommandType,
  ButtonStyle,
  Client,
  ContextMenuCommandBuilder,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  ActionRowBuilder,
  ButtonBuilder,
  MessageFlags,
  REST,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import {
  buttons,
  Callback,
  choices,
  FakeDiscord,
  isEphemeral,
  replyText,
  type InteractionRecord,
} from './support/fake-discord/index.js';

let fake: FakeDiscord;
let client: Client;
/** Errors the in-process handler caught from discord.js, by interaction id. */
const handlerErrors = new Map<string, unknown>();
/** What discord.js returned for `withResponse: true`, by interaction id. */
const responseMessageIds = new Map<string, string | null>();

const echo = new SlashCommandBuilder()
  .setName('echo')
  .setDescription('Echoes text')
  .addStringOption((o) => o.setName('text').setDescription('What to echo').setRequired(true).setAutocomplete(true))
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see it'))
  .addIntegerOption((o) => o.setName('repeat').setDescription('Times to repeat'))
  .addBooleanOption((o) => o.setName('fetch').setDescription('Ask for the callback response'));
const peek = new ContextMenuCommandBuilder().setName('Peek at message').setType(ApplicationCommandType.Message);

async function handle(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused();
      await interaction.respond([`${typed}-one`, `${typed}-two`].map((v) => ({ name: v, value: v })));
    } else if (interaction.isChatInputCommand()) {
      const text = interaction.options.getString('text', true).repeat(interaction.options.getInteger('repeat') ?? 1);
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(`again:${text.slice(0, 20)}`)
          .setLabel('Again')
          .setStyle(ButtonStyle.Secondary),
      );
      const flags = interaction.options.getBoolean('private') ? (MessageFlags.Ephemeral as const) : undefined;
      const body = { content: text, components: [row], flags, allowedMentions: { parse: [] } };
      if (interaction.options.getBoolean('fetch')) {
        const response = await interaction.reply({ ...body, withResponse: true });
        responseMessageIds.set(interaction.id, response.resource?.message?.id ?? null);
      } else await interaction.reply(body);
    } else if (interaction.isButton()) {
      await interaction.reply({
        content: `${interaction.customId} pressed by ${interaction.user.username} in ${interaction.channel?.id ?? 'no channel'}`,
        flags: MessageFlags.Ephemeral,
      });
    } else if (interaction.isMessageContextMenuCommand()) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: `target says: ${interaction.targetMessage.content}` });
      await interaction.followUp({ content: 'and a follow-up', flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    handlerErrors.set(interaction.id, error);
  }
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
  const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
  await rest.put(Routes.applicationGuildCommands(fake.world.applicationId, fake.world.guildId), {
    body: [echo.toJSON(), peek.toJSON()],
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
  client.on(Events.InteractionCreate, (i) => void handle(i));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
}, 30_000);

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
});

describe('fake Discord: gateway', () => {
  it('identifies discord.js with JSON v10, the Guilds intent and one shard', () => {
    const [identify] = fake.gateway.identifies;
    expect(identify).toMatchObject({
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
      tokenAccepted: true,
      query: { v: '10', encoding: 'json' },
    });
  });

  it('delivers READY and GUILD_CREATE so the client caches the user, guild, channel and roles', () => {
    expect(client.user?.id).toBe(fake.world.applicationId);
    expect(client.application?.id).toBe(fake.world.applicationId);
    const guild = client.guilds.cache.get(fake.world.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe(fake.world.guildName);
    expect(guild?.channels.cache.get(fake.world.channelId)?.isTextBased()).toBe(true);
    expect(guild?.roles.everyone.id).toBe(fake.world.guildId);
  });

  it('op 7 Reconnect: discord.js resumes the session and keeps receiving interactions', async () => {
    const identifies = fake.gateway.identifies.length;
    fake.gateway.requestReconnect();
    await fake.recorder.waitFor(
      () => fake.gateway.resumes === 1 && fake.gateway.readySessions === 1,
      10_000,
      'a RESUME',
    );
    expect(fake.gateway.identifies).toHaveLength(identifies);
    const rec = await fake.ask(fake.slash('echo', { text: 'after resume' }));
    expect(replyText(rec)).toBe('after resume');
  }, 15_000);

  it('acknowledges heartbeats', async () => {
    await fake.recorder.waitFor(() => fake.gateway.heartbeatsAcked > 0, 5000, 'a heartbeat');
    await expect.poll(() => client.ws.ping, { timeout: 5000 }).toBeGreaterThanOrEqual(0);
  }, 15_000);
});

describe('fake Discord: REST', () => {
  it('registers commands idempotently, keeping ids', async () => {
    const first = fake.commands.list(fake.world.guildId).map((c) => [c.name, c.type, c.id]);
    expect(first.map(([n, t]) => [n, t])).toEqual([
      ['echo', 1],
      ['Peek at message', 3],
    ]);
    const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
    const again = (await rest.put(Routes.applicationGuildCommands(fake.world.applicationId, fake.world.guildId), {
      body: [echo.toJSON(), peek.toJSON()],
    })) as { id: string; name: string; type: number }[];
    expect(again.map((c) => [c.name, c.type, c.id])).toEqual(first);
    const listed = (await rest.get(
      Routes.applicationGuildCommands(fake.world.applicationId, fake.world.guildId),
    )) as unknown[];
    expect(listed).toHaveLength(2);
  });

  it('refuses a command definition Discord would refuse', async () => {
    const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
    const bad = { name: 'Bad Name', description: 'x', type: 1 };
    await expect(rest.put(Routes.applicationCommands(fake.world.applicationId), { body: [bad] })).rejects.toMatchObject(
      { code: 50035, status: 400 },
    );
  });

  it('answers 401 to a wrong bot token and 404 in Discord error shape to unknown routes', async () => {
    const wrong = await fetch(`${fake.apiBase}/v10/gateway/bot`, { headers: { authorization: 'Bot not-the-token' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ message: '401: Unauthorized', code: 0 });
    const missing = await fetch(`${fake.apiBase}/v10/guilds/1/nothing-here`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.recorder.unhandled.at(-1)?.path).toBe('/api/v10/guilds/1/nothing-here');
  });

  it('makes discord.js report an invalid token on login', async () => {
    const other = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    try {
      await expect(other.login('MTE4.wrong.token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    } finally {
      await other.destroy();
    }
  });
});

describe('fake Discord: interactions', () => {
  it('a slash command reaches the handler with typed options and its reply is recorded', async () => {
    const rec = await fake.ask(fake.slash('echo', { text: 'hi @everyone', repeat: 2 }));
    expect(handlerErrors.get(rec.id)).toBeUndefined();
    expect(rec.callbacks[0]).toMatchObject({ type: Callback.ChannelMessageWithSource, status: 204 });
    expect(replyText(rec)).toBe('hi @everyonehi @everyone');
    expect(rec.callbacks[0]!.data?.allowed_mentions).toEqual({ parse: [] });
    expect(isEphemeral(rec)).toBe(false);
    expect(buttons(rec)).toEqual([{ label: 'Again', custom_id: 'again:hi @everyonehi @ever' }]);
  });

  it('ephemeral flags are visible on the callback', async () => {
    const rec = await fake.ask(fake.slash('echo', { text: 'secret', private: true }));
    expect(isEphemeral(rec)).toBe(true);
  });

  it('supports ?with_response=true', async () => {
    const rec = await fake.ask(fake.slash('echo', { text: 'x', fetch: true }));
    await expect.poll(() => responseMessageIds.get(rec.id)).toBe(rec.original?.id);
    expect(rec.callbacks[0]).toMatchObject({ withResponse: true, status: 200 });
  });

  it('autocomplete answers with choices', async () => {
    const rec = await fake.ask(fake.autocomplete('echo', 'text', 'ab'));
    expect(choices(rec)).toEqual([
      { name: 'ab-one', value: 'ab-one' },
      { name: 'ab-two', value: 'ab-two' },
    ]);
  });

  it('a button press by another user on an earlier reply', async () => {
    const first = await fake.ask(fake.slash('echo', { text: 'press me' }));
    const [button] = buttons(first);
    const press = await fake.ask(fake.button(first.original!, button!.custom_id, { user: fake.world.bob }));
    expect(replyText(press)).toBe(`again:press me pressed by bob in ${fake.world.channelId}`);
    expect(isEphemeral(press)).toBe(true);
  });

  it('message context menu: deferred, edited, followed up', async () => {
    const target = fake.postedMessage('a claim to check');
    const rec = fake.send(fake.contextMenu('Peek at message', target));
    await fake.recorder.waitFor(() => rec.followUps.length === 1, 5000, 'a follow-up');
    expect(rec.callbacks[0]?.type).toBe(Callback.DeferredChannelMessageWithSource);
    expect(isEphemeral(rec)).toBe(true);
    expect(rec.original?.content).toBe('target says: a claim to check');
    expect(rec.followUps[0]?.content).toBe('and a follow-up');
  });

  it('an expired interaction makes discord.js throw 10062 and the next one still works', async () => {
    const expired = fake.send(fake.slash('echo', { text: 'too late' }));
    fake.expire(expired);
    await expect.poll(() => handlerErrors.get(expired.id), { timeout: 5000 }).toBeInstanceOf(DiscordAPIError);
    expect((handlerErrors.get(expired.id) as DiscordAPIError).code).toBe(10062);
    expect(expired.callbacks[0]?.status).toBe(404);
    const next = await fake.ask(fake.slash('echo', { text: 'still here' }));
    expect(replyText(next)).toBe('still here');
  });

  it('refuses a reply over 2,000 characters like Discord (50035)', async () => {
    const rec: InteractionRecord = fake.send(fake.slash('echo', { text: 'x'.repeat(1001), repeat: 2 }));
    await expect.poll(() => handlerErrors.get(rec.id), { timeout: 5000 }).toBeInstanceOf(DiscordAPIError);
    expect((handlerErrors.get(rec.id) as DiscordAPIError).code).toBe(50035);
  });
});
