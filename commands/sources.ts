// /sources: the articles loaded, their dates and counts.
import { SlashCommandBuilder } from 'discord.js';
import { respondWithResult } from '../src/discord/handling/respond.js';
import type { BotContext, Invocation } from '../src/discord/types.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('The articles citebot answers from');

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  await respondWithResult(interaction, ctx, { command: 'sources', input: '' });
}
