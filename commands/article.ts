// /article add (a link or an attached page/text file) and /article remove (autocomplete over the
// titles): moderators bring the article under discussion in one step. Manage Server only: Discord
// hides the command from others (default_member_permissions) and the handler checks again, since
// server admins can override command permissions.
import { unlink } from 'node:fs/promises';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { SlashCommandBuilder, escapeMarkdown } from 'discord.js';
import { documentId, listDocumentFiles } from '../src/documents/read.js';
import { isModerator } from '../src/discord/handling/dispatch.js';
import { suggest } from '../src/discord/handling/options.js';
import type { AutocompleteInvocation, BotContext, Invocation } from '../src/discord/types.js';
import {
  FetchRefused,
  MAX_ATTACHMENT_BYTES,
  UnreadablePage,
  readArticleInput,
  saveArticle,
  type ArticleInput,
} from '../src/web/add-article.js';

/** Longest title quoted back in a reply; a title is a line, and the reply must fit Discord's limit. */
const MAX_TITLE_CHARS = 200;
/** A link is one line; a longer one is not a web address anyone typed. */
const MAX_URL_CHARS = 2000;

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Add or remove an article (Manage Server only)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add an article from a link or an attached .html, .txt or .md file')
      .addStringOption((o) => o.setName('url').setDescription('The article’s web address').setMaxLength(MAX_URL_CHARS))
      .addAttachmentOption((o) =>
        o
          .setName('file')
          .setDescription(`A saved page (.html) or text (.txt, .md), up to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove an article')
      .addStringOption((o) =>
        o
          .setName('article')
          .setDescription('The article (start typing its title)')
          .setAutocomplete(true)
          .setRequired(true),
      ),
  );

const oneLine = (s: string, max: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

async function refuse(interaction: Invocation, content: string): Promise<void> {
  await interaction.reply.send({ content, ephemeral: true });
}

export async function execute(interaction: Invocation, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction)) {
    ctx.log.warn('article refused', { user: interaction.userId, guild: interaction.guildId ?? undefined });
    return refuse(interaction, 'Only members with the Manage Server permission can add or remove articles.');
  }
  if (!ctx.seedsDir)
    return refuse(
      interaction,
      'This bot does not read its articles from a seeds folder, so articles cannot be added or removed here.',
    );
  const sub = interaction.getSubcommand?.() ?? null;
  if (sub === 'add') return add(interaction, ctx, ctx.seedsDir);
  if (sub === 'remove') return remove(interaction, ctx, ctx.seedsDir);
  return refuse(interaction, 'Use /article add or /article remove.');
}

async function add(interaction: Invocation, ctx: BotContext, seedsDir: string): Promise<void> {
  const url = interaction.getString('url')?.trim() || null;
  const file = interaction.getAttachment?.('file') ?? null;
  if (!url === !file) return refuse(interaction, 'Give either a `url` or a `file`, not both and not neither.');
  const input: ArticleInput = url ? { url } : { file: file! };
  // Fetching and reading take seconds: acknowledge now, publicly, as the answer will be.
  await interaction.reply.defer(false);
  let read;
  try {
    read = await readArticleInput(input);
  } catch (err) {
    if (!(err instanceof FetchRefused || err instanceof UnreadablePage))
      ctx.log.error('article add failed', { error: err });
    return interaction.reply.send({ content: `Nothing was added: ${oneLine((err as Error).message, 300)}` });
  }
  const duplicate = read.url ? findByUrl(ctx, read.url) : null;
  if (duplicate) return interaction.reply.send({ content: `Already loaded as \`${duplicate}\`; nothing was added.` });
  let saved;
  try {
    saved = await saveArticle(seedsDir, read.stem, read.document);
  } catch (err) {
    ctx.log.error('article could not be saved', { error: err, seeds: seedsDir });
    return interaction.reply.send({
      content: `Nothing was added: the seeds folder cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'}).`,
    });
  }
  const outcome = await ctx.reload();
  const view = outcome.ok ? ctx.source(saved.id) : null;
  if (!view) {
    // The engine could not take the article: take it back out so the folder is as it was.
    await unlink(saved.path).catch(() => undefined);
    if (outcome.ok) await ctx.reload();
    const why = outcome.ok
      ? (outcome.warnings.find((w) => w.includes(saved.path)) ?? 'the engine could not read it')
      : outcome.message;
    return interaction.reply.send({ content: `Nothing was added: ${oneLine(why, 300)}` });
  }
  ctx.log.info('article added', { id: saved.id, user: interaction.userId, paragraphs: view.paragraphs });
  const date = view.date ? ` (${view.date})` : '';
  await interaction.reply.send({
    content:
      `Added **${escapeMarkdown(oneLine(view.title, MAX_TITLE_CHARS))}**${date}: ${view.paragraphs} paragraph${view.paragraphs === 1 ? '' : 's'}, id \`${saved.id}\`.\n` +
      `Ask about it with /ask, /quote or /search (article: ${saved.id}).`,
  });
}

function findByUrl(ctx: BotContext, url: string): string | null {
  const norm = (u: string): string =>
    u
      .replace(/[#?].*$/, '')
      .replace(/\/$/, '')
      .toLowerCase();
  const sources = ctx.engine().run('sources', '').sources ?? [];
  return sources.find((s) => s.url && norm(s.url) === norm(url))?.doc ?? null;
}

async function remove(interaction: Invocation, ctx: BotContext, seedsDir: string): Promise<void> {
  const wanted = interaction.getString('article')?.trim() ?? '';
  const view = ctx.source(wanted);
  const path = listDocumentFiles(seedsDir).find((p) => documentId(p) === wanted);
  if (!view || !path)
    return refuse(interaction, `No article \`${oneLine(wanted, 100)}\` is loaded; pick one from the list as you type.`);
  await interaction.reply.defer(false);
  try {
    await unlink(path);
  } catch (err) {
    ctx.log.error('article could not be removed', { error: err, path });
    return interaction.reply.send({
      content: `Nothing was removed: the file cannot be deleted (${(err as NodeJS.ErrnoException).code ?? 'error'}).`,
    });
  }
  const outcome = await ctx.reload();
  if (!outcome.ok)
    return interaction.reply.send({
      content: `Removed the file, but the reload failed: ${oneLine(outcome.message, 300)}`,
    });
  ctx.log.info('article removed', { id: wanted, user: interaction.userId });
  await interaction.reply.send({
    content: `Removed **${escapeMarkdown(oneLine(view.title, MAX_TITLE_CHARS))}** (\`${wanted}\`).`,
  });
}

export function autocomplete(interaction: AutocompleteInvocation, ctx: BotContext) {
  return suggest(interaction, ctx);
}
