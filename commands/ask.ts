// /ask question [article] [private]: the cited answer, public unless private:true.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/options.js';
import { respondWithResult } from '../src/discord/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription("Ask a question; the answer comes in the article's own words, cited")
    .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_TEXT)),
).addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer').setRequired(false));

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  const question = interaction.getString('question') ?? '';
  await respondWithResult(interaction, ctx, {
    command: 'ask',
    input: question,
    options: { doc: interaction.getString('article') ?? undefined },
    ephemeral: interaction.getBoolean('private') ?? false,
    paged: { command: 'ask', offset: 0 },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
