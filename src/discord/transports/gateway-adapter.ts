// Turns discord.js interactions into Invocations and Replies into discord.js calls.
import { MessageFlags } from 'discord-api-types/v10';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import { fitReply } from '../rendering/embed-fit.js';
import { createReplyPort } from './reply-port.js';
import { withoutMentionMarkup } from './typed-text.js';
import type { AutocompleteInvocation, Invocation, Reply } from '../types.js';

type Repliable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

const NO_MENTIONS = { parse: [] as never[] };

export function toReplyOptions(reply: Reply): InteractionReplyOptions {
  const r = fitReply(reply);
  const options: InteractionReplyOptions = {
    allowedMentions: NO_MENTIONS,
    embeds: r.embeds ?? [],
    components: r.components ?? [],
  };
  if (r.content !== undefined) options.content = r.content;
  if (r.ephemeral) options.flags = MessageFlags.Ephemeral;
  return options;
}

function toEditOptions(reply: Reply): InteractionEditReplyOptions {
  const r = fitReply(reply);
  // An edit replaces "thinking…"; content must be sent (even empty) so nothing stale remains.
  return {
    content: r.content ?? '',
    embeds: r.embeds ?? [],
    components: r.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

function port(interaction: Repliable) {
  return createReplyPort({
    reply: async (reply) => {
      await interaction.reply(toReplyOptions(reply));
    },
    defer: async (ephemeral) => {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    editOriginal: async (reply) => {
      await interaction.editReply(toEditOptions(reply));
    },
    deleteOriginal: async () => {
      await interaction.deleteReply();
    },
    followUp: async (reply) => {
      await interaction.followUp(toReplyOptions(reply));
    },
  });
}

function base(interaction: Repliable, receivedAt: number) {
  return {
    id: interaction.id,
    userId: interaction.user.id,
    userName: interaction.user.username,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    receivedAt,
    reply: port(interaction),
  };
}

export function fromChatInput(interaction: ChatInputCommandInteraction, receivedAt = Date.now()): Invocation {
  const o = interaction.options;
  return {
    ...base(interaction, receivedAt),
    kind: 'chat-input',
    commandName: interaction.commandName,
    targetMessage: null,
    customId: null,
    getString: (name) => withoutMentionMarkup(o.getString(name)),
    getBoolean: (name) => o.getBoolean(name),
    getInteger: (name) => o.getInteger(name),
    getSubcommand: () => o.getSubcommand(false),
    getAttachment: (name) => {
      const a = o.getAttachment(name);
      return a ? { url: a.url, filename: a.name, size: a.size, contentType: a.contentType ?? null } : null;
    },
  };
}

export function fromMessageContext(
  interaction: MessageContextMenuCommandInteraction,
  receivedAt = Date.now(),
): Invocation {
  return {
    ...base(interaction, receivedAt),
    kind: 'message-context',
    commandName: interaction.commandName,
    targetMessage: { id: interaction.targetMessage.id, content: interaction.targetMessage.content ?? '' },
    customId: null,
    getString: () => null,
    getBoolean: () => null,
    getInteger: () => null,
  };
}

export function fromButton(interaction: ButtonInteraction, receivedAt = Date.now()): Invocation {
  return {
    ...base(interaction, receivedAt),
    kind: 'button',
    commandName: 'button',
    targetMessage: null,
    customId: interaction.customId,
    messageOwnerId: interaction.message.interactionMetadata?.user.id ?? null,
    getString: () => null,
    getBoolean: () => null,
    getInteger: () => null,
  };
}

export function fromAutocomplete(interaction: AutocompleteInteraction): AutocompleteInvocation {
  const o = interaction.options;
  const focused = o.getFocused(true);
  return {
    commandName: interaction.commandName,
    userId: interaction.user.id,
    focused: { name: focused.name, value: String(focused.value ?? '') },
    getString: (name) => withoutMentionMarkup(o.getString(name)),
    getBoolean: (name) => o.getBoolean(name),
    getInteger: (name) => o.getInteger(name),
  };
}
