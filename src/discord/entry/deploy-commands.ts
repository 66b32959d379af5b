// `npm run deploy-commands`: registers every command in commands/ with Discord, for
// DISCORD_GUILD_ID when set (instant, for development) or globally. A bulk overwrite (PUT),
// so running it again is harmless and removes commands that no longer exist.
import { REST } from '@discordjs/rest';
import { PermissionFlagsBits, Routes } from 'discord-api-types/v10';
import { loadDotenv, readBotConfig, type BotConfig } from '../setup/config.js';
import { commandBodies, loadCommands } from '../handling/registry.js';
import { describeStartupError } from '../setup/startup-errors.js';

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();

export async function deployCommands(config: BotConfig): Promise<{ count: number; scope: string }> {
  // CITEBOT_MODERATOR_ONLY: Discord hides those commands from members without Manage Server (the dispatcher checks again).
  const restricted = new Set(config.moderatorOnly ?? []);
  const bodies = (
    commandBodies(await loadCommands()) as { name: string; default_member_permissions?: string | null }[]
  ).map((b) => (restricted.has(b.name) ? { ...b, default_member_permissions: MANAGE_GUILD } : b));
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const clientId = config.clientId!; // readBotConfig with needClientId (the default) has checked it
  const route = config.guildId
    ? Routes.applicationGuildCommands(clientId, config.guildId)
    : Routes.applicationCommands(clientId);
  const result = (await rest.put(route, { body: bodies })) as unknown[];
  return {
    count: Array.isArray(result) ? result.length : bodies.length,
    scope: config.guildId ? `server ${config.guildId}` : 'all servers (global; may take up to an hour to appear)',
  };
}

/** Hides the token wherever it appears; an empty or unset token hides nothing (splitting on "" would cut every character apart). */
export function redact(text: string, secret: string | undefined): string {
  const s = secret?.trim();
  return s ? text.split(s).join('[redacted]') : text;
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('deploy-commands.ts');
if (isMain) {
  loadDotenv();
  let apiUrl = '';
  try {
    const config = readBotConfig();
    apiUrl = config.apiUrl;
    const { count, scope } = await deployCommands(config);
    process.stdout.write(`registered ${count} commands for ${scope}\n`);
  } catch (err) {
    process.stderr.write(
      `citebot deploy-commands: ${redact(describeStartupError(err, apiUrl), process.env.DISCORD_TOKEN)}\n`,
    );
    process.exit(1);
  }
}
