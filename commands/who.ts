// /who name [article]: a profile of a person or organisation: roles, aliases, what they said.
import { SlashCommandBuilder } from 'discord.js';
import { MAX_TEXT, suggest, withArticleOption } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who is this? Roles, other names, what they said, where they appear')
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription('A name (start typing)')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_TEXT),
    ),
);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, {
    command: 'who',
    input: interaction.getString('name') ?? '',
    options: { doc: interaction.getString('article') ?? undefined },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
