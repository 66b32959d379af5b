// /help: what each command does, listed from the loaded command definitions.
import { SlashCommandBuilder } from 'discord.js';
import { plural } from '../src/app/plural.js';
import { COLORS } from '../src/discord/constants.js';
import type { BotContext, Invocation } from '../src/discord/types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What citebot can do');

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  const lines = ctx
    .commandSummaries()
    .filter((c) => c.description)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => `**/${c.name}**: ${c.description}`);
  const stats = ctx.engine().stats();
  await interaction.reply.send({
    ephemeral: true,
    embeds: [
      {
        title: 'citebot',
        color: COLORS.answer,
        description: [
          "citebot answers questions about the loaded news articles with the articles' own words, always cited.",
          '',
          ...lines,
          '**Check quote in article** (right-click a message → Apps): is that quote really in the article?',
          '',
          'Under an answer: **Show context** shows the surrounding sentences, **More answers** the next results, **Cite** a paste-ready citation (on a /quote page, **Cite 1**, **Cite 2**… one per quote).',
          '',
          '/ask follows your conversation in this channel for a few minutes: "what did he say", "and <another name>?", "what about <a topic>?", "tell me more".',
        ].join('\n'),
        footer: {
          text: `${plural(stats.documents, 'article')} · ${plural(stats.quotes, 'quote')} · ${plural(stats.entities, 'name')}`,
        },
      },
    ],
  });
}
