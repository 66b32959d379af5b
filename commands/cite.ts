// /cite text: a paste-ready citation for a discussion: the exact words, who said them,
// the article's title and date, the paragraph. Public, since it is meant to be shown.
import { SlashCommandBuilder } from 'discord.js';
import { LIMITS } from '../src/discord/constants.js';
import { MAX_TEXT } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = new SlashCommandBuilder()
  .setName('cite')
  .setDescription("Post the article's exact words with speaker, title, date and paragraph")
  .addStringOption((o) =>
    o
      .setName('text')
      .setDescription('Start typing words from a quote or sentence')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_TEXT),
  );

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, { command: 'cite', input: interaction.getString('text') ?? '' });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return ctx.engine().suggestPassages(interaction.focused.value, LIMITS.choices);
}
