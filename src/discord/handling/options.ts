// Option definitions and autocomplete sources shared by several commands.
import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { Choice } from '../../answer/engine.js';
import { LIMITS } from '../constants.js';
import { suggestArticles } from './article-option.js';
import type { AutocompleteInvocation, BotContext } from '../types.js';

export const MAX_TEXT = 300;

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

/** The optional `article` option every content command takes, autocompleted from the store. */
export function withArticleOption<B extends Builder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder.addStringOption((o) =>
    o
      .setName('article')
      .setDescription('Limit to one article (start typing its title)')
      .setAutocomplete(true)
      .setRequired(false),
  );
}

/** Shared autocomplete: articles for `article`, speakers for `speaker`, every person and organisation for `name`. */
export function suggest(inv: AutocompleteInvocation, ctx: BotContext): Choice[] {
  const engine = ctx.engine();
  const partial = inv.focused.value;
  switch (inv.focused.name) {
    case 'article':
      return suggestArticles(engine, partial, LIMITS.choices);
    case 'speaker':
      return engine.suggestSpeakers(partial, LIMITS.choices);
    case 'name':
      // /who is about anyone the articles name, quoted or not.
      return engine.suggestNames(partial, LIMITS.choices);
    default:
      return [];
  }
}
