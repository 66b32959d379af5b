// /search text [article]: ranked passages, a page at a time.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find the passages that mention something')
    .addStringOption((o) =>
      o.setName('text').setDescription('Words to look for').setRequired(true).setMaxLength(MAX_TEXT),
    ),
);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, {
    command: 'search',
    input: interaction.getString('text') ?? '',
    options: { doc: interaction.getString('article') ?? undefined },
    paged: { command: 'search', offset: 0 },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
