// /verify text [article]: is this claimed quote in the article? exact, close or absent.
import { SlashCommandBuilder } from 'discord.js';
import { suggest, withArticleOption } from '../src/discord/handling/options.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';

export const data = withArticleOption(
  new SlashCommandBuilder()
    .setName('verify')
    .setDescription('Check whether a quote really appears in the article')
    .addStringOption((o) => o.setName('text').setDescription('The claimed quote').setRequired(true).setMaxLength(1000)),
);

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, {
    command: 'verify',
    input: interaction.getString('text') ?? '',
    options: { doc: interaction.getString('article') ?? undefined },
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
