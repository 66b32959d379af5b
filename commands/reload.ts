// /reload: rebuilds the store from the seeds without a restart. Manage Server only: Discord hides
// it from others (default_member_permissions) and the handler checks again, since server admins
// can override command permissions.
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { SlashCommandBuilder } from 'discord.js';
import { isModerator } from '../src/discord/handling/dispatch.js';
import type { BotContext, Invocation } from '../src/discord/types.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Reload the articles from the seeds folder (Manage Server only)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction)) {
    ctx.log.warn('reload refused', { user: interaction.userId, guild: interaction.guildId ?? undefined });
    await interaction.reply.send({
      content: 'Only members with the Manage Server permission can reload the articles.',
      ephemeral: true,
    });
    return;
  }
  const outcome = await ctx.work(interaction, true, 'reload', () => ctx.reload(), true);
  const warnings = outcome.warnings.length
    ? `\nWarnings:\n${outcome.warnings
        .slice(0, 10)
        .map((w) => `- ${w}`)
        .join('\n')}`
    : '';
  await interaction.reply.send({ content: outcome.message + warnings, ephemeral: true });
}
