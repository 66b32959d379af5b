// The fixed world the fake Discord serves: one application (whose bot user shares its id, as
// Discord's do), one guild with one text channel, and three members with different permissions.
import type { APIGuildMember, APIRole, APIUser } from 'discord.js';

/** Permission bits used here (from Discord's documented bitfield). */
export const Perm = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  ManageGuild: 1n << 5n,
  ManageMessages: 1n << 13n,
} as const;

export const MEMBER_PERMISSIONS =
  Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.ReadMessageHistory | Perm.UseApplicationCommands;
export const MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | Perm.ManageGuild | Perm.ManageMessages;
export const APP_PERMISSIONS =
  Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.ReadMessageHistory | Perm.UseApplicationCommands;

export interface World {
  token: string;
  applicationId: string;
  bot: APIUser;
  guildId: string;
  guildName: string;
  channelId: string;
  channelName: string;
  moderatorRoleId: string;
  /** A member without Manage Server. */
  alice: APIUser;
  /** Another plain member: presses buttons on replies that Alice asked for. */
  bob: APIUser;
  /** A member whose role grants Manage Server. */
  mod: APIUser;
}

function user(id: string, username: string, bot = false): APIUser {
  // Flag fields are enums in discord-api-types; 0 (no flags) is what Discord sends for these users.
  return {
    id,
    username,
    global_name: bot ? null : username[0]!.toUpperCase() + username.slice(1),
    discriminator: bot ? '0000' : '0',
    avatar: null,
    bot,
    public_flags: 0 as APIUser['public_flags'],
    flags: 0 as APIUser['flags'],
  };
}

export function defaultWorld(token: string): World {
  // Fixed ids keep failures reproducible; they only need to look like snowflakes (17–19 digits).
  const applicationId = '1180000000000000001';
  return {
    token,
    applicationId,
    bot: { ...user(applicationId, 'citebot', true), verified: true, mfa_enabled: false },
    guildId: '1180000000000000100',
    guildName: 'Citebot Test Guild',
    channelId: '1180000000000000200',
    channelName: 'news-discussion',
    moderatorRoleId: '1180000000000000300',
    alice: user('1180000000000001001', 'alice'),
    bob: user('1180000000000001002', 'bob'),
    mod: user('1180000000000001003', 'moderator'),
  };
}

export function roles(world: World): APIRole[] {
  const base = {
    hoist: false,
    icon: null,
    unicode_emoji: null,
    managed: false,
    mentionable: false,
    flags: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
  };
  return [
    // @everyone shares the guild's id.
    {
      ...base,
      id: world.guildId,
      name: '@everyone',
      color: 0,
      position: 0,
      permissions: MEMBER_PERMISSIONS.toString(),
    },
    {
      ...base,
      id: world.moderatorRoleId,
      name: 'Moderators',
      color: 0x3498db,
      position: 1,
      permissions: MODERATOR_PERMISSIONS.toString(),
    },
  ];
}

export function member(u: APIUser, roleIds: string[] = []): APIGuildMember {
  return {
    user: u,
    nick: null,
    avatar: null,
    banner: null,
    roles: roleIds,
    joined_at: '2021-01-01T00:00:00.000Z',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    pending: false,
    communication_disabled_until: null,
  };
}

export function isModerator(world: World, u: APIUser): boolean {
  return u.id === world.mod.id;
}

/** The world's one text channel as Discord describes it; each payload adds its own fields (guild id, permissions). */
export function textChannel(world: World) {
  return {
    id: world.channelId,
    type: 0,
    name: world.channelName,
    position: 0,
    flags: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}
