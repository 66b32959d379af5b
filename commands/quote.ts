// /quote [speaker] [about] [article]: what someone said, direct and reported, each marked.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Quotes by a speaker (direct and reported), or all quotes')
    .addStringOption((o) =>
      o
        .setName('speaker')
        .setDescription('Who said it (start typing a name)')
        .setAutocomplete(true)
        .setMaxLength(MAX_TEXT),
    )
    .addStringOption((o) => o.setName('about').setDescription('Only quotes about this topic').setMaxLength(MAX_TEXT)),
);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, {
    command: 'quote',
    input: interaction.getString('speaker') ?? '',
    options: { doc: interaction.getString('article') ?? undefined, about: interaction.getString('about') ?? undefined },
    paged: { command: 'quote', offset: 0 },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
