// Message context menu "Check quote in article": runs /verify on the quoted words of a right-clicked message.
// Private, so checking someone's message does not call them out in the channel.
import { ApplicationCommandType } from 'discord-api-types/v10';
import { ContextMenuCommandBuilder } from 'discord.js';
import { claimedQuote } from '../src/discord/handling/claimed-quote.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { BotContext, Invocation } from '../src/discord/types.js';

export const data = new ContextMenuCommandBuilder()
  .setName('Check quote in article')
  .setType(ApplicationCommandType.Message);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  const text = interaction.targetMessage?.content.trim() ?? '';
  if (!text) {
    await interaction.reply.send({ content: 'That message has no text to check.', ephemeral: true });
    return;
  }
  // A message that quotes someone is checked on the quoted words (and the speaker it names), not on its commentary.
  await respondWithResult(interaction, ctx, {
    command: 'verify',
    input: claimedQuote(text).slice(0, 2000),
    ephemeral: true,
  });
}
