// /facts [about] [article]: who did what, when and where, as the article states it.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('facts')
    .setDescription('Facts stated in the articles: who did what, when, where')
    .addStringOption((o) => o.setName('about').setDescription('Only facts about this').setMaxLength(MAX_TEXT)),
);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  const about = interaction.getString('about') ?? '';
  await respondWithResult(interaction, ctx, {
    command: 'facts',
    input: about,
    options: { doc: interaction.getString('article') ?? undefined },
    paged: { command: 'facts', offset: 0 },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
