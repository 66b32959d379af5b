// The whole job of most command handlers: map options to one engine call, render, reply.
import type { QueryOptions } from '../../answer/result.js';
import type { PagedCommand } from './custom-id.js';
import { page, pageOptions } from '../rendering/paging.js';
import { renderResult } from '../rendering/render.js';
import { resolveArticle } from './article-option.js';
import type { BotContext, Invocation } from '../types.js';

export interface EngineCall {
  command: string;
  input: string;
  options?: QueryOptions;
  ephemeral?: boolean;
  /** Set for paginated commands (see paging.ts). */
  paged?: { command: PagedCommand; offset: number };
}

export async function respondWithResult(inv: Invocation, ctx: BotContext, call: EngineCall): Promise<void> {
  const ephemeral = call.ephemeral ?? false;
  const options: QueryOptions = { ...call.options };
  if (options.doc !== undefined) {
    const article = resolveArticle(ctx.engine(), options.doc);
    if (article.message) {
      await inv.reply.send({ content: article.message, ephemeral: true });
      return;
    }
    options.doc = article.doc;
  }
  const paged = call.paged;
  const query = paged ? pageOptions(paged.command, paged.offset, options) : options;
  const result = await ctx.work(inv, ephemeral, call.command, (engine) => engine.run(call.command, call.input, query));
  if (!paged) {
    await inv.reply.send(renderResult(result, ctx, { ephemeral }));
    return;
  }
  const { shown, paging } = page(paged.command, paged.offset, result, {
    input: call.input,
    about: options.about,
    doc: options.doc,
  });
  await inv.reply.send(renderResult(shown, ctx, { ephemeral, paging }));
}
