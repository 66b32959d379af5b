// /ask question [article] [private]: the cited answer, public unless private:true; follow-ups read against the member's last question.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/handling/options.js';
import { askInConversation } from '../src/discord/handling/ask-flow.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription("Ask a question; the answer comes in the article's own words, cited")
    .addStringOption((o) =>
      o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_TEXT),
    ),
).addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer').setRequired(false));

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  // A follow-up ("what did he say", "and Kabulov?", "tell me more") is read against this member's last question here.
  await askInConversation(
    interaction,
    ctx,
    interaction.getString('question') ?? '',
    interaction.getString('article'),
    interaction.getBoolean('private') ?? false,
  );
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
