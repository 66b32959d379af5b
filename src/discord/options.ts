// Option definitions and autocomplete sources shared by several commands.
import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { Choice } from '../answer/engine.js';
import type { AutocompleteInvocation, BotContext } from './types.js';

export const MAX_TEXT = 300;

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

/** The optional `article` option every content command takes, autocompleted from the store. */
export function withArticleOption<B extends Builder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder.addStringOption((o) =>
    o.setName('article').setDescription('Limit to one article (start typing its title)').setAutocomplete(true).setRequired(false),
  );
}

/** Shared autocomplete: articles for `article`, speakers for `speaker`/`name`, passages for `text` on /cite. */
export function suggest(inv: AutocompleteInvocation, ctx: BotContext): Choice[] {
  const engine = ctx.engine();
  const partial = inv.focused.value;
  switch (inv.focused.name) {
    case 'article':
      return engine.suggestDocuments(partial, 25);
    case 'speaker':
    case 'name':
      return engine.suggestSpeakers(partial, 25);
    default:
      return [];
  }
}
