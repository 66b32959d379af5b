// Builders for INTERACTION_CREATE payloads shaped like Discord's gateway sends them: slash
// commands with options, autocomplete, button presses on an earlier reply, and the message
// context-menu command. Each call mints a fresh id and token, as every real interaction has.
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { interactionToken, snowflake } from './ids.js';
import {
  APP_PERMISSIONS,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  member,
  textChannel,
  type World,
} from './world.js';

export const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  ApplicationCommandAutocomplete: 4,
} as const;
export const CommandType = { ChatInput: 1, User: 2, Message: 3 } as const;
export const OptionType = { String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Number: 10 } as const;
const ComponentType = { Button: 2 } as const;

export type OptionValue = string | number | boolean;

/** What the fake knows about a registered command, so payloads carry its real id and option types. */
export interface KnownCommand {
  id: string;
  options?: { name: string; type: number }[];
}
export type CommandLookup = (name: string, type: number) => KnownCommand | undefined;

export interface Actor {
  /** Defaults to Alice, a plain member. */
  user?: APIUser;
  /** Gives the member the Moderators role (Manage Server). */
  moderator?: boolean;
  /** Overrides the member's computed channel permissions. */
  permissions?: bigint;
  locale?: string;
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function base(world: World, actor: Actor, type: number): Record<string, unknown> {
  const user = actor.user ?? (actor.moderator ? world.mod : world.alice);
  const moderator = actor.moderator ?? user.id === world.mod.id;
  const permissions = actor.permissions ?? (moderator ? MODERATOR_PERMISSIONS : MEMBER_PERMISSIONS);
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    token: interactionToken(),
    version: 1,
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    guild_id: world.guildId,
    channel: { ...textChannel(world), guild_id: world.guildId, permissions: permissions.toString() },
    channel_id: world.channelId,
    member: { ...member(user, moderator ? [world.moderatorRoleId] : []), permissions: permissions.toString() },
    app_permissions: APP_PERMISSIONS.toString(),
    locale: actor.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: world.guildId },
    // 0 = the interaction happened in a guild.
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

function commandOptions(values: Record<string, OptionValue>, known: KnownCommand | undefined, focused?: string) {
  return Object.entries(values).map(([name, value]) => {
    const type = known?.options?.find((o) => o.name === name)?.type ?? inferType(value);
    return focused === name ? { name, type, value, focused: true } : { name, type, value };
  });
}

export function slashCommand(
  world: World,
  lookup: CommandLookup,
  name: string,
  values: Record<string, OptionValue> = {},
  actor: Actor = {},
): APIInteraction {
  const known = lookup(name, CommandType.ChatInput);
  const data = {
    id: known?.id ?? snowflake(),
    name,
    type: CommandType.ChatInput,
    guild_id: world.guildId,
    options: commandOptions(values, known),
  };
  return { ...base(world, actor, InteractionType.ApplicationCommand), data } as unknown as APIInteraction;
}

/** Autocomplete for `focused`: Discord sends every option typed so far, the focused one as a partial string. */
export function autocomplete(
  world: World,
  lookup: CommandLookup,
  name: string,
  focused: string,
  partial: string,
  others: Record<string, OptionValue> = {},
  actor: Actor = {},
): APIInteraction {
  const known = lookup(name, CommandType.ChatInput);
  const options = commandOptions(others, known);
  // The focused option always arrives as a string, whatever its declared type.
  options.push({
    name: focused,
    type: known?.options?.find((o) => o.name === focused)?.type ?? OptionType.String,
    value: partial,
    focused: true,
  });
  const data = { id: known?.id ?? snowflake(), name, type: CommandType.ChatInput, guild_id: world.guildId, options };
  return { ...base(world, actor, InteractionType.ApplicationCommandAutocomplete), data } as unknown as APIInteraction;
}

/** A button press on `message` (usually an earlier reply of the bot) with that button's custom_id. */
export function buttonPress(world: World, message: APIMessage, customId: string, actor: Actor = {}): APIInteraction {
  const data = { custom_id: customId, component_type: ComponentType.Button };
  return { ...base(world, actor, InteractionType.MessageComponent), data, message } as unknown as APIInteraction;
}

/** Right-click → Apps → `name` on `target`: Discord resolves the target message into the payload. */
export function messageContextMenu(
  world: World,
  lookup: CommandLookup,
  name: string,
  target: APIMessage,
  actor: Actor = {},
): APIInteraction {
  const known = lookup(name, CommandType.Message);
  const data = {
    id: known?.id ?? snowflake(),
    name,
    type: CommandType.Message,
    guild_id: world.guildId,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  };
  return { ...base(world, actor, InteractionType.ApplicationCommand), data } as unknown as APIInteraction;
}
