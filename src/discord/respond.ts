// The whole job of most command handlers: map options to one engine call, render, reply.
import type { QueryOptions } from '../answer/result.js';
import type { PagedCommand } from './custom-id.js';
import type { Paging } from './render-common.js';
import { renderResult } from './render.js';
import type { BotContext, Invocation } from './types.js';

export const PAGE_SIZE: Record<PagedCommand, number> = { ask: 3, quote: 5, search: 5, facts: 10 };

export interface EngineCall {
  command: string;
  input: string;
  options?: QueryOptions;
  ephemeral?: boolean;
  /** Set for paginated commands: the engine is asked for one extra item to know if there is more. */
  paged?: { command: PagedCommand; offset: number };
}

export async function respondWithResult(inv: Invocation, ctx: BotContext, call: EngineCall): Promise<void> {
  const ephemeral = call.ephemeral ?? false;
  let paging: Paging | undefined;
  const options: QueryOptions = { ...call.options };
  if (call.paged) {
    const limit = PAGE_SIZE[call.paged.command];
    paging = { command: call.paged.command, input: call.input, about: options.about, doc: options.doc, offset: call.paged.offset, limit };
    options.offset = call.paged.offset;
    options.limit = limit + 1;
  }
  const result = await ctx.work(inv, ephemeral, call.command, (engine) => engine.run(call.command, call.input, options));
  await inv.reply.send(renderResult(result, ctx, { ephemeral, paging }));
}
