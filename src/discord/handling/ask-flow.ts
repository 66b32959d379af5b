// /ask as a conversation: the question is read against what this member last asked in this
// channel ("what did he say", "and Kabulov?", "tell me more"), answered by the stateless engine,
// and the reading shown above the answer so a wrong one is visible.
import { ContextMemory, conversationKey } from '../../conversation/context.js';
import { converse } from '../../conversation/converse.js';
import { MemoryStore } from '../../state/memory-store.js';
import { resolveArticle } from './article-option.js';
import { PAGE_SIZE, page } from '../rendering/paging.js';
import { renderResult } from '../rendering/render.js';
import type { BotContext, Invocation } from '../types.js';

/** For contexts built without a runtime (tests that drive handlers directly): this process's memory. */
const LOCAL = new ContextMemory(new MemoryStore());

export async function askInConversation(
  inv: Invocation,
  ctx: BotContext,
  question: string,
  article: string | null,
  ephemeral: boolean,
): Promise<void> {
  const resolved = resolveArticle(ctx.engine(), article);
  if (resolved.message) {
    await inv.reply.send({ content: resolved.message, ephemeral: true });
    return;
  }
  const memory = ctx.conversations ?? LOCAL;
  const key = conversationKey(inv);
  const turn = await ctx.work(inv, ephemeral, 'ask', (engine) =>
    converse(engine, memory, key, question, { doc: resolved.doc, shown: PAGE_SIZE.ask }),
  );
  if (turn.kind === 'reply') {
    await inv.reply.send({ content: turn.text, ephemeral: true });
    return;
  }
  const result = turn.result;
  // "more" already is the next page; a fresh answer pages on, under the question as it was read.
  if (turn.more) {
    await inv.reply.send(renderResult(result, ctx, { ephemeral, reading: turn.reading }));
    return;
  }
  const { shown, paging } = page('ask', 0, result, { input: result.input, doc: resolved.doc });
  await inv.reply.send(renderResult(shown, ctx, { ephemeral, paging, reading: turn.reading }));
}
